// What a link preview (Open Graph / Twitter card image) of a page says, as plain strings: the
// image component only lays them out, and the fonts are chosen from the same strings. Pure.
import { figureIn } from "../format/figureText";
import { formatShare } from "../format/format";
import { headlineFigures } from "../progress/headlineFigures";
import type { IndicatorSummary, SectorSummary } from "../model/views";
import { nameIn, SITE_NAME, type Lang } from "../i18n/language";
import { STATUS_ORDER, statusText } from "../progress/statusText";
import { deadline } from "../progress/steps";

export interface PreviewCard {
  kicker: string;
  title: string;
  figures: { label: string; value: string; tone: "actual" | "target" | "plain" }[];
  /** How much of the target the result reaches, when both are numbers. */
  progress: { share: number; label: string } | null;
  note: string;
  footer: string;
}

const TEXT = {
  zh: {
    year: (y: number) => `${y}年`, results: "结果", none: "本站暂无结果", target: (d: string) => `目标：${d}`,
    reached: (share: string) => `已达到目标的${share}`, status: (label: string) => `进展：${label}`, sourced: "每个数字附原文出处",
    sector: "领域", indicators: "指标", count: (n: number, unit: string) => `${n}${unit}`, targets: "目标", progress: "目标进展：",
  },
  en: {
    year: (y: number) => String(y), results: "Results", none: "None on this site yet", target: (d: string) => `Target ${d}`,
    reached: (share: string) => `${share} of the target reached`, status: (label: string) => `Status: ${label}`, sourced: "Every figure with its source",
    sector: "Sector", indicators: "Indicators", count: (n: number) => String(n), targets: "Targets", progress: "Targets: ",
  },
};

export function indicatorPreview(lang: Lang, indicator: IndicatorSummary, sector: SectorSummary, today: Date, url: string): PreviewCard {
  const text = TEXT[lang];
  const en = lang === "en";
  const { actual, target } = headlineFigures(indicator.figures, today);
  const share = target?.assessment?.shareReached ?? null;
  // No Chinese stands beside an English card's figure, so it carries the published form too.
  const shown = (f: NonNullable<typeof actual>) => figureIn(lang, f, indicator.unit, { withPublished: true });
  const figures: PreviewCard["figures"] = [
    actual ? { label: text.year(actual.year), value: shown(actual), tone: "actual" } : { label: text.results, value: text.none, tone: "plain" },
  ];
  if (target) figures.push({ label: text.target(deadline(lang, target)), value: shown(target), tone: "target" });
  return {
    kicker: `${SITE_NAME[lang]} · ${en ? sector.nameEn : sector.nameZh}`,
    title: nameIn(lang, indicator),
    figures,
    progress: share !== null && actual?.value != null && target?.value != null ? { share, label: text.reached(formatShare(share)) } : null,
    note: target?.assessment ? text.status(statusText(lang, target.assessment.status).label) : "",
    footer: `${text.sourced} · ${url}`,
  };
}

export function sectorPreview(lang: Lang, sector: SectorSummary, indicators: IndicatorSummary[], url: string): PreviewCard {
  const text = TEXT[lang];
  const targets = indicators.flatMap((i) => i.figures.filter((f) => f.kind === "target" && f.assessment));
  const results = indicators.flatMap((i) => i.figures.filter((f) => f.kind === "actual"));
  const counts = STATUS_ORDER.map((s) => [s, targets.filter((f) => f.assessment!.status === s).length] as const).filter(([, n]) => n > 0);
  return {
    kicker: `${SITE_NAME[lang]} · ${text.sector}`,
    title: lang === "en" ? sector.nameEn : sector.nameZh,
    figures: [
      { label: text.indicators, value: text.count(indicators.length, "项"), tone: "plain" },
      { label: text.results, value: text.count(results.length, "个"), tone: "actual" },
      { label: text.targets, value: text.count(targets.length, "个"), tone: "target" },
    ],
    progress: null,
    note: counts.length ? `${text.progress}${counts.map(([s, n]) => `${statusText(lang, s).label} ${n}`).join(" · ")}` : "",
    footer: `${text.sourced} · ${url}`,
  };
}

/** Every string the card draws, to choose its fonts by. */
export function previewText(card: PreviewCard): string {
  return [card.kicker, card.title, card.note, card.footer, card.progress?.label ?? "", ...card.figures.flatMap((f) => [f.label, f.value])].join("");
}
