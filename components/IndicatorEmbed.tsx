import { FigureValue } from "@/components/FigureValue";
import { IndicatorChart } from "@/components/IndicatorChart";
import { TargetTerm } from "@/components/TargetTerm";
import { editionLine } from "@/lib/i18n/editionLine";
import { headlineFigures } from "@/lib/progress/headlineFigures";
import { type Lang, nameIn, pathIn, titleIn } from "@/lib/i18n/language";
import { sourcesCited } from "@/lib/citations/sourcesCited";
import type { Edition, IndicatorDetail } from "@/lib/model/views";
import { siteUrl } from "@/lib/links/siteUrl";

/**
 * An indicator's figure and chart alone, sized for an iframe, with a link back to its page: the body
 * of /embed/indicators/[slug] and, in English (our unofficial translation), /en/embed/indicators/[slug].
 */
export function IndicatorEmbed({ indicator, edition, lang }: { indicator: IndicatorDetail; edition: Edition; lang: Lang }) {
  const en = lang === "en";
  const { actual, target } = headlineFigures(indicator.figures, edition.statusDate);
  // The embed shows these two figures and the chart of the numeric ones: it cites their sources.
  const sources = sourcesCited(indicator.figures.filter((f) => f === actual || f === target || f.value !== null))
    .map((s) => titleIn(lang, s))
    .join(en ? "; " : "");
  const page = siteUrl(pathIn(lang, `/indicators/${indicator.slug}`));
  const name = nameIn(lang, indicator);
  return (
    <article className="space-y-2 text-sm">
      <h1 className="text-lg font-bold">{en ? `Pingcheng · ${name}` : `平城区 · ${name}`}</h1>
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-muted">{actual ? (en ? String(actual.year) : `${actual.year}年`) : en ? "Results" : "结果"}</dt>
          <dd className={actual?.value != null ? "text-2xl font-bold text-brand" : "text-base"} data-testid="embed-actual">
            {actual ? <FigureValue figure={actual} unit={indicator.unit} lang={lang} /> : en ? "None on this site yet" : "本站暂无结果"}
          </dd>
        </div>
        {target && <TargetTerm figure={target} unit={indicator.unit} lang={lang} size="text-2xl" />}
      </dl>
      {indicator.unit && <IndicatorChart title={name} unit={indicator.unit} figures={indicator.figures} compact lang={lang} />}
      {en ? (
        <p className="text-muted">
          Source: {sources} · {editionLine(lang, edition)} · English text is our unofficial
          translation; the Chinese is the authority.
        </p>
      ) : (
        <p className="text-muted">
          来源：{sources} · {editionLine(lang, edition)}
        </p>
      )}
      <p>
        <a href={page} target="_blank" rel="noopener" data-testid="embed-link-back" className="tap">
          {en ? "See every figure and its source on the Pingcheng progress dashboard ↗" : "在“平城区发展目标进展”查看全部数字与原文出处 ↗"}
        </a>
      </p>
    </article>
  );
}
