import type { MetadataRoute } from "next";
import { pathIn } from "@/lib/i18n/language";
import { getEdition, listIndicators, listSectors, listSources } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/links/siteUrl";

// Every public page in Chinese, then the same pages in English (/en/…, our translation), each entry
// naming both languages (hreflang) so that search engines show a reader the one they read.
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sectors, indicators, sources, { updatedOn }] = await Promise.all([listSectors(), listIndicators(), listSources(), getEdition()]);
  const paths = [
    "/", "/methodology", "/updates", "/api",
    ...sectors.map((s) => `/sectors/${s.slug}`),
    ...indicators.map((i) => `/indicators/${i.slug}`),
    ...sources.map((s) => `/sources/${s.id}`),
  ];
  const entry = (path: string, url: string): MetadataRoute.Sitemap[number] => ({
    url,
    lastModified: updatedOn ?? undefined,
    alternates: { languages: { "zh-CN": siteUrl(path), en: siteUrl(pathIn("en", path)) } },
  });
  return [...paths.map((path) => entry(path, siteUrl(path))), ...paths.map((path) => entry(path, siteUrl(pathIn("en", path))))];
}
