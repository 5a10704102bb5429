import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorEmbed, indicatorEmbedMetadata } from "@/components/IndicatorEmbed";
import { getEdition, getIndicator } from "@/lib/queries/queries";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  return indicator ? indicatorEmbedMetadata("en", indicator) : {};
}

export default async function Page({ params }: Props) {
  const [indicator, edition] = await Promise.all([getIndicator((await params).slug), getEdition()]);
  if (!indicator) notFound();
  return <IndicatorEmbed indicator={indicator} edition={edition} lang="en" />;
}
