// The indicator chart as a list of plain SVG elements, computed once from the chart points. Pure:
// the page's chart (components/IndicatorChart.tsx), the SVG download, the PNG download and the
// embed all draw this one scene, so they cannot disagree.
import type { ChartPoint } from "./chartPoints";
import { formatFigure, formatQuantity } from "../format/format";
import { formatFigureEn, formatQuantityEn } from "../format/formatEn";
import type { Lang } from "../i18n/language";

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 240;
const PAD = { top: 36, right: 28, bottom: 40, left: 28 };

export const COLORS = { actual: "#8b1a1a", target: "#1e40af", axis: "#6b7280", year: "#374151", ink: "#111827" };

/** One SVG element: its tag, its attributes as SVG spells them, and its text for a <text>. */
export interface SvgElement {
  tag: "line" | "polyline" | "circle" | "path" | "text";
  attrs: Record<string, string | number>;
  text?: string;
}

export interface ChartScene {
  /** Lines, points and diamonds. */
  shapes: SvgElement[];
  /** Year and value labels (kept apart: an image renderer without SVG fonts draws them itself). */
  labels: (SvgElement & { tag: "text" })[];
  /** Every point in words, for screen readers and alt text. */
  summary: string;
}

/**
 * Results are filled circles joined by a solid line; targets are hollow diamonds joined by a dashed
 * "target path" from the latest result. Each point is labelled, so nothing depends on hovering.
 */
/** `fromLatestResult`: the dashed target path starts at the latest result, unless the source counts them differently. */
export function chartScene(points: ChartPoint[], unit: string, fromLatestResult = true, lang: Lang = "zh"): ChartScene {
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxValue = Math.max(...points.flatMap((p) => [p.actual ?? 0, p.target ?? 0]));
  const x = (year: number) =>
    maxYear === minYear ? W / 2 : PAD.left + ((year - minYear) / (maxYear - minYear)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / (maxValue * 1.08 || 1)) * (H - PAD.top - PAD.bottom);
  const at = (pts: [number, number][]) => pts.map(([yr, v]) => `${x(yr)},${y(v)}`).join(" ");

  const actuals = points.filter((p) => p.actual !== null).map((p) => [p.year, p.actual!] as [number, number]);
  const targets = points.filter((p) => p.target !== null);
  const lastActual = actuals.at(-1);
  const pathStart = fromLatestResult && lastActual && lastActual[0] < (targets[0]?.year ?? Infinity) ? [lastActual] : [];
  const targetPath: [number, number][] = [...pathStart, ...targets.map((p) => [p.year, p.target!] as [number, number])];

  const shapes: SvgElement[] = [
    { tag: "line", attrs: { x1: PAD.left - 10, x2: W - PAD.right + 10, y1: H - PAD.bottom, y2: H - PAD.bottom, stroke: COLORS.axis, "stroke-width": 1.5 } },
  ];
  if (actuals.length > 1) shapes.push({ tag: "polyline", attrs: { points: at(actuals), fill: "none", stroke: COLORS.actual, "stroke-width": 3 } });
  if (targetPath.length > 1)
    shapes.push({ tag: "polyline", attrs: { points: at(targetPath), fill: "none", stroke: COLORS.target, "stroke-width": 2.5, "stroke-dasharray": "8 6" } });

  // The SVG scales with the screen, so labels that do not meet here do not meet on a 360 px phone
  // either: years that would run into each other are left out (the first and last always stay;
  // the data table has every year), and a figure whose label would run into another goes below its
  // point instead of above.
  const labels: ChartScene["labels"] = [];
  for (const year of spacedYears(points.map((p) => p.year), x)) labels.push(label(x(year), H - PAD.bottom + 26, String(year), { fill: COLORS.year }, "middle"));
  const place = (cx: number, cy: number, above: number, text: string, attrs: Record<string, string | number>) => {
    const [up, down] = [label(cx, cy - above, text, attrs), label(cx, cy + above + FONT_SIZE - 4, text, attrs)];
    const fits = (l: SvgElement & { tag: "text" }) =>
      !labels.some((other) => collide(l, other)) && Number(l.attrs.y) - FONT_SIZE >= 0 && Number(l.attrs.y) <= H - PAD.bottom - 4;
    labels.push(fits(up) || !fits(down) ? up : down);
  };
  for (const [year, value] of actuals) {
    shapes.push({ tag: "circle", attrs: { cx: x(year), cy: y(value), r: 7, fill: COLORS.actual } });
    place(x(year), y(value), 14, quantityText(value, unit, lang), { "font-weight": 700, fill: COLORS.ink });
  }
  for (const p of targets) {
    const [cx, cy] = [x(p.year), y(p.target!)];
    shapes.push({
      tag: "path",
      attrs: { d: `M${cx},${cy - 9} L${cx + 9},${cy} L${cx},${cy + 9} L${cx - 9},${cy} Z`, fill: "#fff", stroke: COLORS.target, "stroke-width": 3 },
    });
    place(cx, cy, 16, targetText(p, unit, lang), { fill: COLORS.target });
  }
  return { shapes, labels, summary: describe(points, unit, lang) };
}

const FONT_SIZE = 20;

/** A label with a white halo, so that a dashed target path crossing it does not cut through its words. */
function label(x: number, y: number, text: string, attrs: Record<string, string | number>, anchor = anchorFor(x)): SvgElement & { tag: "text" } {
  const halo = { stroke: "#fff", "stroke-width": 5, "stroke-linejoin": "round", "paint-order": "stroke" };
  return { tag: "text", attrs: { x, y, "text-anchor": anchor, "font-size": FONT_SIZE, ...halo, ...attrs }, text };
}

/** A label's width in SVG units, a little generous: CJK characters are square, digits and Latin letters about 0.6 of that. */
export function labelWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return ems * fontSize;
}

/** A label's box [left, top, right, bottom], from its anchor and baseline. */
export function labelBox(l: SvgElement & { tag: "text" }): [number, number, number, number] {
  const [x, y, size] = [Number(l.attrs.x), Number(l.attrs.y), Number(l.attrs["font-size"])];
  const width = labelWidth(l.text ?? "", size);
  const left = l.attrs["text-anchor"] === "start" ? x : l.attrs["text-anchor"] === "end" ? x - width : x - width / 2;
  return [left, y - size, left + width, y + size * 0.25];
}

export function collide(a: SvgElement & { tag: "text" }, b: SvgElement & { tag: "text" }): boolean {
  const [[al, at, ar, ab], [bl, bt, br, bb]] = [labelBox(a), labelBox(b)];
  return al < br && bl < ar && at < bb && bt < ab;
}

/** The years to label: the first and the last, and those between with room beside their neighbours. */
function spacedYears(years: number[], x: (year: number) => number): number[] {
  const room = labelWidth("2024") + 8;
  const kept: number[] = [];
  for (const year of years) if (kept.length === 0 || x(year) - x(kept.at(-1)!) >= room) kept.push(year);
  const last = years.at(-1)!;
  if (kept.at(-1) !== last) kept[kept.length > 1 ? kept.length - 1 : 1] = last;
  return kept;
}

/** A quantity in a language: as published in Chinese, by the English number rule in English (85 billion yuan). */
export function quantityText(value: number, unit: string, lang: Lang = "zh"): string {
  return lang === "zh" ? formatQuantity(value, unit) : formatQuantityEn(value, unit);
}

export function targetText(p: ChartPoint, unit: string, lang: Lang = "zh"): string {
  const figure = { comparator: p.comparator, value: p.target, valueMax: null, unit };
  return lang === "zh" ? formatFigure(figure) : formatFigureEn(figure);
}

/** Labels near the edges grow inwards so they are never clipped on a narrow screen. */
function anchorFor(cx: number): "start" | "middle" | "end" {
  if (cx < CHART_WIDTH * 0.2) return "start";
  if (cx > CHART_WIDTH * 0.8) return "end";
  return "middle";
}

function describe(points: ChartPoint[], unit: string, lang: Lang): string {
  if (lang === "en")
    return points
      .map((p) => {
        const parts = [];
        if (p.actual !== null) parts.push(`result ${quantityText(p.actual, unit, lang)}`);
        if (p.target !== null) parts.push(`target ${targetText(p, unit, lang)}`);
        return `${p.year}: ${parts.join(", ")}`;
      })
      .join("; ");
  return points
    .map((p) => {
      const parts = [];
      if (p.actual !== null) parts.push(`实际${formatQuantity(p.actual, unit)}`);
      if (p.target !== null) parts.push(`目标${targetText(p, unit)}`);
      return `${p.year}年${parts.join("，")}`;
    })
    .join("；");
}

export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Elements as SVG markup, for the downloads and the embed. */
export function svgMarkup(elements: SvgElement[]): string {
  return elements
    .map(({ tag, attrs, text }) => {
      const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join("");
      return text === undefined ? `<${tag}${a}/>` : `<${tag}${a}>${escapeXml(text)}</${tag}>`;
    })
    .join("");
}
