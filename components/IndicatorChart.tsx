import { createElement } from "react";
import { chartPoints, targetPathFromLatestResult, worthCharting } from "@/lib/chartPoints";
import { CHART_HEIGHT, CHART_WIDTH, chartScene, targetText, type SvgElement } from "@/lib/chartScene";
import type { Comparator } from "@/lib/progress";
import { formatQuantity } from "@/lib/format";

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
}

/** The id of the data table's <details>, whose open state is part of the page's address (see ViewSync). */
export const CHART_TABLE_ID = "chart-table";

/**
 * The indicator chart, drawn on the server as plain SVG from the shared scene (lib/chartScene.ts):
 * no JavaScript reaches the reader for it.
 */
export function IndicatorChart({ title, unit, figures, compact = false }: Props) {
  const points = chartPoints(figures);
  if (!worthCharting(points)) return null;
  const { shapes, labels, summary } = chartScene(points, unit, targetPathFromLatestResult(figures));

  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}：${summary}`}>
        <SvgElements elements={shapes} />
        <SvgElements elements={labels} />
      </svg>
      <figcaption className="mt-1 text-sm text-muted">
        <span aria-hidden="true">● 实际结果　◇ 目标（虚线为目标路径）</span>
        <span className="sr-only">{summary}</span>
      </figcaption>
      {!compact && (
        <details className="mt-2 text-sm" id={CHART_TABLE_ID}>
          <summary className="cursor-pointer py-2 text-link">查看图表数据表</summary>
          <table className="mt-1 border-collapse">
            <caption className="sr-only">{title}：各年份结果与目标</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-line px-3 py-1 text-left">年份</th>
                <th scope="col" className="border border-line px-3 py-1 text-left">实际结果</th>
                <th scope="col" className="border border-line px-3 py-1 text-left">目标</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row" className="border border-line px-3 py-1 text-left font-normal">{p.year}</th>
                  <td className="border border-line px-3 py-1">{p.actual !== null ? formatQuantity(p.actual, unit) : "—"}</td>
                  <td className="border border-line px-3 py-1">{p.target !== null ? targetText(p, unit) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** SVG attributes are spelled stroke-width; React wants strokeWidth. */
const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function SvgElements({ elements }: { elements: SvgElement[] }) {
  return elements.map(({ tag, attrs, text }, i) =>
    createElement(tag, { key: i, ...Object.fromEntries(Object.entries(attrs).map(([k, v]) => [reactName(k), v])) }, text),
  );
}
