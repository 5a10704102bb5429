import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IndicatorCard } from "@/components/IndicatorCard";
import { PresentLink } from "@/components/PresentLink";
import { PrintFooter } from "@/components/PrintFooter";
import { ReadAloud } from "@/components/ReadAloud";
import type { Slide } from "@/lib/deck/deck";
import { pathIn, type Lang } from "@/lib/i18n/language";
import type { Edition, IndicatorSummary, SectorSummary } from "@/lib/queries/queries";
import { pageMetadata } from "@/lib/sharing/pageMetadata";

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
 * One sector: its indicators grouped under the source's own sub-headings. The sub-headings are the
 * source's words, so they stay in Chinese on the English page (marked as such), like the section heading.
 */
export function SectorPage({ lang, sector, indicators, slide, edition }: SectorPageData & { lang: Lang }) {
  const text = TEXT[lang];
  const en = lang === "en";
  const groups = [...new Set(indicators.map((i) => i.groupZh))];
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
          {/* Quoted, unless the heading has quotation marks of its own (“四步走”战略目标): ““…”…” reads as a typo. */}
          {text.section}<span lang="zh-CN">{/[“”"]/.test(sector.headingZh) ? sector.headingZh : `“${sector.headingZh}”`}</span>
        </p>
        {slide && <p className="mt-3"><PresentLink slide={slide} lang={lang} /></p>}
      </header>
      {groups.map((group, i) => (
        <section key={group} aria-labelledby={`group-${i + 1}`}>
          <h2 id={`group-${i + 1}`} className="text-xl font-bold" lang="zh-CN">{group}</h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {indicators.filter((ind) => ind.groupZh === group).map((ind) => (
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
