import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IndicatorCard } from "@/components/IndicatorCard";
import { PresentLink } from "@/components/PresentLink";
import { PrintFooter } from "@/components/PrintFooter";
import { ReadAloud } from "@/components/ReadAloud";
import type { Slide } from "@/lib/deck/deck";
import { quote } from "@/lib/format/quote";
import { englishOr, pathIn, type Lang } from "@/lib/i18n/language";
import type { Edition, IndicatorSummary, SectorSummary } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    otherName: "(unofficial translation)",
    section: "原文章节：",
    description: (s: SectorSummary, n: number) => `${s.summaryZh}共${n}项指标，均附原文出处。`,
  },
  en: {
    otherName: "",
    section: "Section of the source: ",
    description: (s: SectorSummary, n: number) => `${s.summaryEn} ${n} indicators, each with its source.`,
  },
};

export interface SectorPageData {
  sector: SectorSummary;
  indicators: IndicatorSummary[];
  slide: Slide | null;
  edition: Edition;
}

/**
 * One sector: its indicators grouped under the source's own sub-headings. On the English page each
 * heading is our English first, then the source's Chinese, as published.
 */
export function SectorPage({ lang, sector, indicators, slide, edition }: SectorPageData & { lang: Lang }) {
  const text = TEXT[lang];
  const en = lang === "en";
  const groups = [...new Map(indicators.map((i) => [i.groupZh, { zh: i.groupZh, en: englishOr(i.groupZh, i.groupEn) }])).values()];
  return (
    <div className="space-y-8">
      <Breadcrumbs lang={lang} here={en ? sector.nameEn : sector.nameZh} />
      <ReadAloud lang={lang} />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{en ? sector.nameEn : sector.nameZh}</h1>
        {en ? (
          <p className="mt-1 text-muted" lang="zh-CN">{sector.nameZh}</p>
        ) : (
          <p className="mt-1 text-muted" lang="en">{sector.nameEn} <span className="text-xs">{text.otherName}</span></p>
        )}
        <p className="mt-2 max-w-3xl">{en ? sector.summaryEn : sector.summaryZh}</p>
        <p className="mt-1 text-sm text-muted">
          {en ? (
            <>
              {text.section}{quote(sector.headingEn)} (<span lang="zh-CN">{sector.headingZh}</span>)
            </>
          ) : (
            `${text.section}${quote(sector.headingZh)}`
          )}
        </p>
        {slide && <p className="mt-3"><PresentLink slide={slide} lang={lang} /></p>}
      </header>
      {groups.map((group, i) => (
        <section key={group.zh} aria-labelledby={`group-${i + 1}`}>
          {en ? (
            <>
              <h2 id={`group-${i + 1}`} className="text-xl font-bold">{group.en}</h2>
              <p className="text-sm text-muted" lang="zh-CN">{group.zh}</p>
            </>
          ) : (
            <h2 id={`group-${i + 1}`} className="text-xl font-bold">{group.zh}</h2>
          )}
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {indicators.filter((ind) => ind.groupZh === group.zh).map((ind) => (
              <IndicatorCard key={ind.slug} indicator={ind} lang={lang} />
            ))}
          </ul>
        </section>
      ))}
      <PrintFooter path={pathIn(lang, `/sectors/${sector.slug}`)} lang={lang} edition={edition} />
    </div>
  );
}

export function sectorMetadata(lang: Lang, sector: SectorSummary, indicatorCount: number) {
  return pageMetadata({
    lang,
    path: `/sectors/${sector.slug}`,
    title: lang === "en" ? sector.nameEn : sector.nameZh,
    description: TEXT[lang].description(sector, indicatorCount),
  });
}
