"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useSyncExternalStore } from "react";
import { clickerMove, deckChannelName, isDeckMessage, type DeckMessage } from "@/lib/deck/deckChannel";

type Props = {
  first: string; last: string; previous: string | null; next: string | null; label: string;
  /** The slide on screen, its language, the address of a slide by its slug, and the speaker view's address. */
  slug: string; lang: string; slideBase: string; speaker: string;
};

/**
 * The deck's keyboard: what a wireless clicker sends (PageDown/PageUp, sometimes arrows or Space),
 * plus Home/End, F for full screen, Esc to leave it and S for the speaker view in a second window.
 * The slides are plain pages with plain previous/next links, so the deck still works when this never
 * loads; the full-screen button needs script, so it appears only once the keys work. Moving by the
 * router keeps the page, and with it full screen, across slides. The speaker view (SpeakerView) hears
 * which slide is on screen and can send this window to another one.
 */
export function DeckKeys({ first, last, previous, next, label, slug, lang, slideBase, speaker }: Props) {
  const router = useRouter();
  const hydrated = useSyncExternalStore(noChange, () => true, () => false);

  // A layout effect: the keys listen before the button shows, so a visible button means working keys.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (event.key === "f" || event.key === "F") return void toggleFullScreen();
      if (event.key === "Escape") return void leaveFullScreen();
      if (event.key === "s" || event.key === "S") return void window.open(speaker, `speaker-${lang}`, "popup");
      const move = clickerMove(event.key, event.shiftKey);
      if (move === undefined) return;
      event.preventDefault();
      const target = { first, last, previous, next }[move];
      if (target) router.push(target);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, first, last, previous, next, speaker, lang]);

  useLayoutEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(deckChannelName(lang));
    const at: DeckMessage = { type: "at", slug };
    channel.postMessage(at);
    channel.onmessage = ({ data }) => {
      if (!isDeckMessage(data)) return;
      if (data.type === "where") channel.postMessage(at);
      // A slug is letters, digits and dashes (lib/deck/deck.ts); anything else is not a slide of ours.
      if (data.type === "go" && data.slug !== slug && /^[a-z0-9-]+$/.test(data.slug)) router.push(`${slideBase}${data.slug}`);
    };
    return () => channel.close();
  }, [router, slug, lang, slideBase]);

  if (!hydrated) return null;
  return (
    <button type="button" onClick={toggleFullScreen} className="tap whitespace-nowrap rounded border-2 border-current px-3 font-semibold text-link">
      {label}
    </button>
  );
}

const noChange = () => () => {};

function toggleFullScreen() {
  if (document.fullscreenElement) leaveFullScreen();
  else document.documentElement.requestFullscreen?.().catch(() => {});
}

function leaveFullScreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}
