import { CopyButton } from "@/components/CopyButton";
import { formatDateZh } from "@/lib/format/format";
import { formatDateEn } from "@/lib/format/formatEn";
import { PUNCTUATION, type Lang } from "@/lib/i18n/language";
import { citations, type CitationInput } from "@/lib/citations/citation";

const TEXT = {
  zh: {
    // Each reader's own style first: GB/T 7714 for Chinese readers, APA for English ones.
    styles: ["gbt", "apa"] as const,
    heading: "引用", page: "本页", source: "原文", citeWhat: (what: string) => `引用${what}`, copy: (style: string, what: string) => `复制${style}引文（${what}）`, apa: "APA（第7版）",
    unstated: "原文未注明发布单位或发布日期的，引文如实写作“出版者不详”“出版日期不详”（APA 为 n.d.），本站不作推测。",
    note: (updated: Date, accessed: Date) =>
      `原文标题照录。本页日期为数据更新日期（${formatDateZh(updated)}）；访问日期取本页的生成日期${formatDateZh(accessed)}（页面在发布时生成，引用时可改为您实际访问的日期）。`,
  },
  en: {
    styles: ["apa", "gbt"] as const,
    heading: "Cite", page: "this page", source: "the source", citeWhat: (what: string) => `Cite ${what}`, copy: (style: string, what: string) => `Copy the ${style} citation of ${what}`, apa: "APA (7th edition)",
    unstated: "Where a source names no publisher or no date, the citations say so (n.d.; GB/T 7714 writes 出版者不详, 出版日期不详) rather than guess.",
    note: (updated: Date, accessed: Date) =>
      `A source's title is cited as written, in Chinese. This page's date is the day its data were last updated (${formatDateEn(updated)}); the access date is the day the page was built, ${formatDateEn(accessed)}: change it to the day you read it.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/**
 * "引用" / "Cite": ready-made citations of this page and of each source its figures come from, each with
 * a copy button. English readers get APA first, then GB/T 7714 (the Chinese national standard).
 */
export function CitePanel({ page, sources, lang }: { page: Omit<CitationInput, "source">; sources: CitationInput["source"][]; lang: Lang }) {
  const text = TEXT[lang];
  const all = sources.map((source) => citations({ ...page, source }));
  if (all.length === 0) return null;
  const gbt = [
    { style: "GB/T 7714-2015", id: "gbt", what: text.page, text: all[0].gbt.page },
    ...all.map((c, i) => ({ style: "GB/T 7714-2015", id: i === 0 ? "gbt-source" : `gbt-source-${i + 1}`, what: text.source, text: c.gbt.source })),
  ];
  const apa = [
    { style: text.apa, id: "apa", what: text.page, text: all[0].apa.page },
    ...all.map((c, i) => ({ style: text.apa, id: i === 0 ? "apa-source" : `apa-source-${i + 1}`, what: text.source, text: c.apa.source })),
  ];
  const rows = text.styles.flatMap((style) => ({ gbt, apa })[style]);
  return (
    <section aria-labelledby="cite" className="space-y-3">
      <h3 id="cite" className="scroll-mt-4 text-lg font-bold">{text.heading}</h3>
      <dl className="space-y-3">
        {rows.map((r) => (
          <div key={r.id}>
            <dt className="text-sm font-semibold">{r.style} · {text.citeWhat(r.what)}</dt>
            <dd className="mt-1 space-y-1">
              <p className="rounded bg-wash px-3 py-2 text-sm [overflow-wrap:anywhere]" data-testid={`citation-${r.id}`}>{r.text}</p>
              <CopyButton text={r.text} label={text.copy(r.style.startsWith("APA") ? "APA" : "GB/T", r.what)} lang={lang} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        {sources.some((s) => s.publisher === null || s.published === null) && `${text.unstated}${PUNCTUATION[lang].sentenceGap}`}
        {text.note(page.updated, page.accessed)}
      </p>
    </section>
  );
}
