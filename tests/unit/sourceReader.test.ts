import { describe, expect, it } from "vitest";
import { damageId, excerptId, readerParagraphs, type DamageSpan, type ExcerptSpan } from "../../lib/source/sourceReader";

const span = (text: string, excerpt: string, nth = 0): ExcerptSpan => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(excerpt, start + 1);
  if (start < 0) throw new Error(`no ${excerpt}`);
  return { id: excerptId(start, excerpt), start, end: start + excerpt.length };
};
const plain = (paragraphs: ReturnType<typeof readerParagraphs>) =>
  paragraphs.map((runs) => runs.map((r) => (r.covering.length ? `[${r.text}]${r.covering.length}` : r.text)).join(""));

describe("excerptId", () => {
  it("names the excerpt by where it starts and ends in the source", () => {
    expect(excerptId(509, "成功签约新能源重卡换电站等项目66个")).toBe("excerpt-509-527");
  });
});

describe("readerParagraphs", () => {
  it("keeps non-empty lines as paragraphs and text outside excerpts as plain runs", () => {
    const text = "标题\n\n第一段没有数字。\n";
    expect(plain(readerParagraphs(text, []))).toEqual(["标题", "第一段没有数字。"]);
  });

  it("marks one excerpt with its anchor at its start and its end at its end", () => {
    const text = "前文。签约项目66个。后文";
    const s = span(text, "签约项目66个");
    const [runs] = readerParagraphs(text, [s]);
    expect(runs.map((r) => r.text)).toEqual(["前文。", "签约项目66个", "。后文"]);
    expect(runs[1]).toEqual({ text: "签约项目66个", covering: [s.id], starting: [s.id], ending: [s.id], damaged: [], damageStarting: [] });
  });

  it("splits crossing excerpts into runs, each covered by the right ones", () => {
    const text = "成功签约项目66个，总投资132.8亿元。";
    const a = span(text, "签约项目66个");
    const b = span(text, "项目66个，总投资132.8亿元");
    const [runs] = readerParagraphs(text, [a, b]);
    expect(plain([runs])).toEqual(["成功[签约]1[项目66个]2[，总投资132.8亿元]1。"]);
    expect(runs.find((r) => r.text === "项目66个")).toMatchObject({ starting: [b.id], ending: [a.id] });
  });

  it("two excerpts starting at the same character both anchor on the first run", () => {
    const text = "已开工56个，总投资41.5亿元";
    const a = span(text, "已开工56个");
    const b = span(text, "已开工56个，总投资41.5亿元");
    const [runs] = readerParagraphs(text, [a, b]);
    expect(runs[0]).toMatchObject({ text: "已开工56个", starting: [a.id, b.id], ending: [a.id] });
    expect(runs[1]).toMatchObject({ text: "，总投资41.5亿元", starting: [], ending: [b.id] });
  });

  it("an excerpt in a later paragraph is found by its offset in the whole text", () => {
    const text = "第一段66个。\n第二段66个。";
    const second = span(text, "66个", 1);
    const paragraphs = readerParagraphs(text, [second]);
    expect(plain(paragraphs)).toEqual(["第一段66个。", "第二段[66个]1。"]);
  });

  it("the runs of a paragraph always add up to the paragraph", () => {
    const text = "甲乙丙丁戊己庚辛";
    const spans = [span(text, "乙丙丁"), span(text, "丙丁戊己"), span(text, "丁")];
    const [runs] = readerParagraphs(text, spans);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });
});

describe("readerParagraphs: damaged passages", () => {
  const damage = (text: string, passage: string, nth = 0): DamageSpan => {
    const { start, end } = span(text, passage, nth);
    return { id: damageId(start, end), start, end };
  };

  it("marks a garbled word inside a paragraph, its note anchored at its start", () => {
    const text = "以数字经济促进服务业志、服务模式创新";
    const d = damage(text, "服务业志");
    const [runs] = readerParagraphs(text, [], [d]);
    expect(runs.map((r) => [r.text, r.damaged.length, r.damageStarting.length])).toEqual([
      ["以数字经济促进", 0, 0], ["服务业志", 1, 1], ["、服务模式创新", 0, 0],
    ]);
  });

  it("marks only the chosen copy of a repeated passage, across paragraphs, with one note", () => {
    const text = "甲段。\n\n乙段。\n甲段。\n\n乙段。";
    const d = damage(text, "甲段。\n\n乙段。", 1);
    const paragraphs = readerParagraphs(text, [], [d]);
    expect(paragraphs.map((runs) => runs.map((r) => r.damaged.length))).toEqual([[0], [0], [1], [1]]);
    expect(paragraphs.flat().filter((r) => r.damageStarting.length).map((r) => r.text)).toEqual(["甲段。"]);
    expect(paragraphs[2][0].damageStarting).toEqual([d.id]);
  });

  it("an excerpt and a damaged passage that overlap split into runs covered by each", () => {
    const text = "加快发展新质生产力 整合优势资源";
    const d = damage(text, "加快发展新质生产力");
    const e = span(text, "生产力 整合");
    const [runs] = readerParagraphs(text, [e], [d]);
    expect(runs.map((r) => [r.text, r.covering.length, r.damaged.length])).toEqual([
      ["加快发展新质", 0, 1], ["生产力", 1, 1], [" 整合", 1, 0], ["优势资源", 0, 0],
    ]);
  });
});
