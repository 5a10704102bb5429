import Link from "next/link";
import { IndicatorChart } from "@/components/IndicatorChart";
import { StatusBadge } from "@/components/StatusBadge";
import { figureText } from "@/components/figureText";
import type { IndicatorSummary } from "@/lib/queries";

/** An indicator in a sector list: its results and targets at a glance, its chart when it has one. */
export function IndicatorCard({ indicator }: { indicator: IndicatorSummary }) {
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  return (
    <li className="rounded-lg border-2 border-line p-4" id={indicator.slug}>
      <h3 className="text-lg font-bold">
        <Link href={`/indicators/${indicator.slug}`}>{indicator.nameZh}</Link>
      </h3>
      <dl className="mt-2 space-y-2">
        {actuals.map((f) => (
          <div key={f.anchor}>
            <dt className="text-sm text-muted">{f.year}年</dt>
            <dd className={f.value !== null ? "text-2xl font-bold text-brand" : "text-base"}>
              {f.value !== null ? figureText(f, indicator.unit) : `“${f.excerpt}”`}
            </dd>
          </div>
        ))}
        {targets.length > 0 && actuals.every((f) => f.value === null) && indicator.unit && (
          <div>
            <dt className="text-sm text-muted">2023年</dt>
            <dd className="text-base text-muted">来源未公布</dd>
          </div>
        )}
        {targets.map((f) => (
          <div key={f.anchor}>
            <dt className="text-sm text-muted">目标：到{f.year}年</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className={f.value !== null ? "text-xl font-bold" : ""}>{f.value !== null ? figureText(f, indicator.unit) : `“${f.excerpt}”`}</span>
              {f.assessment && <StatusBadge status={f.assessment.status} />}
            </dd>
          </div>
        ))}
      </dl>
      {indicator.unit && <IndicatorChart title={indicator.nameZh} unit={indicator.unit} figures={indicator.figures} compact />}
    </li>
  );
}
