import { IndicatorChart } from "@/components/IndicatorChart";
import { TargetTerm } from "@/components/TargetTerm";
import { figureIn } from "@/lib/format/figureText";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import type { IndicatorSummary } from "@/lib/queries/queries";

/** An indicator in a sector list: its results and targets at a glance, its chart when it has one. */
export function IndicatorCard({ indicator, lang = "zh" }: { indicator: IndicatorSummary; lang?: Lang }) {
  const en = lang === "en";
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  return (
    <li className="rounded-lg border-2 border-line p-4" id={indicator.slug}>
      <h3 className="text-lg font-bold">
        <a href={pathIn(lang, `/indicators/${indicator.slug}`)}>{nameIn(lang, indicator)}</a>
      </h3>
      <dl className="mt-2 space-y-2">
        {actuals.map((f) => (
          <div key={f.anchor}>
            <dt className="text-sm text-muted">{en ? f.year : `${f.year}年`}</dt>
            <dd className={f.value !== null ? "text-2xl font-bold text-brand" : "text-base"}>{figureIn(lang, f, indicator.unit)}</dd>
          </div>
        ))}
        {targets.length > 0 && actuals.every((f) => f.value === null) && indicator.unit && (
          <div>
            <dt className="text-sm text-muted">{en ? "2023" : "2023年"}</dt>
            <dd className="text-base text-muted">{en ? "Not published in the source" : "原文未公布"}</dd>
          </div>
        )}
        {targets.map((f) => (
          <TargetTerm key={f.anchor} figure={f} unit={indicator.unit} lang={lang} size="text-xl" />
        ))}
      </dl>
      {indicator.unit && <IndicatorChart title={nameIn(lang, indicator)} unit={indicator.unit} figures={indicator.figures} compact lang={lang} />}
    </li>
  );
}
