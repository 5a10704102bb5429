// The drafter's reading of the words around a number (lib/data/draftReading.ts) and its proposals on
// small texts (lib/data/draft.ts). Its measure on whole made-up documents is tests/data/editorWorkflow.test.ts.
import { describe, expect, it } from "vitest";
import { draftFigures } from "../../lib/data/draft";
import { comparatorOf, kindOf, mostWrittenYear, segments, unitAfter, windowsBefore, yearOf } from "../../lib/data/draftReading";
import type { IndicatorRow } from "../../lib/data/schema";

describe("kindOf: a target when the paragraph speaks of aims", () => {
  it.each<[string, "actual" | "target"]>([
    ["全年城镇新增就业", "actual"],
    ["力争年内新增科技型中小企业", "target"],
    ["力争年内新增科技型中小企业30家以上；新建标准化村卫生室", "target"],
    ["主要预期目标是：城镇新增就业", "target"],
    ["到2030年，地区生产总值达到", "target"],
    ["将个体工商户登记、变更等", "actual"],
  ])("%s → %s", (before, kind) => expect(kindOf(before)).toBe(kind));
});

describe("comparatorOf", () => {
  it.each<[string, string, boolean, string]>([
    ["达到", "以上，", false, "≥"],
    ["", "左右", false, "≈"],
    ["突破", "亿元", false, ">"],
    ["超过", "", false, ">"],
    ["宣讲", "场次", true, ">"],
    ["进入全市前", "位", false, "≤"],
    ["控制在", "以内", false, "≤"],
    ["完成", "。", false, "="],
  ])("%s|number|%s (余: %s) → %s", (before, after, more, comparator) => expect(comparatorOf(before, after, more)).toBe(comparator));
});

describe("unitAfter", () => {
  it.each<[string, number, string | null, boolean]>([
    ["7856人，", 4, "人", false],
    ["2300余场次", 4, "场次", true],
    ["9.2万余人次", 4, "人次", true],
    ["145.2亿元", 6, "元", false],
    ["81.3%", 4, "%", false],
    ["提高0.4个百分点", 5, "个百分点", false],
    ["5G", 1, null, false],
  ])("%s (number ends at %i) → %s", (text, end, unit, more) => {
    expect(unitAfter(text, end)).toMatchObject({ unit, more });
  });
});

describe("years", () => {
  const text = "一、2024年工作回顾\n全年新增企业3家。\n二、2025年主要目标\n力争年内新增企业5家，到2027年达到10家。";
  it.each<[string, "actual" | "target", number]>([
    ["3家", "actual", 2024],
    ["5家", "target", 2025],
    ["10家", "target", 2027],
  ])("%s (%s) → %i", (needle, kind, year) => expect(yearOf(text, text.indexOf(needle), kind, 1999)).toBe(year));
  it("falls back to the year written most often", () => {
    expect(mostWrittenYear("2024年……2024年……2025年")).toBe(2024);
    expect(yearOf("全年新增企业3家", 6, "actual", 2024)).toBe(2024);
  });
});

describe("windowsBefore", () => {
  it("goes back clause by clause, never into an earlier sentence", () => {
    const text = "前一句。成功签约项目71个，总投资145.2亿元，已开工60个。";
    const windows = windowsBefore(segments(text), text.indexOf("60")).map((w) => text.slice(w.start, w.end));
    expect(windows).toEqual(["已开工60个", "总投资145.2亿元，已开工60个", "成功签约项目71个，总投资145.2亿元，已开工60个"]);
  });
});

const indicator = (slug: string, name_zh: string, unit: IndicatorRow["unit"]): IndicatorRow => ({
  slug, sector: "s", group_zh: "g", order: 1, name_zh, name_en: slug, unit, direction: "increase",
  definition_zh: "d", definition_en: "d", headline: false,
});
const INDICATORS = [
  indicator("new-jobs", "城镇新增就业", "人"),
  indicator("services-share", "服务业增加值占地区生产总值比重", "%"),
  indicator("modern-services-share", "现代服务业增加值占地区生产总值比重", "%"),
  indicator("gdp", "地区生产总值", "亿元"),
  indicator("town-firms", "新增培育专业镇企业", "家"),
  indicator("market-entities", "市场主体", "户"),
];
const draft = (text: string) => draftFigures({ text, sourceId: "test", indicators: INDICATORS, figures: [] });

describe("draftFigures on small texts", () => {
  it("places a result with its indicator, year, kind, comparator, value in the unit and a verbatim clause", () => {
    const { rows, summary } = draft("2024年，全区实现地区生产总值412.6亿元，同比增长5.1%。城镇新增就业7856人。");
    expect(rows.map((r) => [r.indicator, r.kind, r.year, r.comparator, r.value, r.excerpt])).toEqual([
      ["gdp", "actual", "2024", "=", "412.6", "全区实现地区生产总值412.6亿元"],
      ["", "", "", "", "5.1", "同比增长5.1%"],
      ["new-jobs", "actual", "2024", "=", "7856", "城镇新增就业7856人"],
    ]);
    expect(summary).toEqual({ found: 3, placed: 2, left: 1 });
    expect(rows[1].review).toMatch(/^not placed: /);
  });

  it("tells services from modern services by the name, and reads 万 into the indicator's unit exactly", () => {
    const { rows } = draft("2024年服务业增加值占地区生产总值的比重达到81.3%，现代服务业增加值占地区生产总值的比重为63.5%。市场主体达到2.46万户。");
    expect(rows.map((r) => [r.indicator, r.value])).toEqual([["services-share", "81.3"], ["modern-services-share", "63.5"], ["market-entities", "24600"]]);
  });

  it("reads a range as one figure, and a target with its deadline", () => {
    const { rows } = draft("力争到2025年底，新增培育1-2家专业镇企业。");
    expect(rows.map((r) => [r.indicator, r.kind, r.year, r.comparator, r.value, r.value_max])).toEqual([["town-firms", "target", "2025", "range", "1", "2"]]);
  });

  it("gives one indicator one number per year: the closest clause keeps it", () => {
    const { rows } = draft("2024年，城镇新增就业7856人，比上年多120人。");
    expect(rows.filter((r) => r.indicator === "new-jobs").map((r) => r.value)).toEqual(["7856"]);
    expect(rows.find((r) => r.value === "120")?.review).toMatch(/closer number/);
  });
});
