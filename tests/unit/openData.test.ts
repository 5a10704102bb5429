import { describe, expect, it } from "vitest";
import { figuresCsv, type FigureRecord } from "../../lib/sharing/openData";

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
    expect(row.startsWith("市场主体,market-entities,目标,2023,22845户,=,22845,,户,")).toBe(true);
  });

  it("quotes a field with a comma, a quote or a line break, doubling the quotes", () => {
    const [, row] = figuresCsv([record({ excerpt: "项目66个，总投资", note_zh: 'a,"b"\nc' })]).split("\r\n");
    expect(row).toContain(',项目66个，总投资,"a,""b""\nc",');
  });
});
