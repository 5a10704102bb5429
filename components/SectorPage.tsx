import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IndicatorCard } from "@/components/IndicatorCard";
import { PresentLink } from "@/components/PresentLink";
import { PrintFooter } from "@/components/PrintFooter";
import { ReadAloud } from "@/components/ReadAloud";
import type { Slide } from "@/lib/deck/deck";
import { quote } from "@/lib/format/quote";
import { englishOr, nameIn, pathIn, type Lang } from "@/lib/i18n/language";
import type { Edition, IndicatorSummary, SectorSummary } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

type Group = { zh: string; en: string; id: string };

const TEXT = {
  zh: {
    otherName: (s: SectorSummary) => <p className="mt-1 text-muted" lang="en">{s.nameEn} <span className="text-xs">(unofficial translation)</span></p>,
    summary: (s: SectorSummary) => s.summaryZh,
    section: (s: SectorSummary) => `原文章节：${quote(s.headingZh)}`,
    group: (g: Group) => <h2 id={g.id} className="text-xl font-bold">{g.zh}</h2>,
    description: (s: SectorSummary, n: number) => `${s.summaryZh}共${n}项指标，均附原文出处。`,
  },
  en: {
    otherName: (s: SectorSummary) => <p className="mt-1 text-muted" lang="zh-CN">{s.nameZh}</p>,
    summary: (s: SectorSummary) => s.summaryEn,
    section: (s: SectorSummary) => (
      <>
        Section of the source: {quote(s.headingEn)} (<span lang="zh-CN">{s.headingZh}</span>)
      </>
    ),
    group: (g: Group) => (
      <>
        <h2 id={g.id} className="text-xl font-bold">{g.en}</h2>
        <p className="text-sm text-muted" lang="zh-CN">{g.zh}</p>
      </>
    ),
    description: (s: SectorSummary, n: number) => `${s.summaryEn} ${n} indicators, each with its source.`,
  },
} satisfies Record<Lang, {
  otherName: (s: SectorSummary) => React.ReactNode; summary: (s: SectorSummary) => string; section: (s: SectorSummary) => React.ReactNode;
  group: (g: Group) => React.ReactNode; description: (s: SectorSummary, n: number) => string;
}>;

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
  const name = nameIn(lang, sector);
  const groups = [...new Map(indicators.map((i) => [i.groupZh, { zh: i.groupZh, en: englishOr(i.groupZh, i.groupEn) }])).values()];
  return (
    <div className="space-y-8">
      <Breadcrumbs lang={lang} here={name} />
      <ReadAloud lang={lang} />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{name}</h1>
        {text.otherName(sector)}
        <p className="mt-2 max-w-3xl">{text.summary(sector)}</p>
        <p className="mt-1 text-sm text-muted">{text.section(sector)}</p>
        {slide && <p className="mt-3"><PresentLink slide={slide} lang={lang} /></p>}
      </header>
      {groups.map((group, i) => (
        <section key={group.zh} aria-labelledby={`group-${i + 1}`}>
          {text.group({ ...group, id: `group-${i + 1}` })}
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
    title: nameIn(lang, sector),
    description: TEXT[lang].description(sector, indicatorCount),
  });
}
