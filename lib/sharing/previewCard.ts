// What a link preview (Open Graph / Twitter card image) of a page says, as plain strings: the
// image component only lays them out, and the fonts are chosen from the same strings. Pure.
import { figureText } from "@/lib/format/figureText";
import { formatShare } from "../format/format";
import { headlineFigures } from "./headlineFigures";
import type { IndicatorSummary, SectorSummary } from "../queries/views";
import { STATUS_ORDER, STATUS_TEXT } from "../progress/statusText";

export interface PreviewCard {
  kicker: string;
  title: string;
  figures: { label: string; value: string; tone: "actual" | "target" | "plain" }[];
  /** How much of the target the result reaches, when both are numbers. */
  progress: { share: number; label: string } | null;
  note: string;
  footer: string;
}

const SITE = "平城区发展目标进展";

export function indicatorPreview(indicator: IndicatorSummary, sector: SectorSummary, today: Date, url: string): PreviewCard {
  const { actual, target } = headlineFigures(indicator.figures, today);
  const share = target?.assessment?.shareReached ?? null;
  const figures: PreviewCard["figures"] = [
    actual
      ? { label: `${actual.year}年`, value: figureText(actual, indicator.unit), tone: "actual" }
      : { label: "已公布的结果", value: "来源未公布", tone: "plain" },
  ];
  if (target) figures.push({ label: `目标：到${target.year}年`, value: figureText(target, indicator.unit), tone: "target" });
  return {
    kicker: `${SITE} · ${sector.nameZh}`,
    title: indicator.nameZh,
    figures,
    progress: share !== null && actual?.value != null && target?.value != null ? { share, label: `已达到目标的${formatShare(share)}` } : null,
    note: target?.assessment ? `进展：${STATUS_TEXT[target.assessment.status].label}` : "",
    footer: `每个数字附原文出处 · ${url}`,
  };
}

export function sectorPreview(sector: SectorSummary, indicators: IndicatorSummary[], url: string): PreviewCard {
  const targets = indicators.flatMap((i) => i.figures.filter((f) => f.kind === "target" && f.assessment));
  const results = indicators.flatMap((i) => i.figures.filter((f) => f.kind === "actual"));
  const counts = STATUS_ORDER.map((s) => [s, targets.filter((f) => f.assessment!.status === s).length] as const).filter(([, n]) => n > 0);
  return {
    kicker: `${SITE} · 领域`,
    title: sector.nameZh,
    figures: [
      { label: "指标", value: `${indicators.length}项`, tone: "plain" },
      { label: "已公布的结果", value: `${results.length}个`, tone: "actual" },
      { label: "目标", value: `${targets.length}个`, tone: "target" },
    ],
    progress: null,
    note: counts.length ? `目标进展：${counts.map(([s, n]) => `${STATUS_TEXT[s].label} ${n}`).join(" · ")}` : "",
    footer: `每个数字附原文出处 · ${url}`,
  };
}

/** Every string the card draws, to choose its fonts by. */
export function previewText(card: PreviewCard): string {
  return [card.kicker, card.title, card.note, card.footer, card.progress?.label ?? "", ...card.figures.flatMap((f) => [f.label, f.value])].join("");
}
