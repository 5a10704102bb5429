import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { chartSeries, deckPresentation, indicatorPresentation, presentationBytes, slideFigureText } from "../../lib/deck/deckFile";
import { figureNotes } from "../../lib/deck/slideNotes";
import type { Slide } from "../../lib/deck/deck";
import type { FigureView, IndicatorSummary, SourceSummary } from "../../lib/model/views";

function figure(f: Partial<FigureView>): FigureView {
  const kind = f.kind ?? "actual";
  return {
    anchor: `${kind}-${f.year ?? 2023}`, kind, year: 2023, comparator: "=", value: 132.8, valueMax: null,
    plan: null, planNameZh: null, planNameEn: null, step: null, dueAtYearEnd: false, sourceId: "report", sourceTitleZh: "政府工作报告", sourceTitleEn: "Government work report",
    excerpt: "签约项目总投资132.8亿元", excerptStart: 0, published: null, excerptEn: "Signed projects worth 13.28 billion yuan", noteZh: null, noteEn: null, baselineComparable: true, assessment: null,
    ...f,
  };
}

const assessed = (status: "behind" | "achieved") => ({ status, baseline: null, latest: null, shareReached: null, requiredGrowth: null, observedGrowth: null, paceRatio: null, withinYear: false });

const investment: IndicatorSummary = {
  slug: "investment", sectorSlug: "economy", groupZh: "", groupEn: null, nameZh: "签约项目总投资", nameEn: "Total investment of signed projects", unit: "亿元",
  direction: "increase", definitionZh: "", definitionEn: null, headline: true,
  figures: [
    figure({ year: 2022, value: 98.5, excerpt: "2022年98.5亿元" }),
    figure({ year: 2023 }),
    figure({ kind: "target", year: 2027, value: 450, excerpt: "到2027年达到450亿元", assessment: assessed("behind") }),
  ],
};
const SOURCES: SourceSummary[] = [{ id: "report", titleZh: "政府工作报告", titleEn: "Government work report", publisher: null, published: "2024-01-20", url: null }];
const EDITION = { version: "abc123", latestResultYear: 2023, updatedOn: new Date("2026-11-30"), statusDate: new Date("2026-12-02") };
const ctx = (lang: "zh" | "en", preview = false) => ({ lang, edition: EDITION, indicators: [investment], sources: SOURCES, siteUrl: (p: string) => `https://example.org${p}`, preview });

describe("chartSeries", () => {
  it("draws the published results by year and marks the target in its own series, values unrounded", () => {
    expect(chartSeries(investment, [investment.figures[2]])).toEqual({
      labels: ["2022", "2023", "2027"], results: [98.5, 132.8, null], target: [null, null, 450],
    });
  });
  it("marks every target given, each at its year", () => {
    const later = figure({ kind: "target", year: 2035, value: 700 });
    expect(chartSeries(investment, [investment.figures[2], later])?.target).toEqual([null, null, 450, 700]);
  });
  it("has nothing to draw without a number", () => {
    expect(chartSeries({ figures: [figure({ value: null, comparator: null })] }, [])).toBeNull();
  });
  it("draws results alone when the target has no number", () => {
    expect(chartSeries(investment, [figure({ kind: "target", year: 2030, value: null })])).toEqual({ labels: ["2022", "2023"], results: [98.5, 132.8], target: [null, null] });
  });
});

describe("figureNotes", () => {
  it("gives the excerpt verbatim, the source with its date, and a target's status rule in one sentence", () => {
    expect(figureNotes("zh", investment, investment.figures[2], SOURCES)).toBe(
      "签约项目总投资：到2027年目标450亿元\n原文摘录：到2027年达到450亿元\n出处：《政府工作报告》（2024-01-20）\n状态：进度落后。期限已过而结果未达标，或目前的年均增速不到所需增速的95%。",
    );
  });
  it("in English gives our English and the Chinese excerpt", () => {
    const notes = figureNotes("en", investment, investment.figures[1], SOURCES);
    expect(notes).toContain("Our translation: Signed projects worth 13.28 billion yuan");
    expect(notes).toContain("Chinese excerpt: 签约项目总投资132.8亿元");
    expect(notes).toContain("Source: Government work report (政府工作报告), 2024-01-20");
  });
});

describe("slideFigureText", () => {
  it("shifts the decimal exactly in English and keeps the published Chinese beside it", () => {
    expect(slideFigureText("zh", investment.figures[1], "亿元")).toBe("132.8亿元");
    expect(slideFigureText("en", investment.figures[1], "亿元")).toContain("13.28 billion yuan");
    expect(slideFigureText("en", investment.figures[1], "亿元")).toContain("132.8亿元");
  });
});

const zipOf = async (p: Parameters<typeof presentationBytes>[0]) => JSZip.loadAsync(await presentationBytes(p));
const text = async (zip: JSZip, name: string) => (await zip.file(name)!.async("string"));
/** pptxgenjs numbers charts across the process, not per file: the first chart part of this file. */
const firstChart = (zip: JSZip) => text(zip, Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!);

describe("the files", () => {
  const deck: Slide[] = [
    { kind: "title", slug: "start", title: "平城区发展目标进展", titleEn: "Pingcheng progress dashboard", path: "/", year: 2023 },
    {
      kind: "sector", slug: "sector-economy", title: "经济", titleEn: "Economy", path: "/sectors/economy", year: 2023, more: 0, targets: 1, targetRows: [],
      sector: { slug: "economy", nameZh: "经济", nameEn: "Economy", headingZh: "", headingEn: "", summaryZh: "", summaryEn: "", indicatorCount: 1 },
      rows: [{ indicator: investment, figure: investment.figures[1] }],
    },
    { kind: "end", slug: "end", title: "谢谢", titleEn: "Thank you", path: "/" },
  ];

  it("writes one slide per deck slide, each with notes, and a native chart holding the figures", async () => {
    const zip = await zipOf(await deckPresentation(deck, ctx("zh")));
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(3);
    expect(await text(zip, "ppt/notesSlides/notesSlide2.xml")).toContain("签约项目总投资132.8亿元");
    const chart = await firstChart(zip);
    expect(chart).toContain("<c:v>132.8</c:v>");
    expect(chart).toContain("<c:v>450</c:v>");
    expect(await text(zip, "ppt/slides/slide2.xml")).toContain("132.8亿元");
    expect(await text(zip, "ppt/slides/slide2.xml")).toContain("数据版本 abc123");
  });

  it("writes an indicator as one slide with its chart and every excerpt in the notes", async () => {
    const zip = await zipOf(await indicatorPresentation({ ...investment, sector: { nameZh: "经济", nameEn: "Economy" } }, ctx("en")));
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
    const notes = await text(zip, "ppt/notesSlides/notesSlide1.xml");
    for (const f of investment.figures) expect(notes).toContain(f.excerpt);
    expect(await firstChart(zip)).toContain("<c:v>98.5</c:v>");
  });

  it("says on every slide of a local preview that its codes point to this computer, and on none of a public build", async () => {
    for (const lang of ["zh", "en"] as const) {
      const preview = await zipOf(await deckPresentation(deck, ctx(lang, true)));
      const published = await zipOf(await deckPresentation(deck, ctx(lang)));
      for (let n = 1; n <= deck.length; n++) {
        expect(await text(preview, `ppt/slides/slide${n}.xml`)).toContain("localhost");
        expect(await text(published, `ppt/slides/slide${n}.xml`)).not.toContain("localhost");
      }
    }
  });

  it("starts every chart's value axis at zero, so bars are drawn to scale", async () => {
    const zip = await zipOf(await indicatorPresentation({ ...investment, sector: { nameZh: "经济", nameEn: "Economy" } }, ctx("zh")));
    expect(await firstChart(zip)).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
  });
});
