// Rows of the store → the plain objects pages receive, and what is decided from them: anchors,
// statuses, related indicators, pace between targets. Pure (no Prisma, no I/O), so it is tested
// without a database; lib/queries/queries.ts reads the rows and calls these.
import type { Comparator, Direction, FigureKind } from "../model/vocabulary";
import { publishedForm } from "../format/publishedForm";
import { assessFigures } from "../progress/assessFigures";
import { milestonePace } from "../progress/progress";
import { dueAtYearEnd, readingOrder } from "../progress/steps";
import type { FigureView, IndicatorDetail, IndicatorSummary, PlanView, PlanWithTargets, SectorSummary, TargetOnTimeline } from "../model/views";

/** A figure as the store holds it, with the title of the source it cites. */
export interface StoredFigure {
  kind: string;
  year: number;
  comparator: string | null;
  value: number | null;
  valueMax: number | null;
  plan: string | null;
  step: number | null;
  sourceId: string;
  source: { titleZh: string; titleEn: string | null };
  excerpt: string;
  excerptStart: number;
  noteZh: string | null;
  excerptEn: string | null;
  noteEn: string | null;
  baselineComparable: boolean;
  /** The row's line in data/figures.csv: the source's order among figures of the same year and kind. */
  line: number;
}

/** An indicator as the store holds it: the view's fields, with its direction as stored and its figure rows. */
export type StoredIndicator = Omit<IndicatorSummary, "direction" | "figures"> & { direction: string; figures: StoredFigure[] };

/**
 * An indicator's figures in year order, each with its anchor ("actual-2023", and "target-2024-2" for
 * a second target of the same year) and, for a target, its plan, deadline and status on `today`.
 */
export function toFigureViews(direction: Direction, unit: string | null, rows: StoredFigure[], today: Date, plans: PlanView[]): FigureView[] {
  const sorted = [...rows].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.line - b.line);
  const kindOf = (plan: string | null) => plans.find((p) => p.id === plan)?.kind;
  const assessed = assessFigures(
    direction, sorted.map((f) => ({ ...f, comparator: f.comparator as Comparator | null, withinYear: kindOf(f.plan) === "tasks" })), today,
  );
  const seen = new Map<string, number>();
  return sorted.map((f, i) => {
      const base = `${f.kind}-${f.year}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const plan = plans.find((p) => p.id === f.plan);
      return {
        anchor: n === 1 ? base : `${base}-${n}`,
        kind: f.kind as FigureKind,
        year: f.year,
        comparator: f.comparator as Comparator | null,
        value: f.value,
        valueMax: f.valueMax,
        plan: f.plan,
        planNameZh: plan?.nameZh ?? null,
        planNameEn: plan?.nameEn ?? null,
        step: f.step,
        dueAtYearEnd: dueAtYearEnd(plan, f.step),
        sourceId: f.sourceId,
        sourceTitleZh: f.source.titleZh,
        sourceTitleEn: f.source.titleEn,
        excerpt: f.excerpt,
        excerptStart: f.excerptStart,
        published: publishedForm(f.excerpt, f.value, unit),
        noteZh: f.noteZh,
        excerptEn: f.excerptEn,
        noteEn: f.noteEn,
        baselineComparable: f.baselineComparable,
        assessment: assessed[i],
      };
    });
}

export function toIndicatorSummary(row: StoredIndicator, today: Date, plans: PlanView[]): IndicatorSummary {
  const direction = row.direction as Direction;
  return {
    slug: row.slug,
    sectorSlug: row.sectorSlug,
    groupZh: row.groupZh,
    groupEn: row.groupEn,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    unit: row.unit,
    direction,
    definitionZh: row.definitionZh,
    definitionEn: row.definitionEn,
    headline: row.headline,
    figures: toFigureViews(direction, row.unit, row.figures, today, plans),
  };
}

const RELATED = 6;

/** An indicator with its sector, related indicators (the same sub-heading of the source first) and pace between targets. */
export function toIndicatorDetail(indicator: IndicatorSummary, all: IndicatorSummary[], sector: SectorSummary): IndicatorDetail {
  const others = all.filter((i) => i.slug !== indicator.slug && i.sectorSlug === indicator.sectorSlug);
  const related = [...others.filter((i) => i.groupZh === indicator.groupZh), ...others.filter((i) => i.groupZh !== indicator.groupZh)].slice(0, RELATED);
  const numericTargets = indicator.figures
    .filter((f) => f.kind === "target" && f.value !== null)
    .map((f) => ({ year: f.year, comparator: f.comparator, value: f.value, valueMax: f.valueMax }));
  const pace = milestonePace(numericTargets).map((p) => ({ fromYear: p.from.year, toYear: p.to.year, growth: p.growth }));
  return { ...indicator, sector, related, pace };
}

/** Every target of a plan, in step and year order, with the indicator it belongs to. */
export function targetsOfPlan(indicators: IndicatorSummary[], plan: string): TargetOnTimeline[] {
  const targets: TargetOnTimeline[] = [];
  for (const i of indicators)
    for (const f of i.figures)
      if (f.kind === "target" && f.plan === plan)
        targets.push({ ...f, indicator: { slug: i.slug, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, sectorSlug: i.sectorSlug } });
  return targets.sort((a, b) => (a.step ?? 0) - (b.step ?? 0) || a.year - b.year);
}

/** The plans in the order readers meet them (lib/progress/steps.ts), each with its targets. */
export function plansWithTargets(plans: PlanView[], indicators: IndicatorSummary[]): PlanWithTargets[] {
  return readingOrder(plans).map((p) => ({ ...p, targets: targetsOfPlan(indicators, p.id) }));
}
