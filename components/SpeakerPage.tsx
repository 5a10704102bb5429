import type { Metadata } from "next";
import { SlideBody } from "@/components/SlideBody";
import { SpeakerView } from "@/components/SpeakerView";
import type { Slide } from "@/lib/deck/deck";
import { slideNotes } from "@/lib/deck/slideNotes";
import type { Lang } from "@/lib/i18n/language";
import type { Edition, SourceSummary } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: {
    title: "演讲者视图",
    description: "平城区发展目标进展投影演示的演讲者视图：当前和下一张幻灯片、备注（原文摘录与出处）、时钟和已用时间，与投影窗口同步翻页。",
    slideTitle: (slide: Slide) => slide.title,
  },
  en: {
    title: "Speaker view",
    description: "Speaker view of the Pingcheng progress dashboard's projector deck: the current and next slide, notes with excerpts and sources, a clock and the time elapsed, in step with the projector window.",
    slideTitle: (slide: Slide) => slide.titleEn,
  },
} satisfies Record<Lang, { title: string; description: string; slideTitle: (slide: Slide) => string }>;

export function speakerMetadata(lang: Lang): Metadata {
  return pageMetadata({ lang, path: "/present/speaker", title: TEXT[lang].title, description: TEXT[lang].description });
}

/**
 * /present/speaker: the deck's slides, drawn on the server as previews, with their notes, handed to
 * the speaker view (a client leaf) in one page, so it works with no network once loaded.
 */
export function SpeakerPage({ lang, deck, edition, sources }: { lang: Lang; deck: Slide[]; edition: Edition; sources: SourceSummary[] }) {
  const slides = deck.map((s) => ({ slug: s.slug, title: TEXT[lang].slideTitle(s), notes: slideNotes(s, { lang, edition, sources, siteUrl }) }));
  const previews = deck.map((s) => (
    <div key={s.slug} className="deck flex h-full flex-col gap-3 px-5 py-4">
      <p className="text-2xl font-bold leading-tight">{TEXT[lang].slideTitle(s)}</p>
      <div className="min-h-0 flex-1"><SlideBody slide={s} lang={lang} edition={edition} /></div>
    </div>
  ));
  return (
    <main>
      <h1 className="sr-only">{TEXT[lang].title}</h1>
      <SpeakerView lang={lang} slides={slides} previews={previews} />
    </main>
  );
}
