import { createElement } from "react";
import { chartPoints, targetPathFromLatestResult, worthCharting } from "@/lib/charts/chartPoints";
import { CHART_HEIGHT, CHART_WIDTH, chartScene, quantityText, targetText, type SvgElement } from "@/lib/charts/chartScene";
import type { Lang } from "@/lib/i18n/language";
import type { Comparator } from "@/lib/progress/progress";

interface Props {
  title: string;
  unit: string;
  figures: {
    kind: "actual" | "target";
    year: number;
    value: number | null;
    valueMax: number | null;
    comparator: Comparator | null;
    baselineComparable?: boolean;
  }[];
  /** A smaller chart for lists and embeds: no table. */
  compact?: boolean;
  lang?: Lang;
}

/** The id of the data table's <details>, whose open state is part of the page's address (see ViewSync). */
export const CHART_TABLE_ID = "chart-table";

/**
 * The indicator chart, drawn on the server as plain SVG from the shared scene (lib/charts/chartScene.ts):
 * no JavaScript reaches the reader for it.
 */
const TEXT = {
  zh: { legend: "● 实际结果　◇ 目标（虚线为目标路径）", table: "查看图表数据表", caption: "各年份结果与目标", year: "年份", actual: "实际结果", target: "目标", sep: "：" },
  en: { legend: "● result　◇ target (dashed: the path to the target)", table: "Show the chart's data as a table", caption: "results and targets by year", year: "Year", actual: "Result", target: "Target", sep: ": " },
} satisfies Record<Lang, { legend: string; table: string; caption: string; year: string; actual: string; target: string; sep: string }>;

export function IndicatorChart({ title, unit, figures, compact = false, lang = "zh" }: Props) {
  const words = TEXT[lang];
  const points = chartPoints(figures);
  if (!worthCharting(points)) return null;
  const { shapes, labels, summary } = chartScene(points, unit, targetPathFromLatestResult(figures), lang);

  return (
    // The data table sits after the figure, not in it: a <figure> holds its content and one caption,
    // first or last, and a <details> after the caption is invalid HTML.
    <div className="my-4">
      <figure>
        <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}${words.sep}${summary}`}>
          <SvgElements elements={shapes} />
          <SvgElements elements={labels} />
        </svg>
        <figcaption className="mt-1 text-sm text-muted">
          <span aria-hidden="true">{words.legend}</span>
          <span className="sr-only">{summary}</span>
        </figcaption>
      </figure>
      {!compact && (
        <details className="mt-2 text-sm" id={CHART_TABLE_ID}>
          <summary className="min-h-11 cursor-pointer py-3 text-link">{words.table}</summary>
          <table className="mt-1 border-collapse">
            <caption className="sr-only">{title}{words.sep}{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-line px-3 py-1 text-left">{words.year}</th>
                <th scope="col" className="border border-line px-3 py-1 text-left">{words.actual}</th>
                <th scope="col" className="border border-line px-3 py-1 text-left">{words.target}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row" className="border border-line px-3 py-1 text-left font-normal">{p.year}</th>
                  <td className="border border-line px-3 py-1">{p.actual !== null ? quantityText(p.actual, unit, lang) : "—"}</td>
                  <td className="border border-line px-3 py-1">{p.target !== null ? targetText(p, unit, lang) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}

/** SVG attributes are spelled stroke-width; React wants strokeWidth. */
const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function SvgElements({ elements }: { elements: SvgElement[] }) {
  return elements.map(({ tag, attrs, text }, i) =>
    createElement(tag, { key: i, ...Object.fromEntries(Object.entries(attrs).map(([k, v]) => [reactName(k), v])) }, text),
  );
}
