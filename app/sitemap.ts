import type { MetadataRoute } from "next";
import { pathIn } from "@/lib/i18n";
import { getDatasetVersion, listIndicators, listSectors, listSources } from "@/lib/queries";
import { siteUrl } from "@/lib/siteUrl";

// Every public page in Chinese, then the same pages in English (/en/…, our translation).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sectors, indicators, sources, { updatedOn }] = await Promise.all([listSectors(), listIndicators(), listSources(), getDatasetVersion()]);
  const paths = [
    "/", "/methodology", "/updates", "/api",
    ...sectors.map((s) => `/sectors/${s.slug}`),
    ...indicators.map((i) => `/indicators/${i.slug}`),
    ...sources.map((s) => `/sources/${s.id}`),
  ];
  return [...paths, ...paths.map((path) => pathIn("en", path))].map((path) => ({ url: siteUrl(path), lastModified: updatedOn ?? undefined }));
}
