import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../lib/progress/headlineFigures";

const a = (year: number, value: number | null = 1) => ({ kind: "actual" as const, year, value });
const t = (year: number, value: number | null = 1) => ({ kind: "target" as const, year, value });
const on = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("headlineFigures", () => {
  it.each([
    ["the latest result and the first target not yet past", [t(2035), a(2022), t(2027), a(2023), t(2024)], "2026-11-25", 2023, 2027],
    ["a target due this year still counts as ahead", [a(2023), t(2024), t(2027)], "2027-03-01", 2023, 2027],
    ["all targets past: the last one", [a(2023), t(2024), t(2027)], "2030-01-01", 2023, 2027],
    ["no result (no baseline)", [t(2030), t(2035)], "2026-11-25", null, 2030],
    ["no target", [a(2023)], "2026-11-25", 2023, null],
  ])("%s", (_name, figures, today, actualYear, targetYear) => {
    const { actual, target } = headlineFigures(figures, on(today));
    expect(actual?.year ?? null).toBe(actualYear);
    expect(target?.year ?? null).toBe(targetYear);
  });

  it("prefers a numeric result to a later qualitative one", () => {
    const { actual } = headlineFigures([a(2022, 5), a(2023, null)], on("2026-11-25"));
    expect(actual).toEqual(a(2022, 5));
  });

  it("nothing at all", () => {
    expect(headlineFigures([], on("2026-11-25"))).toEqual({ actual: null, target: null });
  });
});
