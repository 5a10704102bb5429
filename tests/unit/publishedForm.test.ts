import { describe, expect, it } from "vitest";
import { formatFigure } from "../../lib/format/format";
import { publishedForm } from "../../lib/format/publishedForm";

describe("publishedForm reads how the excerpt writes a figure", () => {
  it.each<[string, number | null, string | null, { text: string; more: boolean } | null]>([
    ["接待游客8.5万余人次", 85000, "人次", { text: "8.5万余人次", more: true }],
    ["争取资金1300余万元推动", 1300, "万元", { text: "1300余万元", more: true }],
    ["总投资132.8亿元", 132.8, "亿元", { text: "132.8亿元", more: false }],
    ["市场主体突破20万户", 200000, "户", { text: "20万户", more: false }],
    ["突破千亿元大关", 1000, "亿元", { text: "千亿元", more: false }],
    ["比重保持在80%以上", 80, "%", { text: "80%", more: false }],
    ["市场主体22845户", 22845, "户", { text: "22845户", more: false }],
    // The number is there, but not followed by the unit: no written form to show.
    ["新增企业20万", 200000, "户", null],
    // A year is never read as the figure; a rank is written 第5位 by the formatter.
    ["到2024年", 2024, "个", null],
    ["排名第5位", 5, "位", null],
    ["转型取得突破", null, null, null],
  ])("%s (%s %s)", (excerpt, value, unit, expected) => {
    expect(publishedForm(excerpt, value, unit)).toEqual(expected);
  });
});

describe("formatFigure shows a published number as written", () => {
  const f = (comparator: ">" | "≥" | "=" | "≈", value: number, unit: string, excerpt: string) =>
    formatFigure({ comparator, value, valueMax: null, unit, published: publishedForm(excerpt, value, unit) });

  it.each([
    [f(">", 85000, "人次", "接待游客8.5万余人次"), "8.5万余人次"],
    [f(">", 200000, "户", "市场主体突破20万户"), "超过20万户"],
    [f("≥", 80, "%", "保持在80%以上"), "80%以上"],
    [f("≈", 850, "亿元", "达到850亿元左右"), "850亿元左右"],
    [f("=", 22845, "户", "市场主体22845户"), "22845户"],
  ])("%s", (shown, expected) => expect(shown).toBe(expected));

  it("without an excerpt's form, falls back to the rule that never rounds", () => {
    expect(formatFigure({ comparator: ">", value: 85000, valueMax: null, unit: "人次" })).toBe("超过85000人次");
  });
});
