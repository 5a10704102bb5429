import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorPage, indicatorMetadata } from "@/components/IndicatorPage";
import { getIndicator, getIndicatorPage } from "@/lib/queries/queries";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  return indicator ? indicatorMetadata("zh", indicator) : {};
}

export default async function Page({ params }: Props) {
  const data = await getIndicatorPage((await params).slug);
  if (!data) notFound();
  return <IndicatorPage lang="zh" {...data} />;
}
