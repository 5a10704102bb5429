"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { ChartPoint } from "@/lib/charts/chartPoints";
import { readViews, withView } from "@/lib/links/viewParam";

import type { Lang } from "@/lib/i18n/language";

type ChartProps = { points: ChartPoint[]; unit: string; title: string; lang: Lang };

const TEXT = {
  zh: { loading: "正在加载互动图表…", open: "打开互动图表（可悬停或点按查看数值）" },
  en: { loading: "Loading the interactive chart…", open: "Open the interactive chart (hover or tap to see the values)" },
} satisfies Record<Lang, Record<string, unknown>>;

/**
 * The static SVG chart above already shows every figure. Recharts (the heaviest code on the site)
 * is fetched only when a reader asks for the interactive view, so no page pays for it up front.
 */
export function InteractiveChartButton(props: ChartProps) {
  const [Chart, setChart] = useState<ComponentType<ChartProps> | null>(null);
  const [loading, setLoading] = useState(false);

  async function open() {
    setLoading(true);
    // The view is part of the address (?view=interactive), so a copied link reopens it.
    history.replaceState(history.state, "", withView(location.href, "interactive", true));
    const { RechartsTimeline } = await import("./RechartsTimeline");
    setChart(() => RechartsTimeline);
    setLoading(false);
  }

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address can be read only after load
    if (readViews(location.search).has("interactive")) void open();
  }, []);

  if (Chart) return <Chart {...props} />;
  return (
    <button
      type="button"
      onClick={open}
      disabled={loading}
      className="min-h-11 rounded border-2 border-link px-3 py-2 text-sm font-semibold text-link hover:bg-wash disabled:opacity-60"
    >
      {loading ? TEXT[props.lang].loading : TEXT[props.lang].open}
    </button>
  );
}
