import { describe, expect, it } from "vitest";
import { chartPoints } from "../../lib/charts/chartPoints";
import { chartScene, collide, labelBox } from "../../lib/charts/chartScene";
import type { Comparator } from "../../lib/progress/progress";

type Figure = { kind: "actual" | "target"; year: number; value: number; comparator: Comparator };
const scene = (figures: Figure[], unit: string, lang: "zh" | "en" = "zh") => chartScene(chartPoints(figures), unit, true, lang);
const years = (s: ReturnType<typeof chartScene>) => s.labels.filter((l) => /^\d{4}$/.test(l.text ?? "")).map((l) => l.text);
const clashes = (s: ReturnType<typeof chartScene>) =>
  s.labels.flatMap((a, i) => s.labels.slice(i + 1).filter((b) => collide(a, b)).map((b) => `${a.text} × ${b.text}`));

describe("chartScene labels on a narrow chart", () => {
  const gdp: Figure[] = [
    { kind: "target", year: 2030, value: 850, comparator: "≈" },
    { kind: "target", year: 2035, value: 1000, comparator: ">" },
  ];

  it.each([
    ["Chinese", "zh"],
    ["English, whose labels are longer", "en"],
  ] as const)("no two labels meet (GDP targets in %s)", (_, lang) => {
    expect(clashes(scene(gdp, "亿元", lang))).toEqual([]);
  });

  it("moves a label that would meet another below its point, and keeps labels above their points where there is room", () => {
    const labels = scene(gdp, "亿元", "en").labels.filter((l) => !/^\d{4}$/.test(l.text ?? ""));
    const [about850, over1000] = labels;
    expect(about850.text).toBe("about 85 billion yuan");
    // 2035's diamond is higher than 2030's, but its label, which would meet 2030's, goes under it.
    expect(over1000.text).toBe("more than 100 billion yuan");
    expect(Number(over1000.attrs.y)).toBeGreaterThan(Number(about850.attrs.y));
    expect(scene(gdp, "亿元", "zh").labels.map((l) => l.attrs.y)).not.toEqual(scene(gdp, "亿元", "en").labels.map((l) => l.attrs.y));
    const alone = scene([{ kind: "actual", year: 2023, value: 22845, comparator: "=" }, { kind: "target", year: 2035, value: 200000, comparator: ">" }], "户");
    for (const l of alone.labels.filter((l) => !/^\d{4}$/.test(l.text ?? ""))) expect(labelBox(l)[3]).toBeLessThan(200);
  });

  it("leaves out years that would run into each other, keeping the first and the last", () => {
    const crowded = scene(
      [2023, 2024, 2025, 2027, 2030, 2035].map((year) => ({ kind: "actual" as const, year, value: 10 + year - 2023, comparator: "=" as const })),
      "个",
    );
    expect(years(crowded)).toEqual(["2023", "2025", "2027", "2030", "2035"]);
    expect(clashes(crowded)).toEqual([]);
  });

  it("labels every year when there is room", () => {
    expect(years(scene(gdp, "亿元"))).toEqual(["2030", "2035"]);
  });
});
