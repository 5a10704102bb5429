import type { Metadata } from "next";
import { FigureValue } from "@/components/FigureValue";
import { IndicatorChart } from "@/components/IndicatorChart";
import { TargetTerm } from "@/components/TargetTerm";
import { editionLine } from "@/lib/i18n/editionLine";
import { headlineFigures } from "@/lib/progress/headlineFigures";
import { type Lang, nameIn, pathIn, PUNCTUATION, SITE_NAME, titleIn } from "@/lib/i18n/language";
import { sourcesCited } from "@/lib/citations/sourcesCited";
import type { Edition, IndicatorDetail } from "@/lib/model/views";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: {
    title: (name: string) => `${name}（嵌入）`,
    heading: (name: string) => `平城区 · ${name}`,
    year: (year: number) => `${year}年`,
    results: "结果",
    noResult: "本站暂无结果",
    credit: (sources: string, edition: string) => <>来源：{sources} · {edition}</>,
    linkBack: `在“${SITE_NAME.zh}”查看全部数字与原文出处 ↗`,
  },
  en: {
    title: (name: string) => `${name} (embed)`,
    heading: (name: string) => `Pingcheng · ${name}`,
    year: (year: number) => String(year),
    results: "Results",
    noResult: "None on this site yet",
    credit: (sources: string, edition: string) => (
      <>
        Source: {sources} · {edition} · English text is our unofficial
        translation; the Chinese is the authority.
      </>
    ),
    linkBack: `See every figure and its source on the ${SITE_NAME.en} ↗`,
  },
} satisfies Record<Lang, {
  title: (name: string) => string; heading: (name: string) => string; year: (year: number) => string;
  results: string; noResult: string; credit: (sources: string, edition: string) => React.ReactNode; linkBack: string;
}>;

/**
 * An indicator's figure and chart alone, sized for an iframe, with a link back to its page: the body
 * of /embed/indicators/[slug] and, in English (our unofficial translation), /en/embed/indicators/[slug].
 */
export function IndicatorEmbed({ indicator, edition, lang }: { indicator: IndicatorDetail; edition: Edition; lang: Lang }) {
  const text = TEXT[lang];
  const { actual, target } = headlineFigures(indicator.figures, edition.statusDate);
  // The embed shows these two figures and the chart of the numeric ones: it cites their sources.
  const sources = sourcesCited(indicator.figures.filter((f) => f === actual || f === target || f.value !== null))
    .map((s) => titleIn(lang, s))
    .join(PUNCTUATION[lang].list);
  const page = siteUrl(pathIn(lang, `/indicators/${indicator.slug}`));
  const name = nameIn(lang, indicator);
  return (
    <article className="space-y-2 text-sm">
      <h1 className="text-lg font-bold">{text.heading(name)}</h1>
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-muted">{actual ? text.year(actual.year) : text.results}</dt>
          <dd className={actual?.value != null ? "text-2xl font-bold text-brand" : "text-base"} data-testid="embed-actual">
            {actual ? <FigureValue figure={actual} unit={indicator.unit} lang={lang} /> : text.noResult}
          </dd>
        </div>
        {target && <TargetTerm figure={target} unit={indicator.unit} lang={lang} size="text-2xl" />}
      </dl>
      {indicator.unit && <IndicatorChart title={name} unit={indicator.unit} figures={indicator.figures} compact lang={lang} />}
      <p className="text-muted">{text.credit(sources, editionLine(lang, edition))}</p>
      <p>
        <a href={page} target="_blank" rel="noopener" data-testid="embed-link-back" className="tap">
          {text.linkBack}
        </a>
      </p>
    </article>
  );
}

/** The embed is a view of the indicator page, which is the address to index and to cite. */
export function indicatorEmbedMetadata(lang: Lang, indicator: Pick<IndicatorDetail, "slug" | "nameZh" | "nameEn">): Metadata {
  return { title: TEXT[lang].title(nameIn(lang, indicator)), alternates: { canonical: pathIn(lang, `/indicators/${indicator.slug}`) } };
}
