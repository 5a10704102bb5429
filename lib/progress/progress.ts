/*
 * How a target's status is decided. The /methodology page explains these
 * rules to citizens, so they are applied in exactly this order:
 *
 *  1. Only results for years up to and including the target year count.
 *     If any of them meets the target, it is "achieved". A "keep" target
 *     (保持: hold a level until the deadline) is settled only by the result
 *     for its own year: an earlier result that meets it shows the level held
 *     so far, "on-track" while the deadline is ahead, and settles nothing
 *     once it has passed. So is a target of a year's key tasks (build 5
 *     centres in 2024): it asks what that year delivers, so only that year's
 *     result counts, and it needs no starting figure (rule 4 skips it).
 *  2. If the target year is over (today is after 31 December of that year,
 *     UTC): with a result for that year that did not meet it, "behind";
 *     without one, "due" (the deadline has passed, the result is not yet
 *     published). A qualitative target cannot be measured against numbers,
 *     so it is "due" either way.
 *  3. A qualitative target (no number), or a target of a year's key tasks,
 *     is "not-yet-due".
 *  4. With no result from before the target year there is nothing to measure
 *     progress from: "no-baseline".
 *  5. With results from only one year there is a starting point but no trend
 *     yet: "not-yet-due".
 *  6. With results from two or more years, the yearly compound growth seen
 *     from the earliest to the latest result is compared with the yearly
 *     compound growth needed to go from the earliest result to the target
 *     by the target year (Open SDG's progress measure). If the observed pace
 *     is at least 95% of the required pace, "on-track"; otherwise "behind".
 *     For a target that should fall, falling faster than required counts as
 *     on track. A target with no direction, or one whose required pace
 *     cannot be worked out (e.g. a target of zero), stays "not-yet-due".
 */

import type { Comparator, Direction } from "../model/vocabulary";

export type { Comparator, Direction };

export interface Actual {
  year: number;
  value: number;
}

export interface Target {
  year: number;
  comparator: Comparator | null;
  /** null marks a qualitative target */
  value: number | null;
  valueMax: number | null;
  /** A "keep" target (保持…): the level must still hold in the target year itself. */
  keep?: boolean;
  /** A target of a year's key tasks: what its own year delivers, settled by that year's result alone. */
  withinYear?: boolean;
}

/** A target whose wording asks to keep a level (保持在80%以上) rather than to reach it once. */
export function isKeepTarget(excerpt: string): boolean {
  return excerpt.includes("保持");
}

export type TargetStatus =
  | "achieved"
  | "on-track"
  | "behind"
  | "due"
  | "not-yet-due"
  | "no-baseline";

export interface TargetAssessment {
  status: TargetStatus;
  /** earliest actual before the target year */
  baseline: Actual | null;
  /** latest actual up to and including the target year */
  latest: Actual | null;
  shareReached: number | null;
  /** annual compound growth needed from baseline to the target value */
  requiredGrowth: number | null;
  /** annual compound growth observed from baseline to latest */
  observedGrowth: number | null;
  /** observedGrowth / requiredGrowth */
  paceRatio: number | null;
  /** Judged by its own year's result alone (a year's key task): it has no pace to measure. */
  withinYear: boolean;
}

/** Open SDG treats 95% of the required pace as "substantial" progress. */
export const STATUS_CUTOFF = 0.95;

/** "左右" (about) is read as within ±5% of the published value. */
const ABOUT_TOLERANCE = 0.05;

/**
 * The number a result has to reach. For a range that should fall, reaching
 * the upper bound is what counts, so shares and required growth aim there.
 */
function threshold(target: Target, direction: Direction): number | null {
  if (target.value === null) return null;
  if (target.comparator === "range" && direction === "decrease") {
    return target.valueMax ?? target.value;
  }
  return target.value;
}

export function meetsTarget(value: number, target: Target, direction: Direction): boolean {
  const v = target.value;
  if (v === null) return false;
  switch (target.comparator) {
    case "≥":
      return value >= v;
    case ">":
      return value > v;
    case "≤":
      return value <= v;
    case "<":
      return value < v;
    case "≈": {
      const withinTolerance = Math.abs(value - v) <= Math.abs(v) * ABOUT_TOLERANCE;
      if (withinTolerance) return true;
      if (direction === "increase") return value > v;
      if (direction === "decrease") return value < v;
      return false;
    }
    case "range": {
      const max = target.valueMax ?? v;
      if (direction === "increase") return value >= v;
      if (direction === "decrease") return value <= max;
      return value >= v && value <= max;
    }
    // A bare number with no comparator is read like "=".
    case "=":
    case null:
      if (direction === "increase") return value >= v;
      if (direction === "decrease") return value <= v;
      return value === v;
  }
}

export function shareOfTarget(latest: number, target: Target, direction: Direction): number | null {
  const v = threshold(target, direction);
  if (v === null || v <= 0 || latest <= 0) return null;
  if (direction === "increase") return latest / v;
  if (direction === "decrease") return v / latest;
  return null;
}

export function compoundAnnualGrowth(from: Actual, to: Actual): number | null {
  const years = to.year - from.year;
  if (years <= 0 || from.value <= 0 || to.value <= 0) return null;
  return Math.pow(to.value / from.value, 1 / years) - 1;
}

export function milestonePace(
  targets: Target[],
): { from: Target; to: Target; growth: number | null }[] {
  const numeric = targets
    .filter((t): t is Target & { value: number } => t.value !== null)
    .sort((a, b) => a.year - b.year);
  const steps: { from: Target; to: Target; growth: number | null }[] = [];
  numeric.forEach((to, i) => {
    const from = numeric[i - 1];
    if (from === undefined) return;
    steps.push({
      from,
      to,
      growth: compoundAnnualGrowth(
        { year: from.year, value: from.value },
        { year: to.year, value: to.value },
      ),
    });
  });
  return steps;
}

export function assessTarget(input: {
  target: Target;
  actuals: Actual[];
  direction: Direction;
  today: Date;
}): TargetAssessment {
  const { target, direction, today } = input;
  // A year's task is measured by its own year alone: no earlier result is its starting point or its share.
  const counted = input.actuals
    .filter((a) => (target.withinYear ? a.year === target.year : a.year <= target.year) && Number.isFinite(a.value))
    .sort((a, b) => a.year - b.year);

  const before = counted.filter((a) => a.year < target.year);
  const baseline = before[0] ?? null;
  const latest = counted[counted.length - 1] ?? null;

  const goal = threshold(target, direction);
  const requiredGrowth =
    baseline !== null && goal !== null
      ? compoundAnnualGrowth(baseline, { year: target.year, value: goal })
      : null;
  const observedGrowth =
    baseline !== null && latest !== null ? compoundAnnualGrowth(baseline, latest) : null;
  const paceRatio = pace(observedGrowth, requiredGrowth, direction);
  const shareReached = latest !== null ? shareOfTarget(latest.value, target, direction) : null;

  const result = (status: TargetStatus): TargetAssessment => ({
    status,
    baseline,
    latest,
    shareReached,
    requiredGrowth,
    observedGrowth,
    paceRatio,
    withinYear: target.withinYear === true,
  });

  // Rule 1
  const settling = target.keep ? counted.filter((a) => a.year === target.year) : counted;
  if (settling.some((a) => meetsTarget(a.value, target, direction))) return result("achieved");
  const heldSoFar = target.keep === true && latest !== null && meetsTarget(latest.value, target, direction);
  if (heldSoFar && today.getUTCFullYear() <= target.year) return result("on-track");

  // Rule 2
  if (today.getUTCFullYear() > target.year) {
    const hasFinalYear = counted.some((a) => a.year === target.year);
    return result(hasFinalYear && target.value !== null ? "behind" : "due");
  }

  // Rule 3
  if (target.value === null || target.withinYear) return result("not-yet-due");

  // Rule 4
  if (baseline === null) return result("no-baseline");

  // Rule 5
  const years = new Set(counted.map((a) => a.year));
  if (years.size < 2) return result("not-yet-due");

  // Rule 6
  if (paceRatio === null) return result("not-yet-due");
  return result(paceRatio >= STATUS_CUTOFF ? "on-track" : "behind");
}

/**
 * Dividing two negative rates (a required fall and an observed fall) gives a
 * positive ratio that grows as the fall speeds up, so one cut-off serves both
 * directions; a move the wrong way gives a negative ratio, i.e. behind. The
 * ratio is only meaningful when the required rate points the wanted way.
 */
function pace(
  observed: number | null,
  required: number | null,
  direction: Direction,
): number | null {
  if (observed === null || required === null) return null;
  if (direction === "increase" && required <= 0) return null;
  if (direction === "decrease" && required >= 0) return null;
  if (direction === "none") return null;
  return observed / required;
}
