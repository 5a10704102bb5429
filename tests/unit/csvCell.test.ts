import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvCell, fromCsvCell } from "@/lib/format/csvCell";

// OWASP's rule for CSV a spreadsheet opens: a text cell that starts with = + - @, TAB or CR is a
// formula to Excel, WPS and LibreOffice (=HYPERLINK(…) sends the reader's click anywhere).
describe("csvCell: text a spreadsheet shows as text", () => {
  it.each([
    ["=HYPERLINK(\"https://evil.example\",\"来源\")", "'=HYPERLINK(\"https://evil.example\",\"来源\")"],
    ["+86 352 123", "'+86 352 123"],
    ["-5%", "'-5%"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["=", "'="],
  ])("neutralises %j", (text, cell) => expect(csvCell(text)).toBe(cell));

  it.each([["市场主体22845户"], ["a=b"], [" =1"], ["'quoted"], [""], ["≥"], ["https://e.org/?a=1"]])("leaves %j as it is", (text) => expect(csvCell(text)).toBe(text));

  it("is csv-stringify's cast for text: numbers stay numbers, and a reader gets the text back behind one apostrophe", () => {
    const csv = stringify([["=1+1", -5, "-5", null]], { cast: { string: csvCell } });
    expect(csv).toBe("'=1+1,-5,'-5,\n");
    expect(parse(csv)).toEqual([["'=1+1", "-5", "'-5", ""]]);
  });
});

describe("fromCsvCell", () => {
  it("gives back the text csvCell was given, for every text that does not itself start with an apostrophe", () => {
    for (const text of ["=", "≥", "=HYPERLINK(\"x\")", "+86", "-5%", "@a", "\tx", "\rx", "平城区", "", "'quoted"])
      if (!/^'[=+\-@\t\r]/.test(text)) expect(fromCsvCell(csvCell(text))).toBe(text);
  });
});
