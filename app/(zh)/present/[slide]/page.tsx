import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideFrame } from "@/components/SlideFrame";
import { getDeck } from "@/lib/queries";

// Every slide is known at build time; any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getDeck()).map((s) => ({ slide: s.slug }));
}

type Props = { params: Promise<{ slide: string }> };

async function findSlide(params: Props["params"]) {
  const { slide } = await params;
  const deck = await getDeck();
  const index = deck.findIndex((s) => s.slug === slide);
  return index < 0 ? null : { deck, index };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findSlide(params);
  if (!found) return {};
  const { deck, index } = found;
  return {
    title: `${deck[index].title}（演示 ${index + 1}/${deck.length}）`,
    description: `平城区发展目标进展的投影演示，第${index + 1}张，共${deck.length}张：${deck[index].title}。`,
  };
}

export default async function SlidePage({ params }: Props) {
  const found = await findSlide(params);
  if (!found) notFound();
  return <SlideFrame deck={found.deck} index={found.index} controls />;
}
