// The site's own words in Chinese and English (our unofficial translation; the Chinese is the
// authority). Pure: pages and components pick their strings here by language.
export type Lang = "zh" | "en";

/** Each language as HTML's lang attribute names it. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The same page in the other language: /indicators/gdp ⇄ /en/indicators/gdp, /#steps ⇄ /en#steps. */
export function pathIn(lang: Lang, path: string): string {
  const bare = /^\/en(?=$|[#?])/.test(path) ? `/${path.slice(3)}` : path.startsWith("/en/") ? path.slice(3) : path;
  if (lang === "zh") return bare;
  // The overview is /en, not /en/: its anchors and queries follow it directly.
  return /^\/(?=$|[#?])/.test(bare) ? `/en${bare.slice(1)}` : `/en${bare}`;
}

/** The site's name in each language. */
export const SITE_NAME: Record<Lang, string> = { zh: "平城区发展目标进展", en: "Pingcheng progress dashboard" };

/** The name of the idea "a target whose progress cannot be judged for want of data", one per language, everywhere. */
export const MISSING_DATA: Record<Lang, string> = { zh: "缺少的数据", en: "Missing data" };

export const UI = {
  zh: {
    site: "平城区发展目标进展",
    skip: "跳到正文",
    nav: [
      { href: "/", label: "总览" },
      { href: "/#sectors", label: "各领域" },
      { href: "/unknowns", label: MISSING_DATA.zh },
      { href: "/methodology", label: "方法说明" },
    ],
    navLabel: "主导航",
    search: "搜索",
    searchLabel: "搜索指标",
    switchTo: "English",
    switchLabel: "Read this page in English",
    footerNote: "所有数字均摘自原文，每个数字旁附原文摘录。英文名称、释义和编者注为本站编写，不代表官方表述；以中文原文为准。",
  },
  en: {
    site: "Pingcheng progress dashboard",
    skip: "Skip to content",
    nav: [
      { href: "/en", label: "Overview" },
      { href: "/en#sectors", label: "Sectors" },
      { href: "/en/unknowns", label: MISSING_DATA.en },
      { href: "/en/methodology", label: "Methodology" },
    ],
    navLabel: "Main",
    search: "Search",
    searchLabel: "Search indicators",
    switchTo: "中文",
    switchLabel: "阅读本页中文版",
    footerNote:
      "Every figure comes from the source document and is shown beside its excerpt. English names, definitions, translations and notes are our own unofficial translation; the Chinese original is the authority.",
  },
} as const;

/**
 * What an English reader sees where our translation may not be written yet (an editor without English
 * may publish first, data/README.md): the English, or else the Chinese marked as not yet translated.
 */
export function englishOr(zh: string, en: string | null): string {
  return en ?? `${zh} [not yet translated]`;
}

/**
 * A source's title in a language: 《…》 in Chinese; in English our translation with the title as
 * published after it (or the Chinese, marked, until we have one).
 */
export function titleIn(lang: Lang, x: { titleZh: string; titleEn: string | null }): string {
  if (lang === "zh") return `《${x.titleZh}》`;
  return x.titleEn ? `${x.titleEn} (《${x.titleZh}》)` : `《${x.titleZh}》 [title not yet translated]`;
}

/** A thing's name in a language: its Chinese name, or our English (or the Chinese, marked, until we have it). */
export function nameIn(lang: Lang, x: { nameZh: string; nameEn: string | null }): string {
  return lang === "en" ? englishOr(x.nameZh, x.nameEn) : x.nameZh;
}
