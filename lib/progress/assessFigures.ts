// The one way a target's status is worked out from an indicator's figures, for the pages
// (lib/queries/indicatorViews.ts) and for `npm run data:check` (lib/editor/siteChanges.ts) alike, so
// the editor is never told of a change the pages do not show. Pure.
import type { Comparator, Direction } from "../model/vocabulary";
import { assessTarget, isKeepTarget, type TargetAssessment } from "./progress";

/** What a status depends on, of one figure: the same fields whether read from data/ or from the store. */
export interface FigureForStatus {
  kind: string;
  year: number;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  excerpt: string;
  /** False on a target whose earlier results may be counted differently: they are not measured from. */
  baselineComparable: boolean;
  /** A target of a year's key tasks (a plan of kind "tasks"): measured by its own year's result alone. */
  withinYear: boolean;
}

/** Each figure's assessment on `today`, in the order given: null for a result, the status of a target. */
export function assessFigures(direction: Direction, figures: FigureForStatus[], today: Date): (TargetAssessment | null)[] {
  const actuals = figures.filter((f) => f.kind === "actual" && f.value !== null).map((f) => ({ year: f.year, value: f.value as number }));
  return figures.map((f) => {
    if (f.kind !== "target") return null;
    const target = { year: f.year, comparator: f.comparator, value: f.value, valueMax: f.valueMax, keep: isKeepTarget(f.excerpt), withinYear: f.withinYear };
    return assessTarget({ target, actuals: f.baselineComparable ? actuals : [], direction, today });
  });
}
