import type { Metadata } from "next";
import { SlideFrame } from "@/components/SlideFrame";
import type { Slide } from "@/lib/deck/deck";
import { SITE_NAME, type Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

// The deck's two page bodies, /present and /present/[slide], in either language: the route files
// (app/(zh)/present, app/(en)/en/present) fetch the deck and hand it here with their `lang`.

const TEXT = {
  zh: {
    title: "投影演示",
    description: "平城区各项目标的进展与结果的投影演示：用键盘或翻页笔翻页，每张幻灯片都有二维码通往网页。",
    slideTitle: (slide: Slide, n: number, of: number) => `${slide.title}（演示 ${n}/${of}）`,
    slideDescription: (slide: Slide, n: number, of: number) => `${SITE_NAME.zh}的投影演示，第${n}张，共${of}张：${slide.title}。`,
  },
  en: {
    title: "Projector deck",
    description:
      "Pingcheng's targets, where they stand, and its results, on a projector: turn slides with the keyboard or a clicker. Every slide has a QR code of its page.",
    slideTitle: (slide: Slide, n: number, of: number) => `${slide.titleEn} (slide ${n} of ${of})`,
    slideDescription: (slide: Slide, n: number, of: number) => `Projector deck of the ${SITE_NAME.en}, slide ${n} of ${of}: ${slide.titleEn}.`,
  },
} satisfies Record<Lang, {
  title: string; description: string;
  slideTitle: (slide: Slide, n: number, of: number) => string; slideDescription: (slide: Slide, n: number, of: number) => string;
}>;

export function deckMetadata(lang: Lang): Metadata {
  return pageMetadata({ lang, path: "/present", title: TEXT[lang].title, description: TEXT[lang].description });
}

export function slideMetadata(lang: Lang, deck: Slide[], index: number): Metadata {
  const slide = deck[index];
  const [n, of] = [index + 1, deck.length];
  const text = TEXT[lang];
  return pageMetadata({
    lang,
    path: `/present/${slide.slug}`,
    title: text.slideTitle(slide, n, of),
    description: text.slideDescription(slide, n, of),
  });
}

/**
 * /present opens at the first slide. Printed, it is the whole deck as a handout, one slide a page:
 * the other slides are in the page for print only.
 */
export function WholeDeck({ lang, deck, edition }: { lang: Lang; deck: Slide[]; edition: Edition }) {
  return deck.map((slide, index) =>
    index === 0 ? (
      <SlideFrame key={slide.slug} deck={deck} index={index} controls lang={lang} edition={edition} />
    ) : (
      <div key={slide.slug} className="hidden print:block">
        <SlideFrame deck={deck} index={index} controls={false} lang={lang} edition={edition} />
      </div>
    ),
  );
}
