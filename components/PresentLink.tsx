import { quote } from "@/lib/format/quote";
import type { Slide } from "@/lib/deck/deck";
import { pathIn, type Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { present: "演示", open: (slide: Slide) => `：在投影模式中打开${quote(slide.title)}` },
  en: { present: "Present", open: (slide: Slide) => `: open ${quote(slide.titleEn)} as a projector slide` },
} satisfies Record<Lang, { present: string; open: (slide: Slide) => string }>;

/** "Present this": opens the projector slide that shows what this page is about. */
export function PresentLink({ slide, lang }: { slide: Slide; lang: Lang }) {
  return (
    <a
      href={pathIn(lang, `/present/${slide.slug}`)}
      className="inline-flex min-h-11 items-center gap-1 rounded border-2 border-link px-3 text-sm font-semibold no-underline hover:bg-wash"
      data-present-link
    >
      <span aria-hidden="true">▶</span>{TEXT[lang].present}<span className="sr-only">{TEXT[lang].open(slide)}</span>
    </a>
  );
}
