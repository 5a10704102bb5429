import type { Metadata } from "next";
import { IndicatorEmbed } from "@/components/IndicatorEmbed";
import { getIndicator } from "@/lib/queries/queries";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) return {};
  // The embed is a view of the indicator page, which is the address to index and to cite.
  return { title: `${indicator.nameZh}（嵌入）`, alternates: { canonical: `/indicators/${indicator.slug}` } };
}

export default async function EmbedIndicatorPage({ params }: Props) {
  return <IndicatorEmbed slug={(await params).slug} lang="zh" />;
}
