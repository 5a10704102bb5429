"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend } from "recharts";
import type { ChartPoint } from "@/lib/charts/chartPoints";
import { formatFigure, formatQuantity } from "@/lib/format/format";

/** Loaded on demand by InteractiveChartButton; the same points as the server chart, with tooltips. */
export function RechartsTimeline({ points, unit, title }: { points: ChartPoint[]; unit: string; title: string }) {
  return (
    <figure className="my-2" aria-label={`${title}（互动图表）`}>
      <div className="h-72 w-full max-w-2xl">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} ticks={points.map((p) => p.year)} tick={{ fontSize: 14 }} />
            <YAxis tick={{ fontSize: 14 }} width={56} />
            <Tooltip
              formatter={(value, name, item) => {
                const point = item.payload as ChartPoint;
                const v = Number(value);
                return name === "目标"
                  ? formatFigure({ comparator: point.comparator, value: v, valueMax: null, unit })
                  : formatQuantity(v, unit);
              }}
              labelFormatter={(year) => `${year}年`}
            />
            <Legend />
            <Line name="实际结果" dataKey="actual" stroke="#8b1a1a" strokeWidth={3} connectNulls dot={{ r: 6 }} isAnimationActive={false} />
            <Line name="目标" dataKey="target" stroke="#1e40af" strokeWidth={2.5} strokeDasharray="8 6" connectNulls dot={{ r: 6 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
