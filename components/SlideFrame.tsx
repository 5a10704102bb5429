import Link from "next/link";
import { DeckKeys } from "@/components/DeckKeys";
import { PrintFooter } from "@/components/PrintFooter";
import { QrCode } from "@/components/QrCode";
import { SlideBody } from "@/components/SlideBody";
import type { Slide } from "@/lib/deck/deck";
import { HTML_LANG, otherLang, pathIn, SITE_NAME, type Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: {
    scan: <>扫码<br />看网页</>, qr: "二维码：打开网页", slides: "翻页", previous: "← 上一张", next: "下一张 →",
    counter: (n: number, of: number) => `第${n}张，共${of}张`, back: "返回网站", fullScreen: "全屏（F）", other: "English",
    part: (part: number, parts: number) => `（${part}/${parts}）`,
    kicker: {
      title: () => "投影演示",
      steps: () => "各步的期限与目标",
      targets: (part: string) => `目标${part}`,
      sector: (year: number) => `${year}年主要成绩 · 领域`,
      end: () => SITE_NAME.zh,
    },
    title: (slide: Slide) => slide.title,
  },
  en: {
    scan: <>Scan to<br />open page</>, qr: "QR code: opens the page", slides: "Slides", previous: "← Previous", next: "Next →",
    counter: (n: number, of: number) => `Slide ${n} of ${of}`, back: "Back to the site", fullScreen: "Full screen (F)", other: "中文",
    part: (part: number, parts: number) => ` (${part}/${parts})`,
    kicker: {
      title: () => "Projector deck",
      steps: () => "Steps and their deadlines",
      targets: (part: string) => `Targets${part}`,
      sector: (year: number) => `Key ${year} results · sector`,
      end: () => SITE_NAME.en,
    },
    title: (slide: Slide) => slide.titleEn,
  },
} satisfies Record<Lang, {
  scan: React.ReactNode; qr: string; slides: string; previous: string; next: string; counter: (n: number, of: number) => string;
  back: string; fullScreen: string; other: string; part: (part: number, parts: number) => string;
  kicker: { title: () => string; steps: () => string; targets: (part: string) => string; sector: (year: number) => string; end: () => string };
  title: (slide: Slide) => string;
}>;

/** The small line above a slide's title: what kind of slide this is. */
function kicker(slide: Slide, lang: Lang): string {
  const k = TEXT[lang].kicker;
  switch (slide.kind) {
    case "title": return k.title();
    case "steps": return k.steps();
    case "targets": return k.targets(slide.parts > 1 ? TEXT[lang].part(slide.part, slide.parts) : "");
    case "sector": return k.sector(slide.year);
    case "end": return k.end();
  }
}

/**
 * One slide at projector size: title and QR code on top, the slide's content, then plain links to
 * the previous and next slide, the counter, the same slide in the other language and the way back
 * to the site. `controls` adds the keyboard (a client leaf); slides printed as handouts leave it out.
 */
export function SlideFrame({ deck, index, controls, lang, edition }: { deck: Slide[]; index: number; controls: boolean; lang: Lang; edition: Edition }) {
  const w = TEXT[lang];
  const slide = deck[index];
  const href = (s: Slide | undefined) => (s ? pathIn(lang, `/present/${s.slug}`) : null);
  const [previous, next] = [href(deck[index - 1]), href(deck[index + 1])];
  const big = slide.kind === "title" || slide.kind === "end";
  const page = pathIn(lang, slide.path);
  const url = siteUrl(page);
  const other = otherLang(lang);
  return (
    <section
      aria-labelledby={`slide-${slide.slug}`}
      data-slide={slide.slug}
      className="slide flex h-full min-h-0 flex-col gap-3 px-5 py-4"
    >
      <header className="flex items-start justify-between gap-6">
        <div className="min-w-0">
          <p className="font-semibold text-brand">{kicker(slide, lang)}</p>
          <h1 id={`slide-${slide.slug}`} className={`font-bold leading-tight ${big ? "text-5xl" : "text-2xl"}`}>
            {w.title(slide)}
          </h1>
        </div>
        <div className="hidden shrink-0 items-center gap-2 sm:flex">
          <p className="text-right leading-tight" aria-hidden="true">{w.scan}</p>
          <QrCode url={url} label={`${w.qr} ${url}`} className="size-[4.5rem]" />
        </div>
      </header>

      <div className="min-h-0 flex-1">
        <SlideBody slide={slide} lang={lang} edition={edition} />
      </div>

      <nav aria-label={w.slides} className="flex flex-wrap items-center gap-x-6 gap-y-1">
        {previous ? <Link href={previous} rel="prev" className="tap whitespace-nowrap">{w.previous}</Link> : <span className="invisible" aria-hidden="true">{w.previous}</span>}
        <p data-slide-counter className="tabular-nums">
          <span aria-hidden="true">{index + 1} / {deck.length}</span>
          <span className="sr-only">{w.counter(index + 1, deck.length)}</span>
        </p>
        {next ? <Link href={next} rel="next" className="tap whitespace-nowrap">{w.next}</Link> : <span className="invisible" aria-hidden="true">{w.next}</span>}
        <span className="ml-auto flex flex-wrap items-center gap-x-6">
          {controls && (
            <DeckKeys
              first={href(deck[0])!} last={href(deck.at(-1))!} previous={previous} next={next} label={w.fullScreen}
              slug={slide.slug} lang={lang} slideBase={pathIn(lang, "/present/")} speaker={pathIn(lang, "/present/speaker")}
            />
          )}
          <a href={pathIn(other, `/present/${slide.slug}`)} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]} className="tap whitespace-nowrap" data-deck-language>
            {w.other}
          </a>
          <Link href={page} className="tap whitespace-nowrap">{w.back}</Link>
        </span>
      </nav>
      <PrintFooter path={page} lang={lang} edition={edition} />
    </section>
  );
}
