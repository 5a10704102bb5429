"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useSyncExternalStore } from "react";

type Props = { first: string; last: string; previous: string | null; next: string | null; label: string };

/**
 * The deck's keyboard: what a wireless clicker sends (PageDown/PageUp, sometimes arrows or Space),
 * plus Home/End, F for full screen and Esc to leave it. The slides are plain pages with plain
 * previous/next links, so the deck still works when this never loads; the full-screen button needs
 * script, so it appears only once the keys work. Moving by the router keeps the page, and with it
 * full screen, across slides.
 */
export function DeckKeys({ first, last, previous, next, label }: Props) {
  const router = useRouter();
  const hydrated = useSyncExternalStore(noChange, () => true, () => false);

  // A layout effect: the keys listen before the button shows, so a visible button means working keys.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (event.key === "f" || event.key === "F") return void toggleFullScreen();
      if (event.key === "Escape") return void leaveFullScreen();
      const target = destination(event.key, event.shiftKey, { first, last, previous, next });
      if (target === undefined) return;
      event.preventDefault();
      if (target) router.push(target);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, first, last, previous, next]);

  if (!hydrated) return null;
  return (
    <button type="button" onClick={toggleFullScreen} className="tap whitespace-nowrap rounded border-2 border-current px-3 font-semibold text-link">
      {label}
    </button>
  );
}

const noChange = () => () => {};

/** Where a key leads: a slide, null for a key of the deck with nowhere to go (kept from scrolling), undefined for other keys. */
function destination(key: string, shift: boolean, to: Omit<Props, "label">): string | null | undefined {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
      return to.next;
    case " ":
      return shift ? to.previous : to.next;
    case "ArrowLeft":
    case "PageUp":
      return to.previous;
    case "Home":
      return to.first;
    case "End":
      return to.last;
    default:
      return undefined;
  }
}

function toggleFullScreen() {
  if (document.fullscreenElement) leaveFullScreen();
  else document.documentElement.requestFullscreen?.().catch(() => {});
}

function leaveFullScreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}
