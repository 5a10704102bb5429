import type { MetadataRoute } from "next";
import { getDatasetVersion, listIndicators, listSectors, listSources } from "@/lib/queries";
import { siteUrl } from "@/lib/siteUrl";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sectors, indicators, sources, { updatedOn }] = await Promise.all([listSectors(), listIndicators(), listSources(), getDatasetVersion()]);
  const paths = [
    "/", "/methodology", "/updates", "/api",
    ...sectors.map((s) => `/sectors/${s.slug}`),
    ...indicators.map((i) => `/indicators/${i.slug}`),
    ...sources.map((s) => `/sources/${s.id}`),
  ];
  return paths.map((path) => ({ url: siteUrl(path), lastModified: updatedOn ?? undefined }));
}
