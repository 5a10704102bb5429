// The params every prerendered route under /indicators/[slug] and /sectors/[sector] is built for, in
// one place for pages, downloads, images and the API alike. (With `dynamicParams = false`, any other
// slug is a 404.)
import "server-only";
import { chartPoints, worthCharting } from "../charts/chartPoints";
import { getDeck, listIndicators, listSectors, listSources } from "./queries";

export async function indicatorParams(): Promise<{ slug: string }[]> {
  return benchSample(await listIndicators()).map((i) => ({ slug: i.slug }));
}

/** Only indicators with a chart have chart downloads. */
export async function chartedIndicatorParams(): Promise<{ slug: string }[]> {
  return benchSample(await listIndicators()).filter((i) => i.unit && worthCharting(chartPoints(i.figures))).map((i) => ({ slug: i.slug }));
}

/**
 * For the benchmark on SYNTHETIC data only (scripts/bench.ts): BENCH_INDICATOR_SAMPLE=N builds the
 * pages of the first N indicators and no others. The 100× set has 11,200 indicators, about 106,000
 * routes with both languages, downloads and preview images, about 50 minutes to
 * build on 2 cores. Never set for the site: an indicator outside the sample would be a 404.
 */
function benchSample<T>(indicators: T[]): T[] {
  const sample = Number(process.env.BENCH_INDICATOR_SAMPLE);
  return sample > 0 ? indicators.slice(0, sample) : indicators;
}

export async function sectorParams(): Promise<{ sector: string }[]> {
  return (await listSectors()).map((s) => ({ sector: s.slug }));
}

export async function slideParams(): Promise<{ slide: string }[]> {
  return (await getDeck()).map((s) => ({ slide: s.slug }));
}

/** Every source has a page (/sources/[id], /en/sources/[id]); any other id is a 404. */
export async function sourceParams(): Promise<{ id: string }[]> {
  return (await listSources()).map((s) => ({ id: s.id }));
}
