import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorEmbed } from "@/components/IndicatorEmbed";
import { nameIn, pathIn } from "@/lib/i18n/language";
import { getEdition, getIndicator } from "@/lib/queries/queries";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) return {};
  // The embed is a view of the indicator page, which is the address to index and to cite.
  return { title: `${nameIn("en", indicator)} (embed)`, alternates: { canonical: pathIn("en", `/indicators/${indicator.slug}`) } };
}

export default async function Page({ params }: Props) {
  const [indicator, edition] = await Promise.all([getIndicator((await params).slug), getEdition()]);
  if (!indicator) notFound();
  return <IndicatorEmbed indicator={indicator} edition={edition} lang="en" />;
}
