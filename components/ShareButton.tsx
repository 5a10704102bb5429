"use client";

import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/language";

const noSubscription = () => () => {};

/** The phone's own share sheet, offered only where the browser has one (navigator.share). */
export function ShareButton({ title, lang }: { title: string; lang: Lang }) {
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === "function", () => false);
  if (!canShare) return null;
  return (
    <button
      type="button"
      onClick={() => navigator.share({ title, url: location.href }).catch(() => {})}
      className="min-h-11 rounded border-2 border-link px-3 py-2 text-sm font-semibold text-link hover:bg-wash"
    >
      {/* A client leaf on every indicator page: one word needs no table shipped to the browser. */}
      {lang === "en" ? "Share…" : "分享到…"}
    </button>
  );
}
