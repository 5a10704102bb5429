// findNumbers decides which numbers a source contains and what they are worth; the data checks
// (every figure taken from its excerpt, no number left out) are only as good as this reading.
import { describe, expect, it } from "vitest";
import { findNumbers, occurrences, sameNumber } from "../../lib/format/sourceNumbers";

/** The tokens of `text` as [written, absolute, isYear]. */
const read = (text: string) => findNumbers(text).map((t) => [t.written, t.absolute, t.isYear]);

describe("findNumbers: values", () => {
  it.each<[string, [string, number, boolean][]]>([
    ["开工率84.85%", [["84.85", 84.85, false]]],
    ["总投资132.8亿元", [["132.8", 13280000000, false]]],
    ["消费券270万元", [["270", 2700000, false]]],
    ["市场主体突破20万户", [["20", 200000, false]]],
    // 余 between the number and its multiplier still applies the multiplier.
    ["投资1300余万元", [["1300", 13000000, false]]],
    // 余 after the multiplier: 8.5万 is read, 余 is left.
    ["受众8.5万余人次", [["8.5", 85000, false]]],
    ["主题宣讲2100余场次", [["2100", 2100, false]]],
    // 千 alone before 亿 is a thousand 亿; 千 before anything else is a word (千万工程).
    ["地区生产总值突破千亿元大关", [["千", 100000000000, false]]],
    ["积极践行“千万工程”", []],
    ["一千二百", []],
    // A range is two numbers.
    ["新增培育1-2家", [["1", 1, false], ["2", 2, false]]],
    // A heading's "1." is the number 1, not 1 followed by a decimal part.
    ["1. 大力发展新兴产业", [["1", 1, false]]],
    ["覆盖率分别达94.6%和91.9%", [["94.6", 94.6, false], ["91.9", 91.9, false]]],
    ["5G", [["5", 5, false]]],
    ["无数字", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findNumbers: years", () => {
  it.each<[string, boolean]>([
    ["2023年", true],
    ["2023消费提振年", true],
    ["2023 全面突破", true],
    ["2000", true],
    ["2099", true],
    ["22845", false],
    ["2023万", false],
    ["2023亿", false],
    ["1999年", false],
    ["2100年", false],
    ["20230", false],
    ["2023.5", false],
  ])("%s → isYear %s", (text, isYear) => {
    const [token] = findNumbers(text);
    expect(token.isYear).toBe(isYear);
  });

  it("a year-like number with 万 keeps its multiplier", () => {
    expect(findNumbers("2023万")[0].absolute).toBe(20230000);
  });
});

describe("findNumbers: offsets", () => {
  it.each<[string, string[]]>([
    ["市场主体22845户", ["22845"]],
    ["总投资132.8亿元", ["132.8亿"]],
    ["投资1300余万元推动4所", ["1300余万", "4"]],
    ["受众8.5万余人次", ["8.5万"]],
    ["突破千亿元", ["千亿"]],
    ["新增培育1-2家", ["1", "2"]],
    ["到2035年，突破20万户", ["2035", "20万"]],
  ])("%s: start..end covers %j", (text, spans) => {
    const tokens = findNumbers(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(spans);
  });

  it("reports the exact start and end of each token", () => {
    expect(findNumbers("已开工56个，总投资41.5亿元").map(({ start, end }) => [start, end])).toEqual([[3, 5], [10, 15]]);
  });

  it("finds the same number again at each place it is written", () => {
    const text = "精品示范村6个、环境整治村6个";
    expect(findNumbers(text).map((t) => t.start)).toEqual([5, 13]);
  });
});

describe("occurrences", () => {
  it.each<[string, string, number[]]>([
    ["aaaa", "aa", [0, 1, 2]],
    ["项目66个，项目66个", "项目66个", [0, 6]],
    ["村6个、村6个、村6个", "村6个", [0, 4, 8]],
    ["abc", "x", []],
    ["abc", "", []],
    ["", "a", []],
    ["重卡", "重卡换电站", []],
  ])("%j in %j → %j", (text, needle, expected) => {
    expect(occurrences(text, needle)).toEqual(expected);
  });
});

describe("sameNumber", () => {
  it.each<[number, number, boolean]>([
    // A CSV value times the unit's scale against the number read from the text.
    [132.8 * 1e8, 13280000000, true],
    [41.5 * 1e8, 4150000000, true],
    [0.1 + 0.2, 0.3, true],
    [1000 * 1e8, 100000000000, true],
    [84.85, 84.85, true],
    [66, 67, false],
    [84.85, 84.86, false],
    [22845, 22846, false],
    [0, 1e-6, false],
    [132.8 * 1e8, 132.9 * 1e8, false],
  ])("%d vs %d → %s", (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same);
    expect(sameNumber(b, a)).toBe(same);
  });
});
