import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideFrame } from "@/components/SlideFrame";
import { pathIn, type Lang } from "@/lib/i18n/language";
import { getDeck } from "@/lib/queries/queries";

// The deck's two routes, /present and /present/[slide], in either language: the Chinese pages
// (app/(zh)/present) and the English ones (app/(en)/en/present) each call these with their `lang`.

export async function slideParams(): Promise<{ slide: string }[]> {
  return (await getDeck()).map((s) => ({ slide: s.slug }));
}

async function findSlide(slug: string) {
  const deck = await getDeck();
  const index = deck.findIndex((s) => s.slug === slug);
  return index < 0 ? null : { deck, index };
}

/** Canonical and the other language's address, for English pages (our translation of a Chinese page). */
function alternatesEn(path: string): Metadata["alternates"] {
  return { canonical: pathIn("en", path), languages: { "zh-CN": path } };
}

export function deckMetadata(lang: Lang): Metadata {
  if (lang === "en")
    return {
      title: "Projector deck",
      description: "Pingcheng's four-step targets and 2023 results on a projector: turn slides with the keyboard or a clicker; every slide has a QR code of its page.",
      alternates: alternatesEn("/present"),
    };
  return {
    title: "投影演示",
    description: "平城区“四步走”目标与2023年成绩的投影演示：用键盘或翻页笔翻页，每张幻灯片都有二维码通往网页。",
  };
}

export async function slideMetadata(slug: string, lang: Lang): Promise<Metadata> {
  const found = await findSlide(slug);
  if (!found) return {};
  const { deck, index } = found;
  const slide = deck[index];
  if (lang === "en")
    return {
      title: `${slide.titleEn} (slide ${index + 1} of ${deck.length})`,
      description: `Projector deck of the Pingcheng progress dashboard, slide ${index + 1} of ${deck.length}: ${slide.titleEn}.`,
      alternates: alternatesEn(`/present/${slide.slug}`),
    };
  return {
    title: `${slide.title}（演示 ${index + 1}/${deck.length}）`,
    description: `平城区发展目标进展的投影演示，第${index + 1}张，共${deck.length}张：${slide.title}。`,
  };
}

/**
 * /present opens at the first slide. Printed, it is the whole deck as a handout, one slide a page:
 * the other slides are in the page for print only.
 */
export async function WholeDeck({ lang }: { lang: Lang }) {
  const deck = await getDeck();
  return deck.map((slide, index) =>
    index === 0 ? (
      <SlideFrame key={slide.slug} deck={deck} index={index} controls lang={lang} />
    ) : (
      <div key={slide.slug} className="hidden print:block">
        <SlideFrame deck={deck} index={index} controls={false} lang={lang} />
      </div>
    ),
  );
}

/** One slide at its own address; every slide is known at build time, any other is a 404. */
export async function OneSlide({ slug, lang }: { slug: string; lang: Lang }) {
  const found = await findSlide(slug);
  if (!found) notFound();
  return <SlideFrame deck={found.deck} index={found.index} controls lang={lang} />;
}
