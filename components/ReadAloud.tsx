"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { HTML_LANG, type Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { read: "朗读本页", stop: "停止朗读" },
  en: { read: "Read this page aloud", stop: "Stop reading" },
} satisfies Record<Lang, { read: string; stop: string }>;

// What is read: the page's own text blocks inside <main>, in order (the figure, target, status and
// excerpt are all such blocks); not its navigation, tools, forms, buttons, charts or tables.
const BLOCKS = "h1, h2, h3, h4, p, li, blockquote, dt, dd, figcaption";
const SKIP = "nav, form, details, button, svg, table, [aria-hidden=true], section[aria-labelledby=tools], [data-read-aloud=skip]";

/** A voice for `lang` ("zh-CN": any Chinese voice, Mandarin of the mainland first), or undefined. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase();
  return voices.find((v) => norm(v) === lang.toLowerCase()) ?? voices.find((v) => norm(v).startsWith(lang.slice(0, 2).toLowerCase()));
}

/** The text of the page's blocks, each with its language (a Chinese excerpt on an English page is read as Chinese). */
function readableBlocks(pageLang: string): { text: string; lang: string }[] {
  const main = document.getElementById("main");
  if (!main) return [];
  return [...main.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((el) => !el.closest(SKIP) && !el.parentElement?.closest(BLOCKS) && el.getClientRects().length > 0)
    .map((el) => ({ text: el.innerText.replace(/\s+/g, " ").trim(), lang: el.closest("[lang]")?.getAttribute("lang") ?? pageLang }))
    .filter((b) => b.text);
}

const noVoice = () => "";
function subscribeVoices(listener: () => void) {
  if (typeof speechSynthesis === "undefined") return () => {};
  speechSynthesis.addEventListener("voiceschanged", listener);
  return () => speechSynthesis.removeEventListener("voiceschanged", listener);
}

/** Reads the page aloud with the browser's own speech synthesis; offered only where it has a voice for the page's language. */
export function ReadAloud({ lang }: { lang: Lang }) {
  const pageLang = HTML_LANG[lang];
  // Voices arrive asynchronously in Chromium (voiceschanged), so the name is the snapshot.
  const voiceName = useSyncExternalStore(subscribeVoices, () => (typeof speechSynthesis === "undefined" ? "" : (voiceFor(pageLang)?.name ?? "")), noVoice);
  const [speaking, setSpeaking] = useState(false);
  // Leaving the page stops the reading.
  useEffect(() => () => void (typeof speechSynthesis !== "undefined" && speechSynthesis.cancel()), []);
  if (!voiceName) return null;

  function start() {
    speechSynthesis.cancel();
    // One utterance per sentence: Chromium cuts off long utterances after about 15 seconds. An
    // English full stop ends a sentence only before a space, not inside 132.8.
    const sentences = readableBlocks(pageLang).flatMap((b) => (b.text.match(/.+?(?:[。！？；]|[.!?;](?=\s|$)|$)/g) ?? []).map((s) => ({ text: s.trim(), lang: b.lang })));
    const utterances = sentences.flatMap(({ text, lang: l }) => {
      const voice = voiceFor(l);
      if (!voice) return []; // no voice for this language: skipped rather than misread
      const u = new SpeechSynthesisUtterance(text);
      u.lang = voice.lang;
      u.voice = voice;
      return [u];
    });
    if (!utterances.length) return;
    utterances.at(-1)!.onend = () => setSpeaking(false);
    setSpeaking(true);
    utterances.forEach((u) => speechSynthesis.speak(u));
  }
  function stop() {
    speechSynthesis.cancel();
    setSpeaking(false);
  }

  return (
    <p data-read-aloud="skip">
      <button type="button" onClick={speaking ? stop : start} className="tap rounded border-2 border-link px-3 font-semibold text-link hover:bg-wash">
        <span aria-hidden="true" className="mr-1">{speaking ? "■" : "▶"}</span>
        {speaking ? TEXT[lang].stop : TEXT[lang].read}
      </button>
    </p>
  );
}
