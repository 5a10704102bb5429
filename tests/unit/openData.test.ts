import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { figuresCsv } from "../../lib/openApi/openData";
import type { FigureRecord } from "../../lib/openApi/records";

const record = (over: Partial<FigureRecord> = {}): FigureRecord => ({
  indicator: "market-entities", indicator_zh: "市场主体", indicator_en: "Market entities", kind: "actual", year: 2023, comparator: "=", value: 22845, value_max: null,
  unit: "户", text_zh: "22845户", text_en: "22,845", plan: null, step: null, status: null, status_zh: null, status_en: null, excerpt: "市场主体22845户", excerpt_en: "22,845 market entities", note_zh: null, note_en: null,
  source: "pingcheng-2024", source_title_zh: "锚定“四步走”战略目标", excerpt_url: "https://e.org/sources/pingcheng-2024#excerpt-1-2",
  url: "https://e.org/indicators/market-entities#actual-2023", ...over,
});

describe("figuresCsv", () => {
  it("starts with a UTF-8 byte-order mark and a Chinese header row, and ends lines with CRLF", () => {
    const csv = figuresCsv([record()]);
    expect(csv.startsWith("\uFEFF指标,指标代码,类型,年份,数字,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
  });

  it("writes the kind in Chinese and an empty cell for a missing value", () => {
    const [, row] = figuresCsv([record({ kind: "target", value_max: null })]).split("\r\n");
    expect(row.startsWith("市场主体,market-entities,目标,2023,22845户,exact,22845,,户,")).toBe(true);
  });

  it("writes no cell a spreadsheet would run as a formula: text behind an apostrophe, the comparator = as a word", () => {
    const csv = figuresCsv([record({ source_title_zh: '=HYPERLINK("https://evil.example","来源")', note_zh: "@SUM(1)", excerpt: "-5%", comparator: "=", value: -5 })]);
    const [, row] = parse(csv, { bom: true }) as string[][];
    expect(row[14]).toBe(`'=HYPERLINK("https://evil.example","来源")`);
    expect(row[13]).toBe("'@SUM(1)");
    expect(row[12]).toBe("'-5%");
    expect(row[5]).toBe("exact");
    expect(row[6]).toBe("-5");
    for (const lang of ["zh", "en"] as const)
      for (const cells of parse(figuresCsv([record()], lang), { bom: true }) as string[][]) for (const cell of cells) expect(cell, lang).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("quotes a field with a comma, a quote or a line break, doubling the quotes", () => {
    const [, row] = figuresCsv([record({ excerpt: "项目66个，总投资", note_zh: 'a,"b"\nc' })]).split("\r\n");
    expect(row).toContain(',项目66个，总投资,"a,""b""\nc",');
  });

  // The bytes the hand-written writer produced before csv-stringify (checked against it on this
  // record and on 20,000 random tables), but for the comparator `=` now written `exact`:
  // spreadsheets that opened the old files open these the same.
  it("writes exactly the bytes Excel and WPS were given before: BOM, CRLF, and quotes around , \" LF CR", () => {
    const note = '口径"可能"不同,\n第二行\r第三行\r\n第四行';
    const csv = figuresCsv([
      record({ kind: "target", year: 2035, comparator: ">", value: 200000, text_zh: "超过20万户", plan: "四步走", step: 4, status: "not-yet-due", status_zh: "未到期", excerpt: "市场主体超过20万户，", note_zh: note }),
      record({ value: 22845.5, excerpt: "甲\n乙", note_zh: "丙\r丁" }),
    ]);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(
      "\uFEFF指标,指标代码,类型,年份,数字,比较方式,数值,数值上限,单位,规划,步骤,进展状态,原文摘录,编者注,来源,原文位置,本站链接\r\n" +
      "市场主体,market-entities,目标,2035,超过20万户,>,200000,,户,四步走,4,未到期,市场主体超过20万户，," +
      '"口径""可能""不同,\n第二行\r第三行\r\n第四行",锚定“四步走”战略目标,https://e.org/sources/pingcheng-2024#excerpt-1-2,https://e.org/indicators/market-entities#actual-2023\r\n' +
      "市场主体,market-entities,结果,2023,22845户,exact,22845.5,,户,,,,\"甲\n乙\",\"丙\r丁\",锚定“四步走”战略目标,https://e.org/sources/pingcheng-2024#excerpt-1-2,https://e.org/indicators/market-entities#actual-2023\r\n",
    );
    // And a CSV reader gets every cell back.
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[1][13]).toBe(note);
    expect(rows.map((r) => r.length)).toEqual([17, 17, 17]);
  });
});
