import { describe, expect, it } from "vitest";
import { inEnglishScale, isDecimal, sameDecimal, shiftDecimal, withThousands } from "@/lib/format/exactDecimal";

describe("shiftDecimal moves the point and never rounds", () => {
  it.each([
    ["132.8", -1, "13.28"],
    ["132.8", 8, "13280000000"],
    ["8.5", 4, "85000"],
    ["0.1", -3, "0.0001"],
    ["3", -1, "0.3"],
    ["1300", 4, "13000000"],
    ["13280000000", -9, "13.28"],
    ["0", 8, "0"],
    ["200,000", -4, "20"],
    // Floating point gives 13.280000000000001 for 132.8 / 10.
    ["132.8", -1, String(13.28)],
  ])("%s × 10^%i = %s", (written, places, shifted) => {
    expect(shiftDecimal(written, places)).toBe(shifted);
  });

  it("refuses what is not a decimal number", () => {
    expect(() => shiftDecimal("1.2.3", 1)).toThrow(/not a decimal/);
    expect(() => shiftDecimal("20万", 1)).toThrow(/not a decimal/);
    expect(() => shiftDecimal("1,00", 1)).toThrow(/not a decimal/);
  });
});

describe("sameDecimal compares exactly", () => {
  it.each([
    ["200,000", "200000", true],
    ["13.280", "13.28", true],
    ["007", "7", true],
    ["13.28", "13.2800001", false],
    ["13.28", "13.29", false],
    ["1,328", "132.8", false],
  ])("%s vs %s → %s", (a, b, same) => {
    expect(sameDecimal(a, b)).toBe(same);
  });
});

describe("withThousands and isDecimal", () => {
  it.each([
    ["200000", "200,000"],
    ["1234.5", "1,234.5"],
    ["999", "999"],
    ["1000", "1,000"],
  ])("%s → %s", (written, grouped) => expect(withThousands(written)).toBe(grouped));

  it("knows a decimal when it sees one", () => {
    expect(isDecimal("13,280,000")).toBe(true);
    expect(isDecimal("13.28")).toBe(true);
    expect(isDecimal("13,28")).toBe(false);
    expect(isDecimal("千")).toBe(false);
  });
});

describe("inEnglishScale writes 亿 and 万 the way English readers read them", () => {
  it.each([
    ["132.8", 8, "13.28 billion"], // 132.8亿
    ["850", 8, "85 billion"], // 850亿
    ["1000", 8, "100 billion"], // 千亿
    ["1.5", 8, "150 million"], // 1.5亿
    ["20", 4, "200,000"], // 20万
    ["8.5", 4, "85,000"], // 8.5万
    ["1300", 4, "13 million"], // 1300万
    ["0.35", 4, "3,500"],
    ["12345", 8, "1,234.5 billion"],
    ["35", 0, "35"],
  ])("%s × 10^%i → %s", (written, places, english) => {
    expect(inEnglishScale(written, places)).toBe(english);
  });
});
