import { CopyButton } from "@/components/CopyButton";
import { siteUrl } from "@/lib/siteUrl";

/** The id of the embed panel's <details>, whose open state is part of the page's address (see ViewSync). */
export const EMBED_PANEL_ID = "embed-code";

/** "嵌入": the iframe code for this indicator's embeddable chart and figure, in a disclosure panel. */
export function EmbedPanel({ slug, title }: { slug: string; title: string }) {
  const src = siteUrl(`/embed/indicators/${slug}`);
  const code = `<iframe src="${src}" title="${title}（平城区发展目标进展）" width="100%" height="460" style="border:0;max-width:640px" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="embed" className="space-y-2">
      <h3 id="embed" className="scroll-mt-4 text-lg font-bold">嵌入</h3>
      <details className="rounded border-2 border-line p-3" id={EMBED_PANEL_ID}>
        <summary className="cursor-pointer py-1 font-semibold text-link">获取嵌入代码（iframe）</summary>
        <p className="mt-2 text-sm">把下面的代码粘贴到网页中，即可显示本指标的数字和图表，并附回到本页的链接。</p>
        <textarea readOnly value={code} rows={4} aria-label="嵌入代码" className="mt-2 w-full rounded border border-line p-2 font-mono text-xs" />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <CopyButton text={code} label="复制嵌入代码" />
          <a href={`/embed/indicators/${slug}`}>预览嵌入效果</a>
        </div>
      </details>
    </section>
  );
}
