// Rows of the store → the plain objects pages receive, and what is decided from them: anchors,
// statuses, related indicators, pace between targets. Pure (no Prisma, no I/O), so it is tested
// without a database; lib/queries/queries.ts reads the rows and calls these.
import type { Comparator, Direction, FigureKind, Plan } from "../data/vocabulary";
import { publishedForm } from "../format/publishedForm";
import { assessTarget, isKeepTarget, milestonePace } from "../progress/progress";
import type { FigureView, IndicatorDetail, IndicatorSummary, SectorSummary, TargetOnTimeline } from "./views";

/** A figure as the store holds it, with the title of the source it cites. */
export interface FigureRow {
  kind: string;
  year: number;
  comparator: string | null;
  value: number | null;
  valueMax: number | null;
  plan: string | null;
  step: number | null;
  sourceId: string;
  source: { titleZh: string };
  excerpt: string;
  excerptStart: number;
  noteZh: string | null;
  excerptEn: string;
  noteEn: string | null;
  baselineComparable: boolean;
  /** The row's line in data/figures.csv: the source's order among figures of the same year and kind. */
  line: number;
}

/** An indicator as the store holds it: the view's fields, with its direction as stored and its figure rows. */
export type IndicatorRow = Omit<IndicatorSummary, "direction" | "figures"> & { direction: string; figures: FigureRow[] };

/**
 * An indicator's figures in year order, each with its anchor ("actual-2023", and "target-2024-2" for
 * a second target of the same year) and, for a target, its status on `today`.
 */
export function toFigureViews(direction: Direction, unit: string | null, rows: FigureRow[], today: Date): FigureView[] {
  const actuals = rows.filter((f) => f.kind === "actual" && f.value !== null).map((f) => ({ year: f.year, value: f.value as number }));
  const seen = new Map<string, number>();
  return [...rows]
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.line - b.line)
    .map((f) => {
      const base = `${f.kind}-${f.year}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const comparator = f.comparator as Comparator | null;
      const target = { year: f.year, comparator, value: f.value, valueMax: f.valueMax, keep: isKeepTarget(f.excerpt) };
      return {
        anchor: n === 1 ? base : `${base}-${n}`,
        kind: f.kind as FigureKind,
        year: f.year,
        comparator,
        value: f.value,
        valueMax: f.valueMax,
        plan: f.plan as Plan | null,
        step: f.step,
        sourceId: f.sourceId,
        sourceTitleZh: f.source.titleZh,
        excerpt: f.excerpt,
        excerptStart: f.excerptStart,
        published: publishedForm(f.excerpt, f.value, unit),
        noteZh: f.noteZh,
        excerptEn: f.excerptEn,
        noteEn: f.noteEn,
        baselineComparable: f.baselineComparable,
        assessment:
          f.kind === "target" ? assessTarget({ target, actuals: f.baselineComparable ? actuals : [], direction, today }) : null,
      };
    });
}

export function toIndicatorSummary(row: IndicatorRow, today: Date): IndicatorSummary {
  const direction = row.direction as Direction;
  return {
    slug: row.slug,
    sectorSlug: row.sectorSlug,
    groupZh: row.groupZh,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    unit: row.unit,
    direction,
    definitionZh: row.definitionZh,
    definitionEn: row.definitionEn,
    headline: row.headline,
    figures: toFigureViews(direction, row.unit, row.figures, today),
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
export function targetsOfPlan(indicators: IndicatorSummary[], plan: Plan): TargetOnTimeline[] {
  const targets: TargetOnTimeline[] = [];
  for (const i of indicators)
    for (const f of i.figures)
      if (f.kind === "target" && f.plan === plan)
        targets.push({ ...f, indicator: { slug: i.slug, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, sectorSlug: i.sectorSlug } });
  return targets.sort((a, b) => (a.step ?? 0) - (b.step ?? 0) || a.year - b.year);
}

/** The distinct sources the figures cite, in the order they are first cited. */
export function sourcesCited(figures: Pick<FigureView, "sourceId" | "sourceTitleZh">[]): { id: string; titleZh: string }[] {
  const byId = new Map<string, string>();
  for (const f of figures) if (!byId.has(f.sourceId)) byId.set(f.sourceId, f.sourceTitleZh);
  return [...byId].map(([id, titleZh]) => ({ id, titleZh }));
}
