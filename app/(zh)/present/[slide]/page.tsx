import type { Metadata } from "next";
import { OneSlide, slideMetadata, slideParams } from "@/components/DeckPages";

// Every slide is known at build time; any other address is a 404.
export const dynamicParams = false;
export const generateStaticParams = slideParams;

type Props = { params: Promise<{ slide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return slideMetadata((await params).slide, "zh");
}

export default async function SlidePage({ params }: Props) {
  return <OneSlide slug={(await params).slide} lang="zh" />;
}
