import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SourceText } from "@/components/SourceText";
import type { Lang } from "@/lib/i18n/language";
import type { CitedExcerpt, DamageNote, SourceSummary } from "@/lib/model/views";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    here: "原文", kicker: "原文全文", publisher: "发布单位", published: "发布日期", url: "原始网址",
    unstated: "原文未注明", unknown: "不详",
    title: (source: SourceSummary) => `原文：${source.titleZh}`,
    description: (excerpts: number) => `本站所有数字的出处全文，引用的${excerpts}处摘录逐一标出，并链接到对应指标。`,
    heading: (source: SourceSummary) => <h1 className="text-2xl font-bold sm:text-3xl" lang="zh-CN">{source.titleZh}</h1>,
    intro: (excerpts: number, damaged: number) => (
      <p className="text-sm">
        下面是本站收录的全文，照录原文（包括原文的错字和重复段落）。<mark className="bg-amber-100 px-1">高亮</mark>
        的是本站引用的{excerpts}处摘录，每处后面的链接通向使用它的指标；两处摘录重叠的地方颜色更深。
        {damaged > 0 && (
          <>
            <span className="underline decoration-red-700 decoration-dotted decoration-2 underline-offset-4">虚线下划线</span>
            标出原文疑似损坏或重复印出的{damaged}处，每处开头是本站的编者注。
          </>
        )}
      </p>
    ),
  },
  en: {
    here: "The source", kicker: "The source document, in full (Chinese)", publisher: "Publisher",
    published: "Published", url: "Original address", unstated: "not stated in the source", unknown: "unknown",
    title: () => "The source document (Chinese)",
    description: (excerpts: number) =>
      `The full Chinese text every figure on the site comes from, its ${excerpts} cited excerpts highlighted and linked to their indicators.`,
    heading: (source: SourceSummary) =>
      source.titleEn ? (
        <>
          <h1 className="text-2xl font-bold sm:text-3xl">{source.titleEn}</h1>
          <p className="text-lg" lang="zh-CN">{source.titleZh}</p>
        </>
      ) : (
        <h1 className="text-2xl font-bold sm:text-3xl" lang="zh-CN">{source.titleZh}</h1>
      ),
    intro: (excerpts: number, damaged: number) => (
      <p className="text-sm">
        Below is the full text as we hold it, in the original Chinese and copied exactly as written (typos and repeated
        paragraphs included); we do not translate the document, which is the authority. The {excerpts} excerpts the site
        cites are <mark className="bg-amber-100 px-1">highlighted</mark>. After each one, English links lead to the indicators that
        use it. Where two excerpts overlap, the colour is darker.
        {damaged > 0 && (
          <>
            {" "}<span className="underline decoration-red-700 decoration-dotted decoration-2 underline-offset-4">Dotted underlining</span> marks
            the {damaged} places where the source looks garbled or prints a passage twice; each opens with our note.
          </>
        )}
      </p>
    ),
  },
} satisfies Record<Lang, {
  here: string; kicker: string; publisher: string; published: string; url: string; unstated: string; unknown: string;
  title: (source: SourceSummary) => string; description: (excerpts: number) => string;
  heading: (source: SourceSummary) => React.ReactNode; intro: (excerpts: number, damaged: number) => React.ReactNode;
}>;

/**
 * The source document as a reader, every cited excerpt highlighted and linked to what it feeds: the
 * body of /sources/[id] and /en/sources/[id]. The document stays in Chinese in both: it is the
 * authority; the English page only puts English around it.
 */
export function SourceDocument({ source, text, excerpts, damage = [], lang }: {
  source: SourceSummary; text: string; excerpts: CitedExcerpt[]; damage?: DamageNote[]; lang: Lang;
}) {
  const w = TEXT[lang];
  return (
    <article className="max-w-3xl space-y-6">
      <Breadcrumbs lang={lang} here={w.here} />
      <header className="space-y-2">
        <p className="text-sm text-muted">{w.kicker}</p>
        {w.heading(source)}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-muted">{w.publisher}</dt>
          <dd>{source.publisher ?? w.unstated}</dd>
          <dt className="text-muted">{w.published}</dt>
          <dd>{source.published ?? w.unstated}</dd>
          <dt className="text-muted">{w.url}</dt>
          <dd>{source.url ? <a href={source.url}>{source.url}</a> : w.unknown}</dd>
        </dl>
        {w.intro(excerpts.length, damage.length)}
      </header>
      <SourceText text={text} excerpts={excerpts} damage={damage} lang={lang} />
    </article>
  );
}

/** /sources/[id]'s metadata: the document's title in Chinese; in English, what the page is. */
export function sourceMetadata(lang: Lang, { source, excerpts }: { source: SourceSummary; excerpts: CitedExcerpt[] }): Metadata {
  const w = TEXT[lang];
  return { title: w.title(source), description: w.description(excerpts.length), alternates: languageAlternates(lang, `/sources/${source.id}`) };
}
