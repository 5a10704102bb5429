import type { Metadata } from "next";
import { OneSlide, slideMetadata, slideParams } from "@/components/DeckPages";

export const dynamicParams = false;
export const generateStaticParams = slideParams;

type Props = { params: Promise<{ slide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return slideMetadata((await params).slide, "en");
}

export default async function SlidePageEn({ params }: Props) {
  return <OneSlide slug={(await params).slide} lang="en" />;
}
