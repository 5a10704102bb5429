// The rule for numbers in our English (data/README.md): the published digits stay exactly as they are,
// and 亿/万 become "hundred million"/"ten thousand" after them. numberProblems is what data:check runs.
import { describe, expect, it } from "vitest";
import { numberProblems, numbersInEnglish } from "../../lib/format/englishNumbers";

describe("numbersInEnglish", () => {
  it.each<[string, string[]]>([
    ["项目66个，总投资132.8亿元", ["66", "132.8 hundred million"]],
    ["消费券270万元", ["270 ten thousand"]],
    ["市场主体突破20万户", ["20 ten thousand"]],
    ["投资1300余万元", ["1300 ten thousand"]],
    ["受众8.5万余人次", ["8.5 ten thousand"]],
    ["地区生产总值突破千亿元大关", ["thousand hundred million"]],
    ["新增培育1-2家", ["1", "2"]],
    ["开工率84.85%", ["84.85"]],
    ["到2025年底", ["2025"]],
    ["转型取得突破", []],
  ])("%s → %j", (zh, expected) => {
    expect(numbersInEnglish(zh)).toEqual(expected);
  });
});

describe("numberProblems", () => {
  it.each<[string, string]>([
    ["项目66个，总投资132.8亿元", "66 projects, with a total investment of 132.8 hundred million yuan"],
    ["消费券270万元", "270 ten thousand yuan of consumption vouchers"],
    ["受众8.5万余人次", "an audience of more than 8.5 ten thousand attendances"],
    ["地区生产总值突破千亿元大关", "GDP breaks through the mark of a thousand hundred million yuan"],
    ["新增培育1-2家", "cultivate 1–2 new firms"],
    ["提档升级2处社区幸福养老工程和2处社区幸福餐厅", "upgrade 2 projects and 2 canteens"],
    ["转型取得突破", "a breakthrough in transformation"],
    ["", ""],
  ])("accepts %s → %s", (zh, en) => {
    expect(numberProblems(zh, en)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    // Converted: the published digits are gone, and new ones appear.
    ["总投资132.8亿元", "a total investment of 13.28 billion yuan", ["must write “132.8 hundred million”", "has 13.28, which the Chinese does not write"]],
    // Digits kept but the multiplier dropped or left in Chinese.
    ["消费券270万元", "270 yuan of vouchers", ["must write “270 ten thousand”"]],
    ["消费券270万元", "270万 yuan of vouchers", ["must write “270 ten thousand”"]],
    // Thousands separators change the digit string.
    ["市场主体22845户", "22,845 market entities", ["must write “22845”", "has 22, which the Chinese does not write", "has 845, which the Chinese does not write"]],
    // A number inside a longer one does not count: 12 is not in 128 or 12.5.
    ["12个事项", "128 matters", ["must write “12”", "has 128, which the Chinese does not write"]],
    ["12个事项", "12.5 matters", ["must write “12”", "has 12.5, which the Chinese does not write"]],
    // Written twice in Chinese, so twice in English.
    ["提档升级2处工程和2处餐厅", "upgrade 2 projects and canteens", ["must write “2” 2 times"]],
    ["地区生产总值突破千亿元大关", "GDP passes 1000 hundred million yuan", ["must write “thousand hundred million”", "has 1000, which the Chinese does not write"]],
  ])("refuses %s → %s", (zh, en, problems) => {
    expect(numberProblems(zh, en)).toEqual(problems);
  });
});
