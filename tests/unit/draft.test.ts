// The drafter's reading of the words around a number (lib/editor/draftReading.ts, draftSections.ts) and
// its proposals on small texts (lib/editor/draft.ts, newSubjects.ts). Its measure on whole made-up
// documents is tests/data/editorWorkflow.test.ts.
import { describe, expect, it } from "vitest";
import { draftFigures } from "../../lib/editor/draft";
import {
  comparatorOf, isChangeOnLastYear, kindOf, labelReason, mostWrittenYear, segments, subjectOf, unitAfter, windowsBefore, yearOf,
} from "../../lib/editor/draftReading";
import { contextOf, headings, sectionAt } from "../../lib/editor/draftSections";
import { slugFor } from "../../lib/editor/newSubjects";
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
    ["不少于", "人", false, "≥"],
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
  slug, sector: "s", group_zh: "g", group_en: "g", order: 1, name_zh, name_en: slug, unit, direction: "increase",
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
    const { rows, summary, indicators } = draft("2024年，全区实现地区生产总值412.6亿元，同比增长5.1%。城镇新增就业7856人。");
    expect(rows.map((r) => [r.indicator, r.kind, r.year, r.comparator, r.value, r.excerpt])).toEqual([
      ["gdp", "actual", "2024", "=", "412.6", "全区实现地区生产总值412.6亿元"],
      ["di-qu-sheng-chan-zong-zhi-zeng-su", "actual", "2024", "=", "5.1", "全区实现地区生产总值412.6亿元，同比增长5.1%"],
      ["new-jobs", "actual", "2024", "=", "7856", "城镇新增就业7856人"],
    ]);
    // The growth rate is a new subject, named after the clause before it.
    expect(indicators.map((i) => [i.slug, i.name_zh, i.unit, i.name_en])).toEqual([["di-qu-sheng-chan-zong-zhi-zeng-su", "地区生产总值增速", "%", ""]]);
    expect(summary).toEqual({ found: 3, placed: 2, newSubjects: 1, notFigures: 0 });
  });

  it("marks a heading's list number, a name and a change on last year as not figures, with the reason", () => {
    const { rows, summary } = draft("1. 城镇就业\n城镇新增就业7856人，比上年多120人。推广5G应用。");
    expect(rows.map((r) => [r.indicator, r.value, r.excerpt, r.reason_zh])).toEqual([
      ["", "1", "1. 城镇就业", "“1.”是标题的序号，不是数量。"],
      ["new-jobs", "7856", "城镇新增就业7856人", ""],
      ["", "120", "比上年多120人", "这是与上年相比的变化量，不是本站记录的水平值。"],
      ["", "5", "推广5G应用", "“5G”是名称的一部分，不是数量。"],
    ]);
    expect(summary).toEqual({ found: 4, placed: 1, newSubjects: 0, notFigures: 3 });
  });

  it("reads targets and their plan from a heading about the coming year, without 力争 in the sentence", () => {
    const { rows, plans } = draft("一、2024年工作回顾\n城镇新增就业7856人，完成年度计划的105%。\n二、2025年重点工作\n城镇新增就业8000人。到2027年底，地区生产总值突破480亿元。");
    expect(rows.filter((r) => r.indicator && !r.indicator.includes("-ji-hua")).map((r) => [r.indicator, r.kind, r.year, r.comparator, r.value, r.plan])).toEqual([
      ["new-jobs", "actual", "2024", "=", "7856", ""],
      ["new-jobs", "target", "2025", "=", "8000", "tasks-2025"],
      ["gdp", "target", "2027", ">", "480", "tasks-2025"],
    ]);
    expect(plans.map((p) => [p.id, p.kind, p.year, p.name_zh])).toEqual([["tasks-2025", "tasks", "2025", "2025年目标与重点工作"]]);
  });

  it("proposes one new indicator for a subject met twice, a result and a target", () => {
    const { rows, indicators } = draft("一、2024年工作回顾\n新建社区食堂9个。\n二、2025年重点工作\n新建社区食堂13个。");
    expect(indicators.map((i) => [i.slug, i.name_zh, i.unit, i.group_zh, i.direction])).toEqual([
      ["xin-jian-she-qu-shi-tang", "新建社区食堂", "个", "2024年工作回顾", "increase"],
    ]);
    expect(rows.map((r) => [r.indicator, r.kind, r.year, r.value])).toEqual([
      ["xin-jian-she-qu-shi-tang", "actual", "2024", "9"], ["xin-jian-she-qu-shi-tang", "target", "2025", "13"],
    ]);
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
    const { rows } = draft("2024年，城镇新增就业7856人，其中城镇新增就业困难人员就业320人。");
    expect(rows.filter((r) => r.indicator === "new-jobs").map((r) => r.value)).toEqual(["7856"]);
    expect(rows.find((r) => r.value === "320")?.indicator).not.toBe("new-jobs");
  });
});

describe("the words around a number", () => {
  it.each<[string, string, string | null]>([
    ["1. 做强轨道交通专业镇", "1", "“1.”是标题的序号，不是数量。"],
    ["2．壮大创新主体", "2", "“2．”是标题的序号，不是数量。"],
    ["创建4A级景区", "4", "“4A”是名称的一部分，不是数量。"],
    ["举办第3届消费季", "3", "“第3届”是序号，不是数量。"],
    ["制发“1+4”制度规范", "1", "“1”是名称或编号的一部分（如“1+4”），不是数量。"],
    ["新建社区食堂9个", "9", null],
  ])("labelReason(%s, %s) → %s", (text, number, reason) => {
    const start = text.indexOf(number);
    expect(labelReason(text, start, start + number.length)).toBe(reason);
  });

  it.each<[string, string]>([
    ["新建社区食堂", "新建社区食堂"],
    ["全年接待游客力争突破", "接待游客"],
    ["城镇调查失业率控制在", "城镇调查失业率"],
    ["全区市场主体总量达到", "市场主体"],
    ["累计完成", ""],
  ])("subjectOf(%s) → %s", (clause, name) => expect(subjectOf(clause)).toBe(name));

  it.each<[string, boolean]>([["比上年增加", true], ["比上年多", true], ["同比增长", false], ["新增", false]])("isChangeOnLastYear(%s) → %s", (clause, change) =>
    expect(isChangeOnLastYear(clause)).toBe(change));

  it("spells a new subject's slug in pinyin", () => {
    expect([slugFor("新建社区食堂"), slugFor("12345热线办结率"), slugFor("")]).toEqual(["xin-jian-she-qu-shi-tang", "12345-re-xian-ban-jie-lv", "new-indicator"]);
  });
});

describe("the document's headings", () => {
  it.each<[string, ReturnType<typeof contextOf>]>([
    ["2024年工作回顾", { about: "past", year: 2024 }],
    ["2025年国民经济和社会发展计划执行情况", { about: "past", year: 2025 }],
    ["2025年主要预期目标", { about: "coming", year: 2025 }],
    ["2026年计划安排的重点任务", { about: "coming", year: 2026 }],
    ["经济运行稳中有升", null],
    ["2024 聚焦重点砥砺前行", null],
  ])("contextOf(%s) → %o", (words, context) => expect(contextOf(words)).toEqual(context));

  it("nests numbered headings, and a number takes the context of the nearest heading that has one", () => {
    const text = "一、2024年工作回顾\n（一）经济运行\n地区生产总值412.6亿元。\n二、2025年重点工作\n1. 做强专业镇\n总产值突破63亿元。";
    const outline = headings(text);
    expect(outline.map((h) => [h.level, h.marker.trim(), h.words])).toEqual([
      [1, "一、", "2024年工作回顾"], [2, "（一）", "经济运行"], [1, "二、", "2025年重点工作"], [3, "1.", "做强专业镇"],
    ]);
    const at = (needle: string) => sectionAt(outline, text.indexOf(needle));
    expect([at("412.6").context, at("63").context]).toEqual([{ about: "past", year: 2024 }, { about: "coming", year: 2025 }]);
    expect(at("63").chain.map((h) => h.words)).toEqual(["2025年重点工作", "做强专业镇"]);
  });
});
