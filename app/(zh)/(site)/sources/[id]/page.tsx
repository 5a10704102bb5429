import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { notFound } from "next/navigation";
import { SourceDocument } from "@/components/SourceDocument";
import { sourceParams } from "@/lib/queries/staticParams";
import { getSourceDocument } from "@/lib/queries/queries";

export const dynamicParams = false;
export const generateStaticParams = sourceParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getSourceDocument((await params).id);
  if (!doc) return {};
  return {
    title: `原文：${doc.source.titleZh}`,
    description: `本站所有数字的出处全文，引用的${doc.excerpts.length}处摘录逐一标出，并链接到对应指标。`,
    alternates: languageAlternates("zh", `/sources/${doc.source.id}`),
  };
}

/** The source document as a reader, every cited excerpt highlighted and linked to what it feeds. */
export default async function SourcePage({ params }: Props) {
  const doc = await getSourceDocument((await params).id);
  if (!doc) notFound();
  return <SourceDocument {...doc} lang="zh" />;
}
