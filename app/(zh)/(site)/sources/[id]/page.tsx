import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceText } from "@/components/SourceText";
import { getSourceDocument, listSources } from "@/lib/queries";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listSources()).map((s) => ({ id: s.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getSourceDocument((await params).id);
  if (!doc) return {};
  return {
    title: `原文：${doc.source.titleZh}`,
    description: `本站所有数字的出处全文，引用的${doc.excerpts.length}处摘录逐一标出，并链接到对应指标。`,
    alternates: { canonical: `/sources/${doc.source.id}` },
  };
}

/** The source document as a reader, every cited excerpt highlighted and linked to what it feeds. */
export default async function SourcePage({ params }: Props) {
  const doc = await getSourceDocument((await params).id);
  if (!doc) notFound();
  const { source, text, excerpts } = doc;
  return (
    <article className="max-w-3xl space-y-6">
      <nav aria-label="面包屑" className="text-sm">
        <Link href="/">总览</Link> <span aria-hidden="true">›</span> <span>原文</span>
      </nav>
      <header className="space-y-2">
        <p className="text-sm text-muted">原文全文</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{source.titleZh}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-muted">发布单位</dt>
          <dd>{source.publisher ?? "原文未注明"}</dd>
          <dt className="text-muted">发布日期</dt>
          <dd>{source.published ?? "原文未注明"}</dd>
          <dt className="text-muted">原始网址</dt>
          <dd>{source.url ? <a href={source.url}>{source.url}</a> : "不详"}</dd>
        </dl>
        <p className="text-sm">
          下面是本站收录的全文，照录原文（包括原文的错字和重复段落）。<mark className="bg-amber-100 px-1">高亮</mark>
          的是本站引用的{excerpts.length}处摘录，每处后面的链接通向使用它的指标；两处摘录重叠的地方颜色更深。
        </p>
      </header>
      <SourceText text={text} excerpts={excerpts} />
    </article>
  );
}
