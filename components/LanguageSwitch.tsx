"use client";

import { usePathname } from "next/navigation";
import { HTML_LANG, otherLang, pathIn, type Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { switchTo: "English", switchLabel: "Read this page in English" },
  en: { switchTo: "中文", switchLabel: "阅读本页中文版" },
} satisfies Record<Lang, { switchTo: string; switchLabel: string }>;

/** Links to the same page in the other language, keeping the reader where they are. */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const other = otherLang(lang);
  const path = pathIn(other, usePathname() ?? "/");
  return (
    <a href={path} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]} aria-label={TEXT[lang].switchLabel} className="tap px-2 text-white">
      {TEXT[lang].switchTo}
    </a>
  );
}
