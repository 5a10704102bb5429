/*
 * The deck and an indicator as PowerPoint files (.pptx), for officials who paste slides into their
 * own 汇报材料 in WPS or PowerPoint and for meeting rooms with no network. The same Slide objects
 * the browser deck renders (lib/deck/deck.ts) become one PowerPoint slide each, in the same order:
 * figures and statuses as editable text, each indicator's series as a native chart with its target
 * marked, the slide's QR code, the edition line in the footer, and speaker notes holding every
 * figure's verbatim excerpt, its source, and the rule behind each status.
 *
 * Pure apart from building the file in memory: pptxgenjs runs at build time only (route handlers
 * with static output), never in a browser bundle.
 */
import pptxgen from "pptxgenjs";
import QRCode from "qrcode";
import type { Slide, SlideRow } from "./deck";
import { figureIn } from "../format/figureText";
import { editionLine, type EditionFacts } from "../i18n/editionLine";
import { nameIn, pathIn, type Lang } from "../i18n/language";
import { deadline, stepName } from "../progress/steps";
import { statusText } from "../progress/statusText";
import { figureNotes, slideNotes } from "./slideNotes";
import type { FigureView, IndicatorSummary, SectorSummary, SourceSummary } from "../model/views";

/**
 * A face WPS and PowerPoint have for Chinese on Windows; where it is missing (macOS, LibreOffice on
 * Linux) the application substitutes its own CJK face (PingFang, Noto Sans CJK) by itself.
 */
export const DECK_FONT = "Microsoft YaHei";

const BRAND = "1F4E79";
const MUTED = "444444";
/** LAYOUT_16x9: 10 × 5.625 inches. */
const W = 10;
const MARGIN = 0.4;
const BODY_TOP = 1.25;
const FOOTER_TOP = 5.1;

export interface DeckFileContext {
  lang: Lang;
  edition: EditionFacts;
  /** Every indicator, for the series its chart draws (a slide row holds one figure only). */
  indicators: IndicatorSummary[];
  /** The sources figures cite, for their titles and dates in the notes. */
  sources: SourceSummary[];
  /** The absolute address of a page of the site (lib/links/siteUrl), for the QR codes. */
  siteUrl: (path: string) => string;
  /** A local preview build (no SITE_URL): every slide says its codes and links point to this computer, as the pages do. */
  preview: boolean;
}

const TEXT = {
  zh: {
    kicker: (s: Slide) =>
      s.kind === "title" ? "投影演示"
      : s.kind === "steps" ? "各步的期限与目标"
      : s.kind === "targets" ? `目标${s.parts > 1 ? `（${s.part}/${s.parts}）` : ""}`
      : s.kind === "sector" ? `${s.year}年主要成绩 · 领域`
      : "平城区发展目标进展",
    results: "结果", target: "目标", scan: "扫码看网页",
    targets: (n: number) => `${n}项目标`, count: (n: number) => `${n}项`,
    noFigures: (year: number) => `本站没有这一领域${year}年的具体数值，不作估算。以下是它的目标和进展：`,
    noFiguresNorTargets: (year: number) => `本站没有这一领域${year}年的具体数值，不作估算；扫码查看网页。`,
    more: (n: number, year: number) => `另有${n}项${year}年结果，扫码查看。`,
    titleLead: (year: number) => `山西省大同市平城区：${year}年的结果与各项目标的进展`,
    titleNote: "每个数字都附有它所出自的原文摘录。",
    endLead: "全部数字、原文出处和进展的计算方法：",
    methodology: "方法说明：",
    preview: "本地预览：二维码和链接指向这台电脑（localhost），不是公开网址。",
  },
  en: {
    kicker: (s: Slide) =>
      s.kind === "title" ? "Projector deck"
      : s.kind === "steps" ? "Steps and their deadlines"
      : s.kind === "targets" ? `Targets${s.parts > 1 ? ` (${s.part}/${s.parts})` : ""}`
      : s.kind === "sector" ? `Key ${s.year} results · sector`
      : "Pingcheng progress dashboard",
    results: "Results", target: "Target", scan: "Scan to open page",
    targets: (n: number) => `${n} targets`, count: (n: number) => `${n}`,
    noFigures: (year: number) => `This site has no ${year} figures for this sector. We do not estimate them. Its targets and where they stand:`,
    noFiguresNorTargets: (year: number) => `This site has no ${year} figures for this sector. We do not estimate them; scan the code for its page.`,
    more: (n: number, year: number) => `${n} more ${year} results: scan the code.`,
    titleLead: (year: number) => `Pingcheng District, Datong, Shanxi: its ${year} results and where its targets stand`,
    titleNote: "Every figure is shown with the excerpt of the source it comes from. English words are our unofficial translation.",
    endLead: "Every figure, its source, and how progress is worked out:",
    methodology: "Methodology: ",
    preview: "Local preview: the QR codes and links point to this computer (localhost), not to the public site.",
  },
};

const text = (lang: Lang) => ({ fontFace: DECK_FONT, lang: lang === "en" ? "en-US" : "zh-CN" });

/** A QR code as the image data pptxgenjs takes ("image/png;base64,…"). */
async function qrImage(url: string): Promise<string> {
  const dataUrl = await QRCode.toDataURL(url, { margin: 2, errorCorrectionLevel: "M", width: 300, color: { dark: "#000000", light: "#ffffff" } });
  return dataUrl.replace(/^data:/, "");
}

/** The figure as the browser slide shows it: in English with the published Chinese beside it. */
export function slideFigureText(lang: Lang, figure: FigureView, unit: string | null): string {
  return figureIn(lang, figure, unit, { withPublished: lang === "en" });
}

export interface ChartSeries {
  labels: string[];
  results: (number | null)[];
  target: (number | null)[];
}

/**
 * An indicator's numeric results by year with its targets marked in a series of their own, for a
 * native chart: the values are the published figures themselves (a range target is marked at its
 * lower bound, as the chart on its page draws it). Null when there is nothing to draw.
 */
export function chartSeries(indicator: Pick<IndicatorSummary, "figures">, targets: FigureView[]): ChartSeries | null {
  const results = indicator.figures.filter((f) => f.kind === "actual" && f.value !== null);
  const marked = targets.filter((t) => t.value !== null);
  if (results.length === 0 && marked.length === 0) return null;
  const years = [...new Set([...results, ...marked].map((f) => f.year))].sort((a, b) => a - b);
  return {
    labels: years.map(String),
    results: years.map((y) => results.find((f) => f.year === y)?.value ?? null),
    target: years.map((y) => marked.find((f) => f.year === y)?.value ?? null),
  };
}

/** The target a row's chart marks: the row's own target, else the indicator's first numeric target. */
function targetFor(indicator: IndicatorSummary | undefined, figure: FigureView): FigureView[] {
  if (figure.kind === "target") return [figure];
  return indicator?.figures.filter((f) => f.kind === "target" && f.value !== null).slice(0, 1) ?? [];
}

function addChart(p: pptxgen, slide: pptxgen.Slide, lang: Lang, series: ChartSeries, box: { x: number; y: number; w: number; h: number }, big = false) {
  const w = TEXT[lang];
  const data = [
    { name: w.results, labels: series.labels, values: series.results },
    { name: w.target, labels: series.labels, values: series.target },
  ].filter((s) => s.values.some((v) => v !== null));
  // pptxgenjs types values as numbers, but writes a null as an empty point, which is what a year
  // without a figure is (a gap, not a zero).
  slide.addChart(p.ChartType.bar, data as { name: string; labels: string[]; values: number[] }[], {
    ...box,
    barGrouping: "clustered",
    barGapWidthPct: 40,
    chartColors: data.length === 2 ? [BRAND, "E69F00"] : [data[0].name === w.results ? BRAND : "E69F00"],
    showLegend: true, legendPos: "b", legendFontSize: big ? 12 : 8, legendFontFace: DECK_FONT,
    catAxisLabelFontSize: big ? 12 : 8, catAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontSize: big ? 12 : 8, valAxisLabelFontFace: DECK_FONT,
    showValue: true, dataLabelFontSize: big ? 12 : 7, dataLabelFontFace: DECK_FONT, dataLabelPosition: "outEnd",
    valGridLine: { style: "none" },
    // Bars start at zero: an axis cut at 750 draws 850 against 1000 as one to three.
    valAxisMinVal: Math.min(0, ...[...series.results, ...series.target].filter((v): v is number => v !== null)),
    // "General" writes each value as published (132.8, not pptxgenjs's default #,##0 that shows 133).
    dataLabelFormatCode: "General", valAxisLabelFormatCode: "General",
  });
}

/** The rows a slide shows, as figure cells of two columns: name, figure, status, and a small native chart. */
function addRows(p: pptxgen, slide: pptxgen.Slide, ctx: DeckFileContext, rows: SlideRow[], top: number, bottom = FOOTER_TOP) {
  const { lang } = ctx;
  const columns = 2;
  const gap = 0.15;
  const cellW = (W - 2 * MARGIN - gap) / columns;
  const cellH = Math.min(1.2, (bottom - top - 0.05) / Math.ceil(rows.length / columns) - 0.08);
  rows.forEach(({ indicator, figure }, i) => {
    const x = MARGIN + (i % columns) * (cellW + gap);
    const y = top + Math.floor(i / columns) * (cellH + 0.08);
    const full = ctx.indicators.find((ind) => ind.slug === indicator.slug);
    const series = full ? chartSeries(full, targetFor(full, figure)) : null;
    const textW = series ? cellW * 0.52 : cellW;
    slide.addShape(p.ShapeType.rect, { x, y, w: cellW, h: cellH, line: { color: "000000", width: 1 }, fill: { color: "FFFFFF" } });
    const status = figure.assessment ? statusText(lang, figure.assessment.status) : null;
    slide.addText(
      [
        { text: nameIn(lang, indicator), options: { fontSize: 11, bold: true, breakLine: true } },
        { text: slideFigureText(lang, figure, indicator.unit), options: { fontSize: figure.value !== null ? 15 : 10, bold: figure.value !== null, color: BRAND, breakLine: !!status } },
        ...(status ? [{ text: `${status.symbol} ${status.label}`, options: { fontSize: 11 } }] : []),
      ],
      { ...text(lang), x: x + 0.05, y: y + 0.03, w: textW - 0.1, h: cellH - 0.06, valign: "top", margin: 2, fit: "shrink" },
    );
    if (series) addChart(p, slide, lang, series, { x: x + textW, y: y + 0.03, w: cellW - textW - 0.05, h: cellH - 0.06 });
  });
}

/** What a slide shows between its title and its footer. */
function addBody(p: pptxgen, slide: pptxgen.Slide, s: Slide, ctx: DeckFileContext) {
  const { lang } = ctx;
  const w = TEXT[lang];
  switch (s.kind) {
    case "title":
      slide.addText(
        [
          { text: w.titleLead(s.year), options: { fontSize: 20, breakLine: true } },
          { text: w.titleNote, options: { fontSize: 14 } },
        ],
        { ...text(lang), x: MARGIN, y: 2.2, w: W - 2 * MARGIN, h: 2.2, valign: "top", paraSpaceAfter: 8 },
      );
      return;
    case "steps": {
      slide.addTable(
        s.steps.map((st) => [
          { text: String(st.year), options: { fontSize: 24, bold: true, color: BRAND } },
          { text: `${stepName(lang, st.step)}\n${deadline(lang, st)}`, options: { fontSize: 13 } },
          { text: w.targets(st.targets), options: { fontSize: 13, bold: true } },
          {
            text: st.statuses.map(({ status, count }) => { const t = statusText(lang, status); return `${t.symbol} ${t.label} ${w.count(count)}`; }).join("\n"),
            options: { fontSize: 12 },
          },
        ]),
        { ...text(lang), x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, colW: [1.2, 3.0, 1.6, 3.4], border: { type: "solid", pt: 1, color: "000000" }, valign: "middle" },
      );
      return;
    }
    case "targets":
      addRows(p, slide, ctx, s.rows, BODY_TOP);
      return;
    case "sector": {
      if (s.rows.length > 0) {
        addRows(p, slide, ctx, s.rows, BODY_TOP, s.more > 0 ? FOOTER_TOP - 0.35 : FOOTER_TOP);
        if (s.more > 0) slide.addText(w.more(s.more, s.year), { ...text(lang), x: MARGIN, y: FOOTER_TOP - 0.33, w: W - 2 * MARGIN, h: 0.3, fontSize: 11 });
        return;
      }
      const targets = s.targetRows;
      slide.addText(targets.length ? w.noFigures(s.year) : w.noFiguresNorTargets(s.year), { ...text(lang), x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h: 0.4, fontSize: 13 });
      addRows(p, slide, ctx, targets, BODY_TOP + 0.45);
      return;
    }
    case "end":
      slide.addText(
        [
          { text: w.endLead, options: { fontSize: 18, breakLine: true } },
          { text: ctx.siteUrl(pathIn(lang, "/")), options: { fontSize: 28, bold: true, breakLine: true } },
          { text: `${w.methodology}${ctx.siteUrl(pathIn(lang, "/methodology"))}`, options: { fontSize: 14 } },
        ],
        { ...text(lang), x: MARGIN, y: 1.8, w: W - 2 * MARGIN, h: 2.6, valign: "top", paraSpaceAfter: 10 },
      );
      return;
  }
}

/** Title, kicker, QR code and footer: what every slide of both files carries. */
async function addFrame(slide: pptxgen.Slide, lang: Lang, kicker: string, title: string, page: string, ctx: Pick<DeckFileContext, "edition" | "siteUrl" | "preview">, big: boolean) {
  const url = ctx.siteUrl(page);
  slide.addText(kicker, { ...text(lang), x: MARGIN, y: 0.15, w: 8.1, h: 0.35, fontSize: 12, bold: true, color: BRAND, margin: 0 });
  // Narrower than the kicker: the "scan" words sit left of the QR code, beside the title.
  slide.addText(title, { ...text(lang), x: MARGIN, y: big ? 0.9 : 0.5, w: big ? 8.1 : 7.0, h: big ? 1.1 : 0.6, fontSize: big ? 36 : 22, bold: true, margin: 0, valign: "top", fit: "shrink" });
  slide.addImage({ data: await qrImage(url), x: W - MARGIN - 0.95, y: 0.15, w: 0.95, h: 0.95, altText: url });
  slide.addText(TEXT[lang].scan, { ...text(lang), x: W - MARGIN - 2.05, y: 0.6, w: 1.05, h: 0.3, fontSize: 9, align: "right", color: MUTED, margin: 0 });
  if (ctx.preview) {
    slide.addText(TEXT[lang].preview, { ...text(lang), x: 0, y: 0, w: W, h: 0.15, fontSize: 8, align: "center", fill: { color: "FEF9C3" }, margin: 0 });
  }
  slide.addText(`${editionLine(lang, ctx.edition)} · ${url}`, { ...text(lang), x: MARGIN, y: FOOTER_TOP + 0.1, w: W - 2 * MARGIN, h: 0.3, fontSize: 8, color: MUTED, margin: 0 });
}

function newPresentation(lang: Lang, title: string): pptxgen {
  const p = new pptxgen();
  p.layout = "LAYOUT_16x9";
  p.title = title;
  p.company = "";
  p.author = lang === "en" ? "Pingcheng progress dashboard" : "平城区发展目标进展";
  p.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  return p;
}

/** The whole deck as a presentation: one slide per deck slide, in order. */
export async function deckPresentation(deck: Slide[], ctx: DeckFileContext): Promise<pptxgen> {
  const { lang } = ctx;
  const p = newPresentation(lang, lang === "en" ? deck[0].titleEn : deck[0].title);
  for (const s of deck) {
    const slide = p.addSlide();
    await addFrame(slide, lang, TEXT[lang].kicker(s), lang === "en" ? s.titleEn : s.title, pathIn(lang, s.path), ctx, s.kind === "title" || s.kind === "end");
    addBody(p, slide, s, ctx);
    slide.addNotes(slideNotes(s, ctx));
  }
  return p;
}

/** One indicator as a single slide: its latest result, its targets and statuses, its chart, the excerpts in the notes. */
export async function indicatorPresentation(indicator: IndicatorSummary & { sector: Pick<SectorSummary, "nameZh" | "nameEn"> }, ctx: DeckFileContext): Promise<pptxgen> {
  const { lang } = ctx;
  const title = nameIn(lang, indicator);
  const p = newPresentation(lang, title);
  const slide = p.addSlide();
  await addFrame(slide, lang, nameIn(lang, indicator.sector), title, pathIn(lang, `/indicators/${indicator.slug}`), ctx, false);
  const results = indicator.figures.filter((f) => f.kind === "actual");
  const latest = results.at(-1);
  const targets = indicator.figures.filter((f) => f.kind === "target");
  const shown = [...(latest ? [latest] : []), ...targets].slice(0, 5);
  const series = chartSeries(indicator, targets);
  const textW = series ? 4.2 : W - 2 * MARGIN;
  slide.addText(
    shown.flatMap((figure) => {
      const status = figure.assessment ? statusText(lang, figure.assessment.status) : null;
      return [
        { text: figureLabel(lang, figure), options: { fontSize: 12, color: MUTED, breakLine: true } },
        { text: slideFigureText(lang, figure, indicator.unit), options: { fontSize: figure.value !== null ? 20 : 12, bold: figure.value !== null, color: BRAND, breakLine: true } },
        ...(status ? [{ text: `${status.symbol} ${status.label}`, options: { fontSize: 13, breakLine: true } }] : []),
      ];
    }),
    { ...text(lang), x: MARGIN, y: BODY_TOP, w: textW, h: FOOTER_TOP - BODY_TOP - 0.1, valign: "top", paraSpaceAfter: 4, fit: "shrink" },
  );
  if (series) addChart(p, slide, lang, series, { x: MARGIN + textW + 0.2, y: BODY_TOP, w: W - 2 * MARGIN - textW - 0.2, h: FOOTER_TOP - BODY_TOP - 0.1 }, true);
  slide.addNotes(indicator.figures.map((figure) => figureNotes(lang, indicator, figure, ctx.sources)).join("\n\n"));
  return p;
}

function figureLabel(lang: Lang, figure: FigureView): string {
  if (figure.kind === "actual") return lang === "en" ? `${figure.year} result` : `${figure.year}年结果`;
  return lang === "en" ? `Target ${deadline("en", figure)}` : `${deadline("zh", figure)}目标`;
}

/** The file's bytes. */
export async function presentationBytes(p: pptxgen): Promise<Uint8Array> {
  return new Uint8Array((await p.write({ outputType: "nodebuffer" })) as Buffer);
}
