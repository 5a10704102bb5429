// The site's own words in Chinese and English (our unofficial translation; the Chinese is the
// authority). Pure: pages and components pick their strings here by language.
export type Lang = "zh" | "en";

/** Each language as HTML's lang attribute names it. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The other language: the one a language switch offers. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

/** The same page in the other language: /indicators/gdp ⇄ /en/indicators/gdp, /#steps ⇄ /en#steps. */
export function pathIn(lang: Lang, path: string): string {
  const bare = /^\/en(?=$|[#?])/.test(path) ? `/${path.slice(3)}` : path.startsWith("/en/") ? path.slice(3) : path;
  if (lang === "zh") return bare;
  // The overview is /en, not /en/: its anchors and queries follow it directly.
  return /^\/(?=$|[#?])/.test(bare) ? `/en${bare.slice(1)}` : `/en${bare}`;
}

/**
 * The punctuation between pieces of text: Chinese runs sentences and list items together and uses
 * full-width colons; English puts a space between sentences and "; " between list items.
 */
export const PUNCTUATION: Record<Lang, { colon: string; list: string; sentenceGap: string }> = {
  zh: { colon: "：", list: "", sentenceGap: "" },
  en: { colon: ": ", list: "; ", sentenceGap: " " },
};

/** The site's name in each language. */
export const SITE_NAME: Record<Lang, string> = { zh: "平城区发展目标进展", en: "Pingcheng progress dashboard" };

/** The name of the idea "a target whose progress cannot be judged for want of data", one per language, everywhere. */
export const MISSING_DATA: Record<Lang, string> = { zh: "缺少的数据", en: "Missing data" };


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

/** A text the data hold in both languages, in one: the Chinese, or our English (or the Chinese, marked, until we have it). */
export function textIn(lang: Lang, zh: string, en: string | null): string {
  return lang === "en" ? englishOr(zh, en) : zh;
}

/** A thing's name in a language: its Chinese name, or our English (or the Chinese, marked, until we have it). */
export function nameIn(lang: Lang, x: { nameZh: string; nameEn: string | null }): string {
  return textIn(lang, x.nameZh, x.nameEn);
}
