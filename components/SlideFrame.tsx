import Link from "next/link";
import { DeckKeys } from "@/components/DeckKeys";
import { PrintFooter } from "@/components/PrintFooter";
import { QrCode } from "@/components/QrCode";
import { SlideBody } from "@/components/SlideBody";
import type { Slide } from "@/lib/deck";
import { siteUrl } from "@/lib/siteUrl";

const href = (slide: Slide | undefined) => (slide ? `/present/${slide.slug}` : null);

/** The small line above a slide's title: what kind of slide this is. */
function kicker(slide: Slide): string {
  switch (slide.kind) {
    case "title": return "投影演示";
    case "steps": return "平城区 · 四个阶段";
    case "step": return slide.parts > 1 ? `“四步走”战略目标（${slide.part}/${slide.parts}）` : "“四步走”战略目标";
    case "sector": return `${slide.year}年主要成绩 · 领域`;
    case "end": return "平城区发展目标进展";
  }
}

/**
 * One slide at projector size: title and QR code on top, the slide's content, then plain links to
 * the previous and next slide, the counter and the way back to the site. `controls` adds the
 * keyboard (a client leaf); slides printed as handouts leave it out.
 */
export function SlideFrame({ deck, index, controls }: { deck: Slide[]; index: number; controls: boolean }) {
  const slide = deck[index];
  const [previous, next] = [href(deck[index - 1]), href(deck[index + 1])];
  const big = slide.kind === "title" || slide.kind === "end";
  const url = siteUrl(slide.path);
  return (
    <section
      aria-labelledby={`slide-${slide.slug}`}
      data-slide={slide.slug}
      className="slide flex h-full min-h-0 flex-col gap-3 px-5 py-4"
    >
      <header className="flex items-start justify-between gap-6">
        <div className="min-w-0">
          <p className="font-semibold text-brand">{kicker(slide)}</p>
          <h1 id={`slide-${slide.slug}`} className={`font-bold leading-tight ${big ? "text-5xl" : "text-2xl"}`}>
            {slide.title}
          </h1>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <p className="text-right leading-tight" aria-hidden="true">扫码<br />看网页</p>
          <QrCode url={url} label={`二维码：打开网页 ${url}`} className="size-[4.5rem]" />
        </div>
      </header>

      <div className="min-h-0 flex-1">
        <SlideBody slide={slide} />
      </div>

      <nav aria-label="翻页" className="flex flex-wrap items-center gap-x-6 gap-y-1">
        {previous ? <Link href={previous} rel="prev">← 上一张</Link> : <span className="invisible" aria-hidden="true">← 上一张</span>}
        <p data-slide-counter className="tabular-nums">
          <span aria-hidden="true">{index + 1} / {deck.length}</span>
          <span className="sr-only">第{index + 1}张，共{deck.length}张</span>
        </p>
        {next ? <Link href={next} rel="next">下一张 →</Link> : <span className="invisible" aria-hidden="true">下一张 →</span>}
        <span className="ml-auto flex items-center gap-6">
          {controls && (
            <DeckKeys first={href(deck[0])!} last={href(deck.at(-1))!} previous={previous} next={next} />
          )}
          <Link href={slide.path}>返回网站</Link>
        </span>
      </nav>
      <PrintFooter path={slide.path} />
    </section>
  );
}
