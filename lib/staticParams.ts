// The params every prerendered route under /indicators/[slug] and /sectors/[sector] is built for, in
// one place for pages, downloads, images and the API alike. (With `dynamicParams = false`, any other
// slug is a 404.)
import "server-only";
import { chartPoints, worthCharting } from "./chartPoints";
import { listIndicators, listSectors } from "./queries";

export async function indicatorParams(): Promise<{ slug: string }[]> {
  return (await listIndicators()).map((i) => ({ slug: i.slug }));
}

/** Only indicators with a chart have chart downloads. */
export async function chartedIndicatorParams(): Promise<{ slug: string }[]> {
  return (await listIndicators()).filter((i) => i.unit && worthCharting(chartPoints(i.figures))).map((i) => ({ slug: i.slug }));
}

export async function sectorParams(): Promise<{ sector: string }[]> {
  return (await listSectors()).map((s) => ({ sector: s.slug }));
}
