/*
 * The projector deck at /present, built from the data: which slides there are, in what order, and
 * what each one shows. Pure: the queries hand it the indicators and sectors.
 *
 *   start          title
 *   four-steps     the four steps side by side: deadline, number of targets, their statuses
 *   step-N         one step's targets with their status (step-N-2, … when a step has more rows
 *                  than fit on a projector)
 *   sector-SLUG    one sector's key results of the latest published year: headline indicators
 *                  first, then the source's order, numbers only, at most ROWS_PER_SLIDE; the rest
 *                  are counted and one scan away (the QR code opens the sector page)
 *   end            where to find everything
 *
 * "Present this" on an indicator page opens the slide of the earliest step it has a target in;
 * an indicator without a four-step target opens its sector's slide. A sector opens its own slide.
 */
import type { FigureView, IndicatorSummary, SectorSummary } from "../queries/views";
import type { TargetStatus } from "../progress/progress";
import { STATUS_ORDER } from "../progress/statusText";
import { stepTitle } from "../progress/steps";

/** Rows on one slide: more would push type below 24 px on a 1280×720 projector. */
export const ROWS_PER_SLIDE = 6;

export interface SlideRow {
  indicator: Pick<IndicatorSummary, "slug" | "nameZh" | "nameEn" | "unit">;
  figure: FigureView;
}

export interface StepSummary {
  step: number;
  year: number;
  targets: number;
  statuses: { status: TargetStatus; count: number }[];
}

interface SlideBase {
  /** The slide's address: /present/{slug}. Stable: derived from step numbers and sector slugs. */
  slug: string;
  title: string;
  /** The title in English, for /en/present (our unofficial translation). */
  titleEn: string;
  /** The public page of what the slide shows, for its QR code and its "back to the site" link. */
  path: string;
}

export type Slide =
  | (SlideBase & { kind: "title"; year: number })
  | (SlideBase & { kind: "steps"; steps: StepSummary[] })
  | (SlideBase & { kind: "step"; step: number; year: number; part: number; parts: number; rows: SlideRow[] })
  | (SlideBase & {
      kind: "sector"; sector: SectorSummary; year: number; rows: SlideRow[];
      /** results of that year not on the slide */ more: number;
      /** four-step targets of the sector, each on its step's slide */ targets: number;
    })
  | (SlideBase & { kind: "end" });

function rowsOf(indicators: IndicatorSummary[], keep: (f: FigureView) => boolean): SlideRow[] {
  return indicators.flatMap((i) =>
    i.figures.filter(keep).map((figure) => ({ indicator: { slug: i.slug, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit }, figure })),
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

function countStatuses(rows: SlideRow[]): StepSummary["statuses"] {
  return STATUS_ORDER
    .map((status) => ({ status, count: rows.filter((r) => r.figure.assessment?.status === status).length }))
    .filter((s) => s.count > 0);
}

/** Every slide of the deck, in order. `indicators` come in sector and source order, as listIndicators() returns them. */
export function buildDeck(sectors: SectorSummary[], indicators: IndicatorSummary[]): Slide[] {
  const targets = rowsOf(indicators, (f) => f.kind === "target" && f.plan === "four-step" && f.step !== null);
  const steps = [...new Set(targets.map((r) => r.figure.step as number))].sort((a, b) => a - b);
  const byStep = steps.map((step) => {
    const rows = targets.filter((r) => r.figure.step === step);
    return { step, rows, year: Math.max(...rows.map((r) => r.figure.year)) };
  });
  const resultYear = Math.max(0, ...indicators.flatMap((i) => i.figures.filter((f) => f.kind === "actual").map((f) => f.year)));

  const stepSlides: Slide[] = byStep.flatMap(({ step, rows, year }) => {
    const parts = chunk(rows, ROWS_PER_SLIDE);
    return parts.map((partRows, i) => ({
      kind: "step" as const,
      slug: i === 0 ? `step-${step}` : `step-${step}-${i + 1}`,
      title: stepTitle("zh", step, year),
      titleEn: stepTitle("en", step, year),
      path: `/#step-${step}`,
      step, year, part: i + 1, parts: parts.length, rows: partRows,
    }));
  });

  const sectorSlides: Slide[] = sectors.map((sector) => {
    const own = indicators.filter((i) => i.sectorSlug === sector.slug);
    const results = rowsOf(own, (f) => f.kind === "actual" && f.year === resultYear);
    // Headline indicators first; sort is stable, so the source's order holds within each group.
    const key = results
      .filter((r) => r.figure.value !== null)
      .sort((a, b) => Number(isHeadline(own, b)) - Number(isHeadline(own, a)))
      .slice(0, ROWS_PER_SLIDE);
    return {
      kind: "sector" as const,
      slug: `sector-${sector.slug}`,
      title: sector.nameZh,
      titleEn: sector.nameEn,
      path: `/sectors/${sector.slug}`,
      sector, year: resultYear, rows: key,
      more: results.length - key.length,
      targets: rowsOf(own, (f) => f.kind === "target" && f.plan === "four-step").length,
    };
  });

  return [
    { kind: "title", slug: "start", title: "平城区“四步走”战略目标进展", titleEn: "Pingcheng's four-step targets: where they stand", path: "/", year: resultYear },
    {
      kind: "steps", slug: "four-steps", title: "“四步走”战略目标", titleEn: "The four-step targets", path: "/#steps",
      steps: byStep.map(({ step, rows, year }) => ({ step, year, targets: rows.length, statuses: countStatuses(rows) })),
    },
    ...stepSlides,
    ...sectorSlides,
    { kind: "end", slug: "end", title: "谢谢", titleEn: "Thank you", path: "/" },
  ];
}

function isHeadline(indicators: IndicatorSummary[], row: SlideRow): boolean {
  return indicators.some((i) => i.slug === row.indicator.slug && i.headline);
}

export function slideForSector(deck: Slide[], sectorSlug: string): Slide | undefined {
  return deck.find((s) => s.kind === "sector" && s.sector.slug === sectorSlug);
}

/** The earliest step the indicator has a target in, else its sector's slide. */
export function slideForIndicator(deck: Slide[], indicator: Pick<IndicatorSummary, "slug" | "sectorSlug">): Slide | undefined {
  return (
    deck.find((s) => s.kind === "step" && s.rows.some((r) => r.indicator.slug === indicator.slug)) ??
    slideForSector(deck, indicator.sectorSlug)
  );
}
