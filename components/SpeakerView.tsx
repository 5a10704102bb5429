"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { clickerMove, deckChannelName, isDeckMessage, type DeckMessage } from "@/lib/deck/deckChannel";

export interface SpeakerSlide {
  slug: string;
  title: string;
  notes: string;
}

// A client leaf's words live here: functions (the counter) cannot be passed from the server page.
const TEXT = {
  zh: {
    current: "当前", next: "下一张", colon: "：", none: "（最后一张）", notes: "备注：原文摘录与出处", clock: "时间", elapsed: "已用",
    restart: "重新计时", follows: "与投影窗口同步翻页（在任一窗口按 →、←、空格键或翻页笔）。",
    counter: (n: number, of: number) => `第${n}张，共${of}张`,
  },
  en: {
    current: "Now", next: "Next", colon: ": ", none: "(last slide)", notes: "Notes: excerpts and sources", clock: "Time", elapsed: "Elapsed",
    restart: "Restart timer", follows: "Turns with the projector window (→ ← Space or a clicker in either window).",
    counter: (n: number, of: number) => `Slide ${n} of ${of}`,
  },
} satisfies Record<"zh" | "en", Record<string, string | ((n: number, of: number) => string)>>;

/**
 * The speaker view: the slide on screen and the next one, the notes, a clock and the time elapsed.
 * Everything arrives with the page (the slides as server-rendered previews, the notes as text), so it
 * needs no network once loaded. It follows the audience window and moves it (deckChannel.ts), with
 * the same clicker keys.
 */
export function SpeakerView({ lang, slides, previews }: { lang: "zh" | "en"; slides: SpeakerSlide[]; previews: ReactNode[] }) {
  const words = TEXT[lang];
  const [index, setIndex] = useState(0);
  const channel = useRef<BroadcastChannel | null>(null);
  const { now, started, restart } = useClock();

  useLayoutEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const c = new BroadcastChannel(deckChannelName(lang));
    channel.current = c;
    c.onmessage = ({ data }) => {
      if (!isDeckMessage(data) || data.type !== "at") return;
      const at = slides.findIndex((s) => s.slug === data.slug);
      if (at >= 0) setIndex(at);
    };
    const where: DeckMessage = { type: "where" };
    c.postMessage(where);
    return () => c.close();
  }, [lang, slides]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const move = clickerMove(event.key, event.shiftKey);
      if (move === undefined) return;
      event.preventDefault();
      const to = { first: 0, last: slides.length - 1, previous: Math.max(0, index - 1), next: Math.min(slides.length - 1, index + 1) }[move];
      setIndex(to);
      const go: DeckMessage = { type: "go", slug: slides[to].slug };
      channel.current?.postMessage(go);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [index, slides]);

  const slide = slides[index];
  const elapsed = now !== null && started !== null ? Math.floor((now - started) / 1000) : 0;
  return (
    <div className="speaker flex min-h-full flex-col gap-3 p-3" data-speaker-slide={slide.slug}>
      <header className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <p className="font-bold tabular-nums" data-speaker-counter>{words.counter(index + 1, slides.length)}</p>
        <p className="tabular-nums">{words.clock} {now === null ? <span>--:--</span> : <time dateTime={clockTime(now)}>{clockTime(now)}</time>}</p>
        <p className="tabular-nums">{words.elapsed} <span>{minutes(elapsed)}</span></p>
        <button type="button" className="tap rounded border-2 border-current px-3" onClick={restart}>{words.restart}</button>
        <p className="text-base">{words.follows}</p>
      </header>
      <div className="grid min-h-0 flex-1 gap-3 lg:grid-cols-[3fr_2fr]">
        <section aria-label={words.current} className="min-w-0">
          <h2 className="font-bold">{words.current}{words.colon}{slide.title}</h2>
          <Preview>{previews[index]}</Preview>
        </section>
        <div className="flex min-w-0 flex-col gap-3">
          <section aria-label={words.next}>
            <h2 className="font-bold">{words.next}{words.colon}{slides[index + 1]?.title ?? words.none}</h2>
            {index + 1 < slides.length && <Preview>{previews[index + 1]}</Preview>}
          </section>
          <section aria-labelledby="speaker-notes" className="min-h-0">
            <h2 id="speaker-notes" className="font-bold">{words.notes}</h2>
            <div className="whitespace-pre-line text-base leading-snug" data-speaker-notes>{slide.notes}</div>
          </section>
        </div>
      </div>
    </div>
  );
}

/** A slide drawn at projector size (1280×720) and scaled to the width it is given. */
function Preview({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setScale(entry.contentRect.width / 1280));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="relative w-full overflow-hidden border-2 border-black bg-white" style={{ height: 720 * scale }} aria-hidden="true" inert>
      <div className="absolute left-0 top-0 origin-top-left" style={{ width: 1280, height: 720, transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}

/** The time now, ticking each second, and when the talk started: the page's first tick, or a restart. */
function useClock() {
  const [now, setNow] = useState<number | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => {
      const t = Date.now();
      setNow(t);
      // The clock starts in the browser, so the prerendered page's time is never counted as elapsed.
      setStarted((s) => s ?? t);
    };
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => { window.clearTimeout(first); window.clearInterval(timer); };
  }, []);
  return { now, started, restart: () => setStarted(Date.now()) };
}

const two = (n: number) => String(n).padStart(2, "0");
const clockTime = (ms: number) => { const d = new Date(ms); return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`; };
const minutes = (s: number) => `${two(Math.floor(s / 60))}:${two(s % 60)}`;
