import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { slideMetadata } from "@/components/DeckPages";
import { SlideFrame } from "@/components/SlideFrame";
import { getEdition, getSlide } from "@/lib/queries/queries";
import { slideParams } from "@/lib/queries/staticParams";

// Every slide is known at build time; any other address is a 404.
export const dynamicParams = false;
export const generateStaticParams = slideParams;

type Props = { params: Promise<{ slide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSlide((await params).slide);
  return found ? slideMetadata("en", found.deck, found.index) : {};
}

export default async function Page({ params }: Props) {
  const [found, edition] = await Promise.all([getSlide((await params).slide), getEdition()]);
  if (!found) notFound();
  return <SlideFrame deck={found.deck} index={found.index} controls lang="en" edition={edition} />;
}
