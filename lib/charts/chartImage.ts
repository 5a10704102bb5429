// The chart as a stand-alone image (the SVG and PNG downloads): the shared scene drawn at twice its
// size, with the title, unit and legend above it and the source, the page's address and the data's
// date below it, so that a copy of the image still says what it shows and where it came from. Pure.
import { unitNameEn } from "../format/formatEn";
import { SITE_NAME, type Lang } from "../i18n/language";
import { CHART_HEIGHT, CHART_WIDTH, escapeXml, svgMarkup, type ChartScene } from "./chartScene";

export interface ChartCaption {
  lang: Lang;
  title: string;
  unit: string;
  url: string;
  /** The titles of the sources its figures cite, verbatim. */
  /** The titles of the sources it cites, in the caption's language (titleIn). */
  sourceTitles: string[];
  /** e.g. "数据更新于2026年11月25日，版本 51e060ba7929" */
  edition: string;
}

const SCALE = 2;
export const IMAGE = { width: CHART_WIDTH * SCALE, top: 120, chartHeight: CHART_HEIGHT * SCALE, bottom: 130, scale: SCALE } as const;
export const IMAGE_HEIGHT = IMAGE.top + IMAGE.chartHeight + IMAGE.bottom;
export const IMAGE_FONTS = `"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

/** The words around the chart, in reading order: title, legend line, then the three footer lines. */
export function captionLines(c: ChartCaption): { title: string; legend: string; footer: [string, string, string] } {
  const sources = c.sourceTitles.join(c.lang === "en" ? "; " : "");
  if (c.lang === "en")
    return {
      title: `Pingcheng District · ${c.title}`,
      legend: `${c.unit ? `Unit: ${unitNameEn(c.unit)}   ` : ""}● Result   ◇ Target (dashed: path to the target)`,
      footer: [`Source: ${sources}`, `Page: ${c.url}`, `${SITE_NAME.en} (English is our translation) · ${c.edition}`],
    };
  return {
    title: `平城区 · ${c.title}`,
    legend: `${c.unit ? `单位：${c.unit}　` : ""}● 实际结果　◇ 目标（虚线为目标路径）`,
    footer: [`来源：${sources}`, `本页：${c.url}`, `${SITE_NAME.zh} · ${c.edition}`],
  };
}

export function chartSvgDocument(scene: ChartScene, caption: ChartCaption): string {
  const { title, legend, footer } = captionLines(caption);
  const text = (x: number, y: number, size: number, fill: string, content: string, bold = false) =>
    svgMarkup([{ tag: "text", attrs: { x, y, "font-size": size, fill, ...(bold ? { "font-weight": 700 } : {}) }, text: content }]);
  const footerTop = IMAGE.top + IMAGE.chartHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE.width}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE.width} ${IMAGE_HEIGHT}" font-family='${IMAGE_FONTS}'>`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(scene.summary)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(40, 58, 32, "#111827", title, true),
    text(40, 98, 20, "#4b5563", legend),
    `<g transform="translate(0 ${IMAGE.top}) scale(${SCALE})">${svgMarkup(scene.shapes)}${svgMarkup(scene.labels)}</g>`,
    ...footer.map((line, i) => text(40, footerTop + 40 + i * 32, 18, i === 0 ? "#111827" : "#4b5563", line)),
    `</svg>`,
  ].join("\n");
}

/** The scene's shapes alone (no text) as an SVG data URI at image size, for renderers that draw text themselves. */
export function shapesDataUri(scene: ChartScene): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE.width}" height="${IMAGE.chartHeight}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${svgMarkup(scene.shapes)}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** Every string the chart image draws, to choose its fonts by. */
export function chartImageText(scene: ChartScene, caption: ChartCaption): string {
  const { title, legend, footer } = captionLines(caption);
  return [title, legend, ...footer, ...scene.labels.map((l) => l.text ?? "")].join("");
}
