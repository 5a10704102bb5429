import { describe, expect, it } from "vitest";
import { COMPARATORS } from "../../lib/data/schema";
import { numberProblems } from "../../lib/format/englishNumbers";
import { sameDecimal, shiftDecimal } from "../../lib/format/exactDecimal";
import { formatDateEn, formatFigureEn, formatFigureEnWithPublished, formatQuantityEn, ordinal, unitNameEn } from "../../lib/format/formatEn";
import type { Comparator } from "../../lib/progress/progress";
import { STATUS_ORDER, STATUS_TEXT, STATUS_TEXT_EN } from "../../lib/progress/statusText";
import { UNITS } from "../../lib/format/units";

describe("ordinal", () => {
  it.each<[number, string]>([
    [1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [5, "5th"],
    [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [22, "22nd"], [23, "23rd"],
    [101, "101st"], [111, "111th"], [112, "112th"],
  ])("%d → %s", (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

describe("formatQuantityEn", () => {
  it.each<[number, string, string]>([
    // money: 亿 and 万 become billions, millions or plain numbers, the point moved exactly
    [132.8, "亿元", "13.28 billion yuan"],
    [1.5, "亿元", "150 million yuan"],
    [270, "万元", "2.7 million yuan"],
    [250000, "万元", "2.5 billion yuan"],
    [8.5, "万元", "85,000 yuan"],
    [84.85, "%", "84.85%"],
    // units that name what they count; thousands separated by commas
    [7709, "人", "7,709 people"],
    [1, "人", "1 person"],
    [475, "名", "475 people"],
    [300, "天", "300 days"],
    [24, "场次", "24 events"],
    [22, "场", "22 events"],
    [95, "期", "95 sessions"],
    [85000, "人次", "85,000 attendances"],
    // bare counters: the indicator's name says what is counted
    [66, "个", "66"],
    [217, "家", "217"],
    [22845, "户", "22,845"],
    [1862, "套", "1,862"],
    [200000, "户", "200,000"],
    [1234500, "人次", "1.2345 million attendances"],
    [123456, "户", "123,456"],
    // rank
    [5, "位", "5th"],
    [Number.NaN, "人", "—"],
  ])("%d %s → %s", (value, unit, expected) => {
    expect(formatQuantityEn(value, unit)).toBe(expected);
  });
});

describe("formatFigureEn", () => {
  it.each<[Comparator | null, number | null, number | null, string, string]>([
    ["≥", 80, null, "%", "at least 80%"],
    [">", 100, null, "亿元", "more than 10 billion yuan"],
    ["≈", 850, null, "亿元", "about 85 billion yuan"],
    [">", 1000, null, "亿元", "more than 100 billion yuan"],
    ["≈", 35, null, "%", "about 35%"],
    ["=", 2, null, "家", "2"],
    ["=", 450, null, "亿元", "45 billion yuan"],
    [null, 912.51, null, "亿元", "91.251 billion yuan"],
    ["≤", 5, null, "%", "at most 5%"],
    ["≤", 5, null, "位", "top 5"],
    ["<", 3, null, "%", "less than 3%"],
    ["<", 5, null, "位", "better than 5th"],
    ["≥", 5, null, "位", "5th or lower"],
    ["=", 5, null, "位", "5th"],
    ["≥", 1, null, "人", "at least 1 person"],
    ["range", 1, 2, "家", "1–2"],
    ["range", 1, 2, "人", "1–2 people"],
    ["range", 5, 7, "位", "5th–7th"],
    ["range", 10, 20, "%", "10–20%"],
    ["range", 100000, 200000, "户", "100,000–200,000"],
    ["range", 85000, 200000, "人", "85,000–200,000 people"],
    ["range", 3, null, "家", "at least 3"],
    [">", 200000, null, "户", "more than 200,000"],
    [">", 1300, null, "万元", "more than 13 million yuan"],
    ["≥", null, null, "家", ""],
    [null, null, null, "", ""],
  ])("%s %s–%s %s → %s", (comparator, value, valueMax, unit, expected) => {
    expect(formatFigureEn({ comparator, value, valueMax, unit })).toBe(expected);
  });

  // Every number the English writes, read back with its scale word, is the published number exactly.
  const PLACES: Record<string, number> = { 亿元: 8, 万元: 4 };
  const SCALE_WORD: Record<string, number> = { billion: 9, million: 6 };
  function numbersOf(en: string): string[] {
    return [...en.matchAll(/(\d[\d,]*(?:\.\d+)?)(?: (billion|million))?/g)].map((m) => shiftDecimal(m[1], SCALE_WORD[m[2]] ?? 0));
  }

  it("moves only the decimal point, for every unit and comparator", () => {
    const wrong: string[] = [];
    for (const unit of UNITS)
      for (const comparator of COMPARATORS)
        for (const value of [1, 5, 66, 132.8, 912.51, 85000, 200000, 1234500]) {
          if (unit === "位") continue; // ranks are ordinals (5th), tested above
          const f = { comparator, value, valueMax: comparator === "range" ? value * 2 : null, unit };
          const published = [value, ...(f.valueMax === null ? [] : [f.valueMax])].map((v) => shiftDecimal(String(v), PLACES[unit] ?? 0));
          const written = numbersOf(formatFigureEn(f));
          if (written.length !== published.length || written.some((w, i) => !sameDecimal(w, published[i]))) wrong.push(`${value} ${unit} ${comparator} → ${formatFigureEn(f)}`);
        }
    expect(wrong).toEqual([]);
  });

  it("adds the published Chinese where it writes the digits otherwise", () => {
    expect(formatFigureEnWithPublished({ comparator: "=", value: 132.8, valueMax: null, unit: "亿元" })).toBe("13.28 billion yuan (132.8亿元)");
    expect(formatFigureEnWithPublished({ comparator: ">", value: 200000, valueMax: null, unit: "户" })).toBe("more than 200,000 (20万户)");
    expect(formatFigureEnWithPublished({ comparator: "≥", value: 80, valueMax: null, unit: "%" })).toBe("at least 80%");
    expect(formatFigureEnWithPublished({ comparator: "=", value: 66, valueMax: null, unit: "个" })).toBe("66");
    // A range is published whole: 1-2家 is "1–2", with nothing beside it; 10-20万户 keeps both ends.
    expect(formatFigureEnWithPublished({ comparator: "range", value: 1, valueMax: 2, unit: "家" })).toBe("1–2");
    expect(formatFigureEnWithPublished({ comparator: "range", value: 100000, valueMax: 200000, unit: "户" })).toBe("100,000–200,000 (10–20万户)");
  });
});

describe("formatDateEn", () => {
  it.each<[Date, string]>([
    [new Date(Date.UTC(2026, 10, 25)), "25 November 2026"],
    [new Date(Date.UTC(2025, 0, 1)), "1 January 2025"],
    // read in UTC, like formatDateZh
    [new Date(Date.UTC(2024, 11, 31, 23, 30)), "31 December 2024"],
    [new Date(Number.NaN), "—"],
  ])("%s → %s", (d, expected) => {
    expect(formatDateEn(d)).toBe(expected);
  });
});

describe("STATUS_TEXT_EN", () => {
  it.each(STATUS_ORDER)("%s: a label, and the same numbers in its explanation as the Chinese", (status) => {
    const [zh, en] = [STATUS_TEXT[status], STATUS_TEXT_EN[status]];
    expect(en.label).not.toBe("");
    expect(numberProblems(zh.explanation, en.explanation)).toEqual([]);
  });

  // Both tables take their symbols from one map, so comparing them proves nothing; what a reader
  // needs is that no two statuses share a mark, in either language.
  it.each([["zh", STATUS_TEXT], ["en", STATUS_TEXT_EN]] as const)("%s: every status has its own symbol", (_lang, table) => {
    const symbols = STATUS_ORDER.map((s) => table[s].symbol);
    expect(symbols.filter((s) => s.trim() === "")).toEqual([]);
    expect(new Set(symbols).size).toBe(STATUS_ORDER.length);
  });
});

describe("unitNameEn: the unit line glosses every unit of the source", () => {
  it.each([
    ["亿元", "亿元 (100 million yuan)"],
    ["家", "家 (a count of firms or organisations)"],
    ["人次", "人次 (attendances)"],
    ["%", "%"],
  ])("%s → %s", (unit, name) => expect(unitNameEn(unit)).toBe(name));

  it("glosses every unit the data may use", () => {
    expect(UNITS.filter((u) => u !== "%" && unitNameEn(u) === u)).toEqual([]);
  });
});

