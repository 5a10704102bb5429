import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceDocument, sourceMetadata } from "@/components/SourceDocument";
import { getSourceDocument } from "@/lib/queries/queries";
import { sourceParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = sourceParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getSourceDocument((await params).id);
  return doc ? sourceMetadata("en", doc) : {};
}

export default async function Page({ params }: Props) {
  const doc = await getSourceDocument((await params).id);
  if (!doc) notFound();
  return <SourceDocument {...doc} lang="en" />;
}
