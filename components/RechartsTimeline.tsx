"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend } from "recharts";
import type { ChartPoint } from "@/lib/charts/chartPoints";
import { quantityText, targetText } from "@/lib/charts/chartScene";
import type { Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { label: (title: string) => `${title}（互动图表）`, actual: "实际结果", target: "目标", year: (y: unknown) => `${y}年` },
  en: { label: (title: string) => `${title} (interactive chart)`, actual: "Result", target: "Target", year: (y: unknown) => String(y) },
} satisfies Record<Lang, { label: (title: string) => string; actual: string; target: string; year: (y: unknown) => string }>;

/** Loaded on demand by InteractiveChartButton; the same points as the server chart, with tooltips. */
export function RechartsTimeline({ points, unit, title, lang }: { points: ChartPoint[]; unit: string; title: string; lang: Lang }) {
  const text = TEXT[lang];
  return (
    <figure className="my-2" aria-label={text.label(title)}>
      <div className="h-72 w-full max-w-2xl">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} ticks={points.map((p) => p.year)} tick={{ fontSize: 14 }} />
            <YAxis tick={{ fontSize: 14 }} width={56} />
            <Tooltip
              formatter={(value, name, item) => {
                const point = item.payload as ChartPoint;
                return name === text.target ? targetText(point, unit, lang) : quantityText(Number(value), unit, lang);
              }}
              labelFormatter={text.year}
            />
            <Legend />
            <Line name={text.actual} dataKey="actual" stroke="#8b1a1a" strokeWidth={3} connectNulls dot={{ r: 6 }} isAnimationActive={false} />
            <Line name={text.target} dataKey="target" stroke="#1e40af" strokeWidth={2.5} strokeDasharray="8 6" connectNulls dot={{ r: 6 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
