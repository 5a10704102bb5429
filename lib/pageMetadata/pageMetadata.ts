// The metadata every page carries besides its title: its canonical address, both languages'
// addresses (hreflang zh-CN, en, and x-default for the Chinese original), and link-preview texts.
// The preview image itself comes from the route's opengraph-image.tsx / twitter-image.tsx. Pure.
import type { Metadata } from "next";
import { pathIn, SITE_NAME, type Lang } from "../i18n/language";

const LOCALE: Record<Lang, string> = { zh: "zh_CN", en: "en" };

/** Both languages of a page: `path` is the page's address in either language. */
export function languageAlternates(lang: Lang, path: string): NonNullable<Metadata["alternates"]> {
  const zh = pathIn("zh", path);
  return { canonical: pathIn(lang, path), languages: { "zh-CN": zh, en: pathIn("en", path), "x-default": zh } };
}

/**
 * A page's metadata in a language. `title` is the page's own name (the root layout adds the site's);
 * `absoluteTitle` replaces the whole title (the overview).
 */
export function pageMetadata({ lang, path, title, description, absoluteTitle = false }: {
  lang: Lang; path: string; title: string; description: string; absoluteTitle?: boolean;
}): Metadata {
  const site = SITE_NAME[lang];
  const full = absoluteTitle ? title : `${title} · ${site}`;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: languageAlternates(lang, path),
    openGraph: { title: full, description, url: pathIn(lang, path), siteName: site, locale: LOCALE[lang], type: "website" },
    twitter: { card: "summary_large_image", title: full, description },
  };
}
