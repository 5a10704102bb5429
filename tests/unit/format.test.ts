import { describe, expect, it } from "vitest";
import {
  formatDateZh,
  formatFigure,
  formatGrowth,
  formatNumber,
  formatQuantity,
  formatShare,
} from "../../lib/format/format";
import type { Comparator } from "../../lib/progress/progress";

describe("formatNumber", () => {
  it.each<[number, string]>([
    [912.51, "912.51"],
    [22845, "22845"],
    [0.5, "0.5"],
    [0.1 + 0.2, "0.3"],
    [84.85, "84.85"],
    [1.000001, "1.000001"],
    [1234567, "1234567"],
    [0, "0"],
    [-0, "0"],
    [-1e-9, "0"],
    [-2.5, "-2.5"],
    [Number.NaN, "—"],
  ])("%d → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("formatQuantity", () => {
  it.each<[number, string, string]>([
    [132.8, "亿元", "132.8亿元"],
    [84.85, "%", "84.85%"],
    [22845, "户", "22845户"],
    [270, "万元", "270万元"],
    // scaled units are never re-expressed in 万, however large
    [250000, "万元", "250000万元"],
    [150000, "%", "150000%"],
    // 万 rule: counts of 100000 or more, exact to two decimals of 万
    [200000, "户", "20万户"],
    [100000, "人", "10万人"],
    [1234500, "人次", "123.45万人次"],
    [85000, "人次", "85000人次"],
    [99900, "人", "99900人"],
    [123456, "户", "123456户"],
    [100050, "人", "100050人"],
    [-200000, "人", "-20万人"],
    // rank
    [5, "位", "第5位"],
    [120000, "位", "第120000位"],
  ])("%d %s → %s", (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});

describe("formatFigure", () => {
  it.each<[Comparator | null, number | null, number | null, string, string]>([
    ["≥", 80, null, "%", "80%以上"],
    [">", 100, null, "亿元", "超过100亿元"],
    ["≈", 850, null, "亿元", "850亿元左右"],
    ["=", 2, null, "家", "2家"],
    [null, 912.51, null, "亿元", "912.51亿元"],
    ["≤", 5, null, "%", "不超过5%"],
    ["≤", 5, null, "位", "前5位"],
    ["<", 3, null, "%", "低于3%"],
    ["<", 5, null, "位", "优于第5位"],
    ["range", 1, 2, "家", "1–2家"],
    ["range", 100000, 200000, "户", "10–20万户"],
    ["range", 85000, 200000, "户", "85000–200000户"],
    ["range", 3, null, "家", "3家以上"],
    ["≥", 200000, null, "户", "20万户以上"],
    ["≥", null, null, "家", ""],
    [null, null, null, "", ""],
  ])("%s %s–%s %s → %s", (comparator, value, valueMax, unit, expected) => {
    expect(formatFigure({ comparator, value, valueMax, unit })).toBe(expected);
  });
});

describe("formatGrowth", () => {
  it.each<[number | null, string]>([
    [0.0568, "5.7%"],
    [0.056783, "5.7%"],
    [0.198174, "19.8%"],
    [-0.02, "-2.0%"],
    [-0.0004, "0.0%"],
    [0, "0.0%"],
    [null, "—"],
    [Number.POSITIVE_INFINITY, "—"],
  ])("%s → %s", (rate, expected) => {
    expect(formatGrowth(rate)).toBe(expected);
  });
});

describe("formatShare", () => {
  it.each<[number | null, string]>([
    [0.1142, "11.4%"],
    [0.114225, "11.4%"],
    [1.25, "125.0%"],
    [0.95, "95.0%"],
    [null, "—"],
  ])("%s → %s", (share, expected) => {
    expect(formatShare(share)).toBe(expected);
  });
});

describe("formatDateZh", () => {
  it.each<[Date, string]>([
    [new Date(Date.UTC(2026, 10, 25)), "2026年11月25日"],
    [new Date(Date.UTC(2025, 0, 1)), "2025年1月1日"],
    // 23:30 UTC is already the next day in Beijing, but the date is read in UTC
    [new Date(Date.UTC(2024, 11, 31, 23, 30)), "2024年12月31日"],
    [new Date(Number.NaN), "—"],
  ])("%s → %s", (d, expected) => {
    expect(formatDateZh(d)).toBe(expected);
  });
});
