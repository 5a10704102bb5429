import { IndicatorChart } from "@/components/IndicatorChart";
import { TargetTerm } from "@/components/TargetTerm";
import { figureIn } from "@/lib/format/figureText";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import type { FigureView, IndicatorSummary } from "@/lib/model/views";

const TEXT = {
  zh: {
    year: (y: number) => `${y}年`, results: "结果", none: "本站暂无结果",
    // A figure with our note (a year we inferred, a definition that may differ) says so on the card too.
    noted: "见编者注",
  },
  en: { year: (y: number) => String(y), results: "Results", none: "None on this site yet", noted: "see our note" },
} satisfies Record<Lang, unknown>;

/** An indicator in a sector list: its results and targets at a glance, its chart when it has one. */
export function IndicatorCard({ indicator, lang = "zh" }: { indicator: IndicatorSummary; lang?: Lang }) {
  const text = TEXT[lang];
  const page = pathIn(lang, `/indicators/${indicator.slug}`);
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  const note = (f: FigureView) => f.noteZh !== null && <a href={`${page}#${f.anchor}`} className="ml-2 text-sm font-normal">{text.noted}</a>;
  return (
    <li className="rounded-lg border-2 border-line p-4" id={indicator.slug}>
      <h3 className="text-lg font-bold">
        <a href={page}>{nameIn(lang, indicator)}</a>
      </h3>
      <dl className="mt-2 space-y-2">
        {actuals.map((f) => (
          <div key={f.anchor}>
            <dt className="text-sm text-muted">{text.year(f.year)}</dt>
            <dd className={f.value !== null ? "text-2xl font-bold text-brand" : "text-base"}>{figureIn(lang, f, indicator.unit)}{note(f)}</dd>
          </div>
        ))}
        {targets.length > 0 && actuals.every((f) => f.value === null) && indicator.unit && (
          <div>
            <dt className="text-sm text-muted">{text.results}</dt>
            <dd className="text-base text-muted">{text.none}</dd>
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
