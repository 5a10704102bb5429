"use client";

import { useState } from "react";
import type { Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { copied: "已复制", failed: "浏览器未允许复制，请手动选中复制" },
  en: { copied: "Copied", failed: "The browser did not allow copying: select the text and copy it by hand" },
} satisfies Record<Lang, Record<string, unknown>>;

/**
 * Copies `text`, or without it the page's current address (view and anchor included), and says so.
 * Where the clipboard is refused, the text stays visible beside the button to copy by hand.
 */
export function CopyButton({ text, label, lang = "zh" }: { text?: string; label: string; lang?: Lang }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text ?? location.href);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="min-h-11 rounded border-2 border-link px-3 py-2 text-sm font-semibold text-link hover:bg-wash">
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === "idle" ? "" : TEXT[lang][state]}
      </span>
    </span>
  );
}
