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
  const path = `/sources/${doc.source.id}`;
  return {
    title: "The source document (Chinese)",
    description: `The full Chinese text every figure on the site comes from, its ${doc.excerpts.length} cited excerpts highlighted and linked to their indicators.`,
    alternates: languageAlternates("en", path),
  };
}

/** The source document itself stays Chinese (it is the authority); only the words around it are English. */
export default async function SourcePageEn({ params }: Props) {
  const doc = await getSourceDocument((await params).id);
  if (!doc) notFound();
  return <SourceDocument {...doc} lang="en" />;
}
