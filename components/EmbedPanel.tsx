import { CopyButton } from "@/components/CopyButton";
import { pathIn, type Lang } from "@/lib/i18n/language";
import { embedCode } from "@/lib/links/embedCode";
import { siteUrl } from "@/lib/links/siteUrl";

/** The id of the embed panel's <details>, whose open state is part of the page's address (see ViewSync). */
export const EMBED_PANEL_ID = "embed-code";

const TEXT = {
  zh: {
    heading: "嵌入", summary: "获取嵌入代码（iframe）", code: "嵌入代码", copy: "复制嵌入代码", preview: "预览嵌入效果",
    how: "把下面的代码粘贴到网页中，即可显示本指标的数字和图表，并附回到本页的链接。",
  },
  en: {
    heading: "Embed", summary: "Get the embed code (iframe)", code: "Embed code", copy: "Copy the embed code",
    preview: "Preview the embed", how: "Paste this code into a web page to show this indicator's figure and chart in English (our translation), with a link back to this page.",
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** "嵌入" / "Embed": the iframe code for this indicator's embeddable chart and figure, in the page's language, in a disclosure panel. */
export function EmbedPanel({ slug, title, lang = "zh" }: { slug: string; title: string; lang?: Lang }) {
  const w = TEXT[lang];
  const path = pathIn(lang, `/embed/indicators/${slug}`);
  const code = embedCode(lang, siteUrl(path), title);
  return (
    <section aria-labelledby="embed" className="space-y-2">
      <h3 id="embed" className="scroll-mt-4 text-lg font-bold">{w.heading}</h3>
      <details className="rounded border-2 border-line p-3" id={EMBED_PANEL_ID}>
        <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-link">{w.summary}</summary>
        <p className="mt-2 text-sm">{w.how}</p>
        <textarea readOnly value={code} rows={4} aria-label={w.code} className="mt-2 w-full rounded border border-line p-2 font-mono text-xs" />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <CopyButton text={code} label={w.copy} lang={lang} />
          <a href={path} className="tap">{w.preview}</a>
        </div>
      </details>
    </section>
  );
}
