/*
 * The projector deck at /present, built from the data: which slides there are, in what order, and
 * what each one shows. Pure: the queries hand it the plans, indicators and sectors.
 *
 *   start          title
 *   then each plan, in the overview's order (the newest year's key tasks first):
 *     PLAN         a plan in steps: its steps side by side (deadline, number of targets, statuses)
 *     PLAN-N       one step's targets with their status (PLAN-N-2, … when a step has more rows than
 *                  fit on a projector)
 *     PLAN         a year's key tasks: their targets with their status (PLAN-2, …)
 *   sector-SLUG    one sector's key results of the latest published year: headline indicators
 *                  first, then the source's order, numbers only, at most ROWS_PER_SLIDE; the rest
 *                  are counted and one scan away (the QR code opens the sector page). A sector
 *                  with no result that year shows its targets and their statuses instead.
 *   end            where to find everything
 *
 * Slide addresses come from plan ids (data/plans.csv), step numbers and sector slugs, so they stay put
 * while the data grow. "Present this" on an indicator page opens the first slide that lists one of
 * its targets, else its sector's slide. A sector opens its own slide.
 */
import type { FigureView, IndicatorSummary, PlanView, SectorSummary } from "../model/views";
import { nameIn, pathIn, SITE_NAME, type Lang } from "../i18n/language";
import type { TargetStatus } from "../progress/progress";
import { STATUS_ORDER } from "../progress/statusText";
import { readingOrder, stepTitle } from "../progress/steps";

/** The whole deck as a PowerPoint file (lib/deck/deckFile.ts), written at build time beside /present. */
export const deckFilePath = (lang: Lang) => pathIn(lang, "/present/pingcheng-deck.pptx");
/** One indicator as a PowerPoint slide, beside its page. */
export const indicatorSlidePath = (lang: Lang, slug: string) => pathIn(lang, `/indicators/${slug}/slide.pptx`);

/** Rows on one slide: more would push type below 24 px on a 1280×720 projector. */
export const ROWS_PER_SLIDE = 6;

export interface SlideRow {
  indicator: Pick<IndicatorSummary, "slug" | "nameZh" | "nameEn" | "unit">;
  figure: FigureView;
}

export interface StepSummary {
  step: number;
  year: number;
  dueAtYearEnd: boolean;
  targets: number;
  statuses: { status: TargetStatus; count: number }[];
}

interface SlideBase {
  /** The slide's address: /present/{slug}. Stable: derived from plan ids, step numbers and sector slugs. */
  slug: string;
  title: string;
  /** The title in English, for /en/present (our unofficial translation, or the Chinese marked until we have it). */
  titleEn: string;
  /** The public page of what the slide shows, for its QR code and its "back to the site" link. */
  path: string;
}

export type Slide =
  | (SlideBase & { kind: "title"; year: number })
  | (SlideBase & { kind: "steps"; plan: string; steps: StepSummary[] })
  | (SlideBase & { kind: "targets"; plan: string; step: number | null; part: number; parts: number; rows: SlideRow[] })
  | (SlideBase & {
      kind: "sector"; sector: SectorSummary; year: number; rows: SlideRow[];
      /** results of that year not on the slide */ more: number;
      /** targets of the sector, each on its plan's slides */ targets: number;
      /**
       * With no result of `year`, the sector's targets and their statuses instead (at most
       * ROWS_PER_SLIDE - 2, the source's order), so that no slide is empty of figures. Empty otherwise.
       */
      targetRows: SlideRow[];
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

/** Slides of rows, ROWS_PER_SLIDE at a time: `slug`, then `slug-2`, … */
function targetSlides(base: Omit<SlideBase, "slug"> & { slug: string; plan: string; step: number | null }, rows: SlideRow[]): Slide[] {
  const parts = chunk(rows, ROWS_PER_SLIDE);
  return parts.map((partRows, i) => ({
    ...base, kind: "targets" as const, slug: i === 0 ? base.slug : `${base.slug}-${i + 1}`, part: i + 1, parts: parts.length, rows: partRows,
  }));
}

/** The slides of one plan: a plan in steps gets its overview and one slide per step; a year's tasks, their targets. */
function planSlides(plan: PlanView, indicators: IndicatorSummary[]): Slide[] {
  const ofPlan = rowsOf(indicators, (f) => f.kind === "target" && f.plan === plan.id);
  if (plan.kind === "tasks")
    return targetSlides({ slug: plan.id, title: plan.nameZh, titleEn: nameIn("en", plan), path: `/#${plan.id}`, plan: plan.id, step: null }, ofPlan);
  const steps = plan.steps
    .map((step) => ({ ...step, rows: ofPlan.filter((r) => r.figure.step === step.step) }))
    .filter((s) => s.rows.length > 0);
  return [
    {
      kind: "steps", slug: plan.id, title: plan.nameZh, titleEn: nameIn("en", plan), path: `/#${plan.id}`, plan: plan.id,
      steps: steps.map((s) => ({ step: s.step, year: s.year, dueAtYearEnd: s.dueAtYearEnd, targets: s.rows.length, statuses: countStatuses(s.rows) })),
    },
    ...steps.flatMap((s) =>
      targetSlides(
        { slug: `${plan.id}-${s.step}`, title: stepTitle("zh", s), titleEn: stepTitle("en", s), path: `/#${plan.id}-${s.step}`, plan: plan.id, step: s.step },
        s.rows,
      ),
    ),
  ];
}

/** Every slide of the deck, in order. `indicators` come in sector and source order, as listIndicators() returns them. */
export function buildDeck(plans: PlanView[], sectors: SectorSummary[], indicators: IndicatorSummary[]): Slide[] {
  const resultYear = Math.max(0, ...indicators.flatMap((i) => i.figures.filter((f) => f.kind === "actual").map((f) => f.year)));
  const sectorSlides: Slide[] = sectors.map((sector) => {
    const own = indicators.filter((i) => i.sectorSlug === sector.slug);
    const results = rowsOf(own, (f) => f.kind === "actual" && f.year === resultYear);
    // Headline indicators first; sort is stable, so the source's order holds within each group.
    const key = results
      .filter((r) => r.figure.value !== null)
      .sort((a, b) => Number(isHeadline(own, b)) - Number(isHeadline(own, a)))
      .slice(0, ROWS_PER_SLIDE);
    // Two rows fewer than a slide of targets holds: the slide also says why it shows no result.
    const targetRows = key.length > 0 ? [] : rowsOf(own, (f) => f.kind === "target" && f.assessment !== null).slice(0, ROWS_PER_SLIDE - 2);
    return {
      kind: "sector" as const,
      slug: `sector-${sector.slug}`,
      title: sector.nameZh,
      titleEn: sector.nameEn,
      path: `/sectors/${sector.slug}`,
      sector, year: resultYear, rows: key,
      more: results.length - key.length,
      targets: rowsOf(own, (f) => f.kind === "target" && f.plan !== null).length,
      targetRows,
    };
  });

  return [
    { kind: "title", slug: "start", title: SITE_NAME.zh, titleEn: SITE_NAME.en, path: "/", year: resultYear },
    ...readingOrder(plans).flatMap((plan) => planSlides(plan, indicators)),
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

/** The first slide that lists one of the indicator's targets, else its sector's slide. */
export function slideForIndicator(deck: Slide[], indicator: Pick<IndicatorSummary, "slug" | "sectorSlug">): Slide | undefined {
  return (
    deck.find((s) => s.kind === "targets" && s.rows.some((r) => r.indicator.slug === indicator.slug)) ??
    slideForSector(deck, indicator.sectorSlug)
  );
}
