import { chartPoints, worthCharting } from "@/lib/chartPoints";
import type { Comparator } from "@/lib/progress";
import { formatFigure, formatQuantity } from "@/lib/format";

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
  /** A smaller chart for lists: no table. */
  compact?: boolean;
}

const W = 480;
const H = 240;
const PAD = { top: 36, right: 28, bottom: 40, left: 28 };

/**
 * The indicator chart, drawn on the server as plain SVG: no JavaScript reaches the reader for it.
 * Results are filled circles joined by a solid line; targets are hollow diamonds joined by a dashed
 * "target path" from the latest result. Each point is labelled, so nothing depends on hovering.
 */
export function IndicatorChart({ title, unit, figures, compact = false }: Props) {
  const points = chartPoints(figures);
  if (!worthCharting(points)) return null;

  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxValue = Math.max(...points.flatMap((p) => [p.actual ?? 0, p.target ?? 0]));
  const x = (year: number) =>
    maxYear === minYear ? W / 2 : PAD.left + ((year - minYear) / (maxYear - minYear)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / (maxValue * 1.08 || 1)) * (H - PAD.top - PAD.bottom);

  const actuals = points.filter((p) => p.actual !== null);
  const targets = points.filter((p) => p.target !== null);
  const lastActual = actuals.at(-1);
  // The target path starts at the latest result only when the source counts both the same way.
  const comparable = figures.every((f) => f.baselineComparable !== false);
  const pathStart =
    comparable && lastActual && lastActual.year < (targets[0]?.year ?? Infinity) ? [lastActual.year, lastActual.actual!] : null;
  const targetPath = [...(pathStart ? [pathStart] : []), ...targets.map((p) => [p.year, p.target!])];
  const summary = describe(points, unit);

  return (
    <figure className="my-4">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-labelledby={undefined}
        aria-label={`${title}：${summary}`}
      >
        <line x1={PAD.left - 10} x2={W - PAD.right + 10} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#6b7280" strokeWidth={1.5} />
        {points.map((p) => (
          <text key={`year-${p.year}`} x={x(p.year)} y={H - PAD.bottom + 26} textAnchor="middle" fontSize={20} fill="#374151">
            {p.year}
          </text>
        ))}
        {actuals.length > 1 && (
          <polyline points={actuals.map((p) => `${x(p.year)},${y(p.actual!)}`).join(" ")} fill="none" stroke="#8b1a1a" strokeWidth={3} />
        )}
        {targetPath.length > 1 && (
          <polyline
            points={targetPath.map(([yr, v]) => `${x(yr)},${y(v)}`).join(" ")}
            fill="none"
            stroke="#1e40af"
            strokeWidth={2.5}
            strokeDasharray="8 6"
          />
        )}
        {actuals.map((p) => (
          <g key={`a-${p.year}`}>
            <circle cx={x(p.year)} cy={y(p.actual!)} r={7} fill="#8b1a1a" />
            <text x={x(p.year)} y={y(p.actual!) - 14} textAnchor={anchorFor(x(p.year))} fontSize={20} fontWeight={700} fill="#111827">
              {formatQuantity(p.actual!, unit)}
            </text>
          </g>
        ))}
        {targets.map((p) => {
          const cx = x(p.year);
          const cy = y(p.target!);
          return (
            <g key={`t-${p.year}`}>
              <path d={`M${cx},${cy - 9} L${cx + 9},${cy} L${cx},${cy + 9} L${cx - 9},${cy} Z`} fill="#fff" stroke="#1e40af" strokeWidth={3} />
              <text x={cx} y={cy - 16} textAnchor={anchorFor(cx)} fontSize={20} fill="#1e40af">
                {formatFigure({ comparator: p.comparator, value: p.target, valueMax: null, unit })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-muted">
        <span aria-hidden="true">● 实际结果　◇ 目标（虚线为目标路径）</span>
        <span className="sr-only">{summary}</span>
      </figcaption>
      {!compact && (
        <details className="mt-2 text-sm">
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
                  <td className="border border-line px-3 py-1">
                    {p.target !== null ? formatFigure({ comparator: p.comparator, value: p.target, valueMax: null, unit }) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** Labels near the edges grow inwards so they are never clipped on a narrow screen. */
function anchorFor(cx: number): "start" | "middle" | "end" {
  if (cx < W * 0.2) return "start";
  if (cx > W * 0.8) return "end";
  return "middle";
}

function describe(points: ReturnType<typeof chartPoints>, unit: string): string {
  return points
    .map((p) => {
      const parts = [];
      if (p.actual !== null) parts.push(`实际${formatQuantity(p.actual, unit)}`);
      if (p.target !== null) parts.push(`目标${formatFigure({ comparator: p.comparator, value: p.target, valueMax: null, unit })}`);
      return `${p.year}年${parts.join("，")}`;
    })
    .join("；");
}
