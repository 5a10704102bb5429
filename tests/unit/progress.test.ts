import { describe, expect, it } from "vitest";
import {
  STATUS_CUTOFF,
  assessTarget,
  compoundAnnualGrowth,
  isKeepTarget,
  meetsTarget,
  milestonePace,
  shareOfTarget,
  type Actual,
  type Comparator,
  type Direction,
  type Target,
  type TargetAssessment,
} from "../../lib/progress/progress";
import { STATUS_TEXT, STATUS_TEXT_EN } from "../../lib/progress/statusText";

const t = (
  year: number,
  comparator: Comparator | null,
  value: number | null,
  valueMax: number | null = null,
): Target => ({ year, comparator, value, valueMax });

const keep = (target: Target): Target => ({ ...target, keep: true });
const ofTheYear = (target: Target): Target => ({ ...target, withinYear: true });

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

describe("STATUS_CUTOFF", () => {
  // The rule's threshold is also written in words where "behind" is explained; a change to one
  // without the other would tell readers a rule the site does not apply.
  it.each([["zh", STATUS_TEXT], ["en", STATUS_TEXT_EN]] as const)("is the percentage the %s explanation of \"behind\" states", (_lang, table) => {
    expect(table.behind.explanation.match(/\d+(?:\.\d+)?%/g)).toEqual([`${STATUS_CUTOFF * 100}%`]);
  });
});

describe("meetsTarget", () => {
  it.each<[string, Target, Direction, number, boolean]>([
    ["≥80: exactly 80 meets", t(2025, "≥", 80), "increase", 80, true],
    ["≥80: 79.99 misses", t(2025, "≥", 80), "increase", 79.99, false],
    [">100: exactly 100 misses", t(2025, ">", 100), "increase", 100, false],
    [">100: 100.01 meets", t(2025, ">", 100), "increase", 100.01, true],
    ["≤5: exactly 5 meets", t(2025, "≤", 5), "decrease", 5, true],
    ["≤5: 5.1 misses", t(2025, "≤", 5), "decrease", 5.1, false],
    ["<5: 4.9 meets", t(2025, "<", 5), "decrease", 4.9, true],
    ["<5: exactly 5 misses", t(2025, "<", 5), "decrease", 5, false],
    ["=2 increase: 3 counts (more is fine)", t(2025, "=", 2), "increase", 3, true],
    ["=2 increase: 1 misses", t(2025, "=", 2), "increase", 1, false],
    ["=2 decrease: 1 counts (less is fine)", t(2025, "=", 2), "decrease", 1, true],
    ["=2 decrease: 3 misses", t(2025, "=", 2), "decrease", 3, false],
    ["=2 none: exactly 2 meets", t(2025, "=", 2), "none", 2, true],
    ["=2 none: 3 misses", t(2025, "=", 2), "none", 3, false],
    ["no comparator reads as =", t(2025, null, 2), "increase", 3, true],
    // ≈850: the ±5% band is 807.5 … 892.5
    ["≈850: 820 is within 5%", t(2025, "≈", 850), "increase", 820, true],
    ["≈850: 807.5 is on the band edge", t(2025, "≈", 850), "increase", 807.5, true],
    ["≈850: 800 is 5.9% short", t(2025, "≈", 850), "increase", 800, false],
    ["≈850 increase: 1000 is above", t(2025, "≈", 850), "increase", 1000, true],
    ["≈850 decrease: 892 is within 5%", t(2025, "≈", 850), "decrease", 892, true],
    ["≈850 decrease: 900 is 5.9% over", t(2025, "≈", 850), "decrease", 900, false],
    ["≈850 decrease: 700 is below", t(2025, "≈", 850), "decrease", 700, true],
    ["≈850 none: 1000 is outside", t(2025, "≈", 850), "none", 1000, false],
    ["≈850 none: 700 is outside", t(2025, "≈", 850), "none", 700, false],
    ["range 1–2 increase: 1 meets", t(2025, "range", 1, 2), "increase", 1, true],
    ["range 1–2 increase: 0.9 misses", t(2025, "range", 1, 2), "increase", 0.9, false],
    ["range 1–2 increase: 3 meets", t(2025, "range", 1, 2), "increase", 3, true],
    ["range 1–2 decrease: 2 meets", t(2025, "range", 1, 2), "decrease", 2, true],
    ["range 1–2 decrease: 2.1 misses", t(2025, "range", 1, 2), "decrease", 2.1, false],
    ["range 1–2 decrease: 0.5 meets", t(2025, "range", 1, 2), "decrease", 0.5, true],
    ["range 1–2 none: 1.5 meets", t(2025, "range", 1, 2), "none", 1.5, true],
    ["range 1–2 none: 2.5 misses", t(2025, "range", 1, 2), "none", 2.5, false],
    ["range 1–2 none: 0.5 misses", t(2025, "range", 1, 2), "none", 0.5, false],
    ["qualitative never meets", t(2025, null, null), "increase", 1e9, false],
    ["qualitative with comparator never meets", t(2025, "≥", null), "increase", 1e9, false],
  ])("%s", (_name, target, direction, value, expected) => {
    expect(meetsTarget(value, target, direction)).toBe(expected);
  });
});

describe("shareOfTarget", () => {
  it.each<[string, number, Target, Direction, number | null]>([
    // 22845 / 200000 = 0.114225
    ["market entities 22845 of 200000", 22845, t(2035, "≥", 200000), "increase", 0.114225],
    ["uncapped above target: 250 / 200", 250, t(2030, "≥", 200), "increase", 1.25],
    // rank 8 towards top 5: 5 / 8
    ["rank 8th towards top 5", 8, t(2027, "≤", 5, null), "decrease", 0.625],
    // a falling range aims at its upper bound: 2 / 4
    ["falling range uses the upper bound", 4, t(2027, "range", 1, 2), "decrease", 0.5],
    ["direction none", 40, t(2030, "=", 50), "none", null],
    ["qualitative", 40, t(2030, null, null), "increase", null],
    ["target of zero", 3, t(2030, "=", 0), "decrease", null],
    ["latest of zero", 0, t(2030, "≥", 10), "increase", null],
    ["negative latest", -5, t(2030, "≤", 10), "decrease", null],
  ])("%s", (_name, latest, target, direction, expected) => {
    const share = shareOfTarget(latest, target, direction);
    if (expected === null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(expected, 6);
  });
});

describe("compoundAnnualGrowth", () => {
  it.each<[string, Actual, Actual, number | null]>([
    // (700/450)^(1/8) − 1 = 0.056783
    ["retail sales 450亿元 (2027) → 700亿元 (2035)", { year: 2027, value: 450 }, { year: 2035, value: 700 }, 0.056783],
    // (200000/22845)^(1/12) − 1 = 0.198174
    ["market entities 22845 (2023) → 200000 (2035)", { year: 2023, value: 22845 }, { year: 2035, value: 200000 }, 0.198174],
    ["halving in one year", { year: 2020, value: 100 }, { year: 2021, value: 50 }, -0.5],
    ["doubling over two years: √2 − 1", { year: 2020, value: 1 }, { year: 2022, value: 2 }, 0.414214],
    ["same year", { year: 2020, value: 1 }, { year: 2020, value: 2 }, null],
    ["years reversed", { year: 2022, value: 1 }, { year: 2020, value: 2 }, null],
    ["zero start", { year: 2020, value: 0 }, { year: 2022, value: 2 }, null],
    ["negative end", { year: 2020, value: 1 }, { year: 2022, value: -2 }, null],
  ])("%s", (_name, from, to, expected) => {
    const g = compoundAnnualGrowth(from, to);
    if (expected === null) expect(g).toBeNull();
    else expect(g).toBeCloseTo(expected, 6);
  });
});

describe("milestonePace", () => {
  it.each<[string, Target[], [number, number, number | null][]]>([
    [
      // unsorted input; the qualitative 2030 target is skipped.
      // 400→450 over 2 years: (450/400)^(1/2) − 1 = 0.060660; 450→700 over 8: 0.056783
      "retail sales milestones",
      [t(2035, "≥", 700), t(2030, null, null), t(2025, "≥", 400), t(2027, "≈", 450)],
      [
        [2025, 2027, 0.06066],
        [2027, 2035, 0.056783],
      ],
    ],
    ["single target has no step", [t(2027, "≥", 450)], []],
    ["no targets", [], []],
    ["zero milestone gives no growth", [t(2025, "=", 0), t(2027, "=", 5)], [[2025, 2027, null]]],
  ])("%s", (_name, targets, expected) => {
    const got = milestonePace(targets).map((s) => [s.from.year, s.to.year, s.growth]);
    expect(got).toEqual(expected.map(([from, to, g]) => [from, to, g === null ? null : expect.closeTo(g, 6)]));
  });
});

type Expect = Partial<Record<keyof Omit<TargetAssessment, "status" | "baseline" | "latest" | "withinYear">, number | null>> & {
  status: TargetAssessment["status"];
  baselineYear?: number | null;
  latestYear?: number | null;
};

const a = (...pairs: [number, number][]): Actual[] => pairs.map(([year, value]) => ({ year, value }));
const MID_2025 = utc(2025, 6, 1);

describe("assessTarget", () => {
  it.each<[string, Target, Actual[], Direction, Date, Expect]>([
    ["no baseline: nothing published yet", t(2035, "≥", 200000), [], "increase", MID_2025,
      { status: "no-baseline", baselineYear: null, latestYear: null, requiredGrowth: null, shareReached: null }],
    ["no baseline: only a target-year figure, year still running", t(2025, "≥", 100), a([2025, 10]), "increase", MID_2025,
      { status: "no-baseline", baselineYear: null, latestYear: 2025, shareReached: 0.1, requiredGrowth: null }],
    // one year only: required (200000/22845)^(1/12) − 1 = 0.198174; share 0.114225
    ["market entities: baseline only, no trend yet", t(2035, "≥", 200000), a([2023, 22845]), "increase", MID_2025,
      { status: "not-yet-due", baselineYear: 2023, latestYear: 2023, requiredGrowth: 0.198174, shareReached: 0.114225, observedGrowth: null, paceRatio: null }],
    ["achieved early, years before the deadline", t(2030, "≥", 100), a([2021, 80], [2023, 120]), "increase", MID_2025,
      { status: "achieved", baselineYear: 2021, latestYear: 2023, shareReached: 1.2 }],
    ["rank target achieved: 8th → 4th, goal top 5", t(2027, "≤", 5), a([2023, 8], [2024, 4]), "decrease", MID_2025,
      { status: "achieved", shareReached: 1.25 }],
    // required (5/8)^(1/4) − 1 = −0.110860; observed (6/8)^(1/2) − 1 = −0.133975;
    // ratio 1.208499 (falling faster than needed); share 5/6
    ["rank target on track: 8th (2023) → 6th (2025), goal top 5 by 2027", t(2027, "≤", 5), a([2025, 6], [2023, 8]), "decrease", MID_2025,
      { status: "on-track", baselineYear: 2023, latestYear: 2025, requiredGrowth: -0.11086, observedGrowth: -0.133975, paceRatio: 1.208499, shareReached: 0.833333 }],
    // required (100/80)^(1/2) − 1 = 0.118034, still reported once due
    ["due: deadline passed, no figure for the target year", t(2024, "≥", 100), a([2022, 80], [2023, 90]), "increase", MID_2025,
      { status: "due", baselineYear: 2022, latestYear: 2023, requiredGrowth: 0.118034, shareReached: 0.9 }],
    ["due: a later figure that meets it does not count", t(2024, "≥", 100), a([2023, 80], [2025, 150]), "increase", utc(2026, 3, 1),
      { status: "due", latestYear: 2023, shareReached: 0.8 }],
    ["behind: deadline passed and the target-year figure missed", t(2024, "≥", 100), a([2022, 80], [2024, 95]), "increase", MID_2025,
      { status: "behind", latestYear: 2024, shareReached: 0.95 }],
    ["last second of the target year is not yet past", t(2024, "≥", 100), a([2022, 80]), "increase", utc(2024, 12, 31, 23, 59, 59),
      { status: "not-yet-due", requiredGrowth: 0.118034 }],
    ["first moment of the next year is past", t(2024, "≥", 100), a([2022, 80]), "increase", utc(2025, 1, 1),
      { status: "due", requiredGrowth: 0.118034 }],
    ["qualitative target, year running", t(2027, null, null), a([2023, 5], [2024, 6]), "increase", MID_2025,
      { status: "not-yet-due", requiredGrowth: null, shareReached: null, paceRatio: null }],
    ["qualitative target, year over", t(2024, null, null), [], "none", MID_2025,
      { status: "due" }],
    ["qualitative target, year over, a number cannot make it behind", t(2024, null, null), a([2024, 3]), "increase", MID_2025,
      { status: "due" }],
    // required (1000/500)^(1/10) − 1 = 0.071773; observed (650/500)^(1/3) − 1 = 0.091393;
    // ratio 1.273352
    ["on track: 500 (2020) → 650 (2023), goal 1000 by 2030", t(2030, "≥", 1000), a([2023, 650], [2020, 500]), "increase", MID_2025,
      { status: "on-track", baselineYear: 2020, latestYear: 2023, requiredGrowth: 0.071773, observedGrowth: 0.091393, paceRatio: 1.273352, shareReached: 0.65 }],
    // observed (550/500)^(1/3) − 1 = 0.032280; ratio 0.032280 / 0.071773 = 0.449750
    ["behind: 500 (2020) → 550 (2023), goal 1000 by 2030", t(2030, "≥", 1000), a([2020, 500], [2023, 550]), "increase", MID_2025,
      { status: "behind", requiredGrowth: 0.071773, observedGrowth: 0.03228, paceRatio: 0.44975 }],
    // required (121/100)^(1/2) − 1 = 0.10; observed 0.096; ratio 0.96
    ["just above the 0.95 cut-off", t(2022, "≥", 121), a([2020, 100], [2021, 109.6]), "increase", utc(2022, 6, 1),
      { status: "on-track", paceRatio: 0.96 }],
    // observed 0.094; ratio 0.94
    ["just below the 0.95 cut-off", t(2022, "≥", 121), a([2020, 100], [2021, 109.4]), "increase", utc(2022, 6, 1),
      { status: "behind", paceRatio: 0.94 }],
    // required (50/100)^(1/10) − 1 = −0.066967; observed (70/100)^(1/3) − 1 = −0.112096;
    // ratio 1.673899: falling faster than required
    ["decrease on track: 100 → 70 in three years, goal ≤50 by 2030", t(2030, "≤", 50), a([2020, 100], [2023, 70]), "decrease", MID_2025,
      { status: "on-track", requiredGrowth: -0.066967, observedGrowth: -0.112096, paceRatio: 1.673899, shareReached: 0.714286 }],
    // observed (95/100)^(1/3) − 1 = −0.016952; ratio 0.253146
    ["decrease behind: falling too slowly", t(2030, "≤", 50), a([2020, 100], [2023, 95]), "decrease", MID_2025,
      { status: "behind", observedGrowth: -0.016952, paceRatio: 0.253146 }],
    // observed (110/100)^(1/3) − 1 = +0.032280; ratio −0.482030
    ["decrease behind: rising instead", t(2030, "≤", 50), a([2020, 100], [2023, 110]), "decrease", MID_2025,
      { status: "behind", paceRatio: -0.48203 }],
    // required (10/8)^(1/4) − 1 = 0.057371; observed (9/8)^(1/2) − 1 = 0.060660; ratio 1.057327
    ["range 10–12 on track, aiming at the lower bound", t(2027, "range", 10, 12), a([2023, 8], [2025, 9]), "increase", MID_2025,
      { status: "on-track", requiredGrowth: 0.057371, paceRatio: 1.057327, shareReached: 0.9 }],
    // ≈850: 820 is within 5% of 850 (band 807.5 … 892.5)
    ["≈ target met within 5%", t(2027, "≈", 850), a([2023, 700], [2024, 820]), "increase", MID_2025,
      { status: "achieved" }],
    // 800 is 5.9% short: required (850/700)^(1/4) − 1 = 0.049733; observed (800/700) − 1 = 0.142857
    ["≈ target outside 5% is judged on pace", t(2027, "≈", 850), a([2023, 700], [2024, 800]), "increase", MID_2025,
      { status: "on-track", requiredGrowth: 0.049733, observedGrowth: 0.142857 }],
    ["direction none: two figures give no verdict", t(2030, "=", 50), a([2020, 40], [2023, 45]), "none", MID_2025,
      { status: "not-yet-due", paceRatio: null, shareReached: null, requiredGrowth: 0.022565 }],
    ["two figures for the same year are still one year", t(2030, "≥", 100), a([2020, 40], [2020, 45]), "increase", MID_2025,
      { status: "not-yet-due", observedGrowth: null, paceRatio: null }],
    ["target of zero has no required growth", t(2030, "=", 0), a([2020, 5], [2023, 3]), "decrease", MID_2025,
      { status: "not-yet-due", requiredGrowth: null, paceRatio: null }],
    // Rule 1 for "keep" targets (保持): only the target year's own result settles them.
    ["keep ≥80: an earlier 81 is held so far, not achieved", keep(t(2024, "≥", 80)), a([2023, 81]), "increase", utc(2024, 6, 1),
      { status: "on-track", latestYear: 2023 }],
    ["keep ≥80: the same figure would settle a reach target", t(2024, "≥", 80), a([2023, 81]), "increase", utc(2024, 6, 1),
      { status: "achieved" }],
    ["keep ≥80: the target year's 82 achieves it", keep(t(2024, "≥", 80)), a([2023, 81], [2024, 82]), "increase", MID_2025,
      { status: "achieved", latestYear: 2024 }],
    ["keep ≥80: an earlier 81 does not settle a passed deadline", keep(t(2024, "≥", 80)), a([2023, 81]), "increase", MID_2025,
      { status: "due", latestYear: 2023 }],
    ["keep ≥80: met earlier, missed in the target year", keep(t(2024, "≥", 80)), a([2023, 81], [2024, 79]), "increase", MID_2025,
      { status: "behind", latestYear: 2024 }],
    ["keep ≈35 (no direction): 34 in 2027 is held so far", keep(t(2030, "≈", 35)), a([2026, 30], [2027, 34]), "none", utc(2028, 6, 1),
      { status: "on-track", latestYear: 2027 }],
    ["keep ≈35 (no direction): 40 in the target year is outside", keep(t(2030, "≈", 35)), a([2027, 34], [2030, 40]), "none", utc(2031, 6, 1),
      { status: "behind", latestYear: 2030 }],
    // A year's key task (build 5 centres in 2024) is what that year delivers: no starting figure is needed,
    // and only the year's own result settles it.
    ["a year's task without any result is not yet due, never short of a starting figure", ofTheYear(t(2024, "=", 5)), a(), "increase", utc(2024, 6, 1),
      { status: "not-yet-due", baselineYear: null }],
    ["a year's task past its deadline without a result is due", ofTheYear(t(2024, "=", 5)), a(), "increase", MID_2025,
      { status: "due" }],
    ["a year's task: an earlier year's 6 centres do not settle it, nor measure it", ofTheYear(t(2024, "=", 5)), a([2023, 6]), "increase", utc(2024, 6, 1),
      { status: "not-yet-due", baselineYear: null, latestYear: null, shareReached: null, requiredGrowth: null }],
    ["a year's task: the year's own 5 achieve it", ofTheYear(t(2024, "=", 5)), a([2023, 6], [2024, 5]), "increase", MID_2025,
      { status: "achieved", latestYear: 2024 }],
    ["a year's task: the year's own 3 fall short", ofTheYear(t(2024, "=", 5)), a([2024, 3]), "increase", MID_2025,
      { status: "behind" }],
    // Not held in the latest year: the ordinary rules apply; from 81 to 80 is a fall, so no pace and no verdict yet.
    ["keep ≥80: not held in the latest year falls to the ordinary rules", keep(t(2027, "≥", 80)), a([2023, 81], [2024, 79]), "increase", MID_2025,
      { status: "not-yet-due", latestYear: 2024, paceRatio: null }],
  ])("%s", (_name, target, actuals, direction, today, want) => {
    const got = assessTarget({ target, actuals, direction, today });
    expect(got.status).toBe(want.status);
    if (want.baselineYear !== undefined) expect(got.baseline?.year ?? null).toBe(want.baselineYear);
    if (want.latestYear !== undefined) expect(got.latest?.year ?? null).toBe(want.latestYear);
    for (const key of ["shareReached", "requiredGrowth", "observedGrowth", "paceRatio"] as const) {
      const w = want[key];
      if (w === undefined) continue;
      if (w === null) expect(got[key], key).toBeNull();
      else expect(got[key], key).toBeCloseTo(w, 5);
    }
  });
});

describe("isKeepTarget", () => {
  it.each<[string, boolean]>([
    ["服务业增加值占生产总值的比重力争保持在80%以上", true],
    ["固定资产投资额占全市比重保持在35%左右", true],
    ["现代服务业增加值占地区生产总值的比重力争达到65%", false],
    ["服务业增加值突破700亿元", false],
  ])("%s → %s", (excerpt, keep) => {
    expect(isKeepTarget(excerpt)).toBe(keep);
  });
});
