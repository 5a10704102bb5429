// The points an indicator's chart draws: published results and the target path through its
// milestones. Pure, shared by the server SVG chart and the interactive one so both show the same.
import type { Comparator } from "../progress/progress";

export interface ChartPoint {
  year: number;
  /** A published result for this year. */
  actual: number | null;
  /** A target due by the end of this year (the lower end of a range). */
  target: number | null;
  comparator: Comparator | null;
}

interface FigureLike {
  kind: "actual" | "target";
  year: number;
  value: number | null;
  comparator: Comparator | null;
}

export function chartPoints(figures: FigureLike[]): ChartPoint[] {
  const byYear = new Map<number, ChartPoint>();
  for (const f of figures) {
    if (f.value === null) continue;
    const point = byYear.get(f.year) ?? { year: f.year, actual: null, target: null, comparator: null };
    if (f.kind === "actual") point.actual = f.value;
    else {
      point.target = f.value;
      point.comparator = f.comparator;
    }
    byYear.set(f.year, point);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** A chart says something only with two numbers or more; one figure is shown as a number. */
export function worthCharting(points: ChartPoint[]): boolean {
  return points.reduce((n, p) => n + (p.actual !== null ? 1 : 0) + (p.target !== null ? 1 : 0), 0) >= 2;
}

/** Whether a target path may start at the latest result: not when a target's baseline is not comparable. */
export function targetPathFromLatestResult(figures: { kind: "actual" | "target"; baselineComparable?: boolean }[]): boolean {
  return figures.every((f) => f.kind !== "target" || f.baselineComparable !== false);
}
