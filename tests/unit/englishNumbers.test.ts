// The rule for numbers in our English (data/README.md): exact decimal shifts of the published number,
// written as English readers read them, never rounded. numberProblems and styleProblems are what
// data:check runs on every English text in data/.
import { describe, expect, it } from "vitest";
import { findEnglishNumbers, numberProblems, numbersInEnglish, styleProblems } from "../../lib/format/englishNumbers";

describe("numbersInEnglish", () => {
  it.each<[string, string[]]>([
    ["项目66个，总投资132.8亿元", ["66", "13.28 billion"]],
    ["消费券270万元", ["2.7 million"]],
    ["市场主体突破20万户", ["200,000"]],
    ["投资1300余万元", ["13 million"]],
    ["受众8.5万余人次", ["85,000"]],
    ["地区生产总值突破千亿元大关", ["100 billion"]],
    ["农业示范区产业项目完成投资6.69亿元", ["669 million"]],
    ["总投资912.51亿元", ["91.251 billion"]],
    ["市场主体22845户", ["22,845"]],
    ["新增培育1-2家", ["1", "2"]],
    ["开工率84.85%", ["84.85"]],
    ["到2025年底", ["2025"]],
    ["转型取得突破", []],
  ])("%s → %j", (zh, expected) => {
    expect(numbersInEnglish(zh)).toEqual(expected);
  });
});

describe("findEnglishNumbers reads exact values", () => {
  it.each<[string, string[]]>([
    ["13.28 billion yuan", ["13280000000"]],
    ["200,000 households", ["200000"]],
    ["more than 85,000 attendances", ["85000"]],
    ["13.28 billion yuan (132.8亿元)", ["13280000000", "13280000000"]],
    ["132.8 hundred million yuan", ["13280000000"]],
    ["1–2 firms, 84.85%", ["1", "2", "84.85"]],
    ["in 2025", ["2025"]],
    ["no number", []],
  ])("%s", (en, values) => {
    expect(findEnglishNumbers(en).map((n) => n.value)).toEqual(values);
  });
});

describe("numberProblems", () => {
  it.each<[string, string]>([
    ["项目66个，总投资132.8亿元", "66 projects, with a total investment of 13.28 billion yuan"],
    ["消费券270万元", "2.7 million yuan of consumption vouchers"],
    ["受众8.5万余人次", "an audience of more than 85,000 attendances"],
    ["市场主体突破20万户", "market entities pass 200,000"],
    ["地区生产总值突破千亿元大关", "GDP breaks through the mark of 100 billion yuan"],
    ["新增培育1-2家", "cultivate 1–2 new firms"],
    ["提档升级2处社区幸福养老工程和2处社区幸福餐厅", "upgrade 2 projects and 2 canteens"],
    // Any exact form: commas or none, the published form quoted beside it, the old word-for-word scale.
    ["市场主体22845户", "22845 market entities"],
    ["总投资132.8亿元", "13.28 billion yuan (132.8亿元)"],
    ["总投资132.8亿元", "132.8 hundred million yuan"],
    ["总投资132.8亿元", "13,280,000,000 yuan"],
    ["转型取得突破", "a breakthrough in transformation"],
    ["", ""],
  ])("accepts %s → %s", (zh, en) => {
    expect(numberProblems(zh, en)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    // Rounded: 13.3 billion is not 132.8亿.
    ["总投资132.8亿元", "a total investment of 13.3 billion yuan", ["must write 13.28 billion", "has 13.3 billion, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
    // The point moved the wrong way, or the multiplier dropped.
    ["总投资132.8亿元", "1.328 billion yuan", ["must write 13.28 billion", "has 1.328 billion, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
    ["消费券270万元", "270 yuan of vouchers", ["must write 2.7 million", "has 270, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
    // A number inside a longer one does not count: 12 is not in 128 or 12.5.
    ["12个事项", "128 matters", ["must write 12", "has 128, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
    ["12个事项", "12.5 matters", ["must write 12", "has 12.5, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
    // Written twice in Chinese, so twice in English.
    ["提档升级2处工程和2处餐厅", "upgrade 2 projects and canteens", ["must write 2 2 times"]],
    ["地区生产总值突破千亿元大关", "GDP passes 1000 billion yuan", ["must write 100 billion", "has 1000 billion, which is no number of the Chinese (exactly: no rounding, no conversion)"]],
  ])("refuses %s → %s", (zh, en, problems) => {
    expect(numberProblems(zh, en)).toEqual(problems);
  });
});

describe("styleProblems: the form English readers read", () => {
  it.each<[string, string]>([
    ["总投资132.8亿元", "13.28 billion yuan"],
    ["市场主体22845户", "22,845 market entities"],
    ["到2025年底", "by the end of 2025"],
    ["开工率84.85%", "a start rate of 84.85%"],
  ])("accepts %s → %s", (zh, en) => {
    expect(styleProblems(zh, en)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["总投资132.8亿元", "132.8 hundred million yuan", "write 13.28 billion"],
    ["受众8.5万余人次", "more than 8.5 ten thousand", "write 85,000"],
    ["市场主体22845户", "22845 market entities", "write 22,845, with thousands commas"],
  ])("refuses %s → %s", (zh, en, advice) => {
    expect(styleProblems(zh, en).join()).toContain(advice);
  });
});
