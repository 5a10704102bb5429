"use client";

import { usePathname } from "next/navigation";
import { HTML_LANG, pathIn, UI, type Lang } from "@/lib/i18n/language";

/** Links to the same page in the other language, keeping the reader where they are. */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const other: Lang = lang === "zh" ? "en" : "zh";
  const path = pathIn(other, usePathname() ?? "/");
  return (
    <a href={path} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]} aria-label={UI[lang].switchLabel} className="tap px-2 text-white">
      {UI[lang].switchTo}
    </a>
  );
}
