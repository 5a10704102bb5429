import { CopyButton } from "@/components/CopyButton";
import { citations, type CitationInput } from "@/lib/sharing/citation";
import { formatDateZh } from "@/lib/format/format";

/** "引用": ready-made citations of this page and of the source document, each with a copy button. */
export function CitePanel({ input }: { input: CitationInput }) {
  const { gbt, apa } = citations(input);
  const rows = [
    { style: "GB/T 7714-2015", id: "gbt", what: "本页", text: gbt.page },
    { style: "GB/T 7714-2015", id: "gbt-source", what: "原文", text: gbt.source },
    { style: "APA（第7版）", id: "apa", what: "本页", text: apa.page },
    { style: "APA（第7版）", id: "apa-source", what: "原文", text: apa.source },
  ];
  return (
    <section aria-labelledby="cite" className="space-y-3">
      <h3 id="cite" className="scroll-mt-4 text-lg font-bold">引用</h3>
      <dl className="space-y-3">
        {rows.map((r) => (
          <div key={r.id}>
            <dt className="text-sm font-semibold">{r.style} · 引用{r.what}</dt>
            <dd className="mt-1 space-y-1">
              <p className="break-all rounded bg-wash px-3 py-2 text-sm" data-testid={`citation-${r.id}`}>{r.text}</p>
              <CopyButton text={r.text} label={`复制${r.style.startsWith("APA") ? "APA" : "GB/T"}引文（${r.what}）`} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        原文未注明发布单位和发布日期，引文如实写作“出版者不详”“出版日期不详”（APA 为 n.d.），本站不作推测；原文标题照录。
        本页日期为数据更新日期（{formatDateZh(input.updated)}）；访问日期取本页的生成日期 {formatDateZh(input.accessed)}（页面在发布时生成，引用时可改为你实际访问的日期）。
      </p>
    </section>
  );
}
