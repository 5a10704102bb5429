// The one front door to the dashboard's data. Pages call these named queries and get plain typed
// objects; nothing outside lib/queries touches Prisma. Every read happens once per process and
// status day (lib/queries/oncePerProcess.ts says why); what is decided from the rows lives in pure
// modules beside this one (indicatorViews, overview, citedExcerpts).
import "server-only";
import { buildDeck, slideForIndicator, slideForSector, type Slide } from "../deck/deck";
import { prisma } from "./db";
import { oncePerProcess } from "./oncePerProcess";
import { citedExcerpts } from "./citedExcerpts";
import { plansWithTargets, toIndicatorDetail, toIndicatorSummary } from "./indicatorViews";
import { overviewOf } from "./overview";
import type {
  CitedExcerpt, DamageNote, DataUpdateView, Edition, IndicatorDetail, IndicatorSummary, Overview, PlanView, PlanWithTargets, SectorSummary,
  SourceSummary,
} from "../model/views";
import type { PlanKind } from "../model/vocabulary";
import { damageId } from "../source/sourceReader";
import { buildSearchIndex, type SearchEntry } from "../search/searchIndex";
import { SITE_FIELDS, type SiteField, type SiteParticulars } from "../site/siteParticulars";


const datasetRow = oncePerProcess(() => prisma.dataset.findUniqueOrThrow({ where: { id: 1 } }));

/** The day every status is computed for: fixed when the database was built (lib/progress/statusDate.ts). */
export async function getStatusDate(): Promise<Date> {
  return new Date(`${(await datasetRow()).statusDate}T00:00:00Z`);
}

/** Every plan of data/plans.csv, in its order, with its steps. */
export const listPlans = oncePerProcess(async (): Promise<PlanView[]> => {
  const rows = await prisma.plan.findMany({ orderBy: { order: "asc" }, include: { steps: { orderBy: { step: "asc" } } } });
  return rows.map((p) => ({
    id: p.id, kind: p.kind as PlanKind, year: p.year, sourceId: p.sourceId, nameZh: p.nameZh, nameEn: p.nameEn,
    summaryZh: p.summaryZh, summaryEn: p.summaryEn,
    steps: p.steps.map((s) => ({
      step: s.step, year: s.year, dueAtYearEnd: s.yearEnd, summaryZh: s.summaryZh, summaryEn: s.summaryEn, excerpts: s.excerpts.split("\n"),
    })),
  }));
});

export const listIndicators = oncePerProcess(async (): Promise<IndicatorSummary[]> => {
  const rows = await prisma.indicator.findMany({
    include: { figures: { include: { source: { select: { titleZh: true, titleEn: true } } } } },
    orderBy: [{ sector: { order: "asc" } }, { order: "asc" }],
  });
  const [today, plans] = [await getStatusDate(), await listPlans()];
  return rows.map((r) => toIndicatorSummary(r, today, plans));
});

export const listSectors = oncePerProcess(async (): Promise<SectorSummary[]> => {
  const sectors = await prisma.sector.findMany({ orderBy: { order: "asc" }, include: { _count: { select: { indicators: true } } } });
  return sectors.map((s) => ({
    slug: s.slug, nameZh: s.nameZh, nameEn: s.nameEn, headingZh: s.headingZh, headingEn: s.headingEn, summaryZh: s.summaryZh,
    summaryEn: s.summaryEn, indicatorCount: s._count.indicators,
  }));
});

export async function getSector(slug: string): Promise<{ sector: SectorSummary; indicators: IndicatorSummary[] } | null> {
  const sector = (await listSectors()).find((s) => s.slug === slug);
  if (!sector) return null;
  return { sector, indicators: (await listIndicators()).filter((i) => i.sectorSlug === slug) };
}

export async function getIndicator(slug: string): Promise<IndicatorDetail | null> {
  const indicators = await listIndicators();
  const indicator = indicators.find((i) => i.slug === slug);
  if (!indicator) return null;
  const sector = (await listSectors()).find((s) => s.slug === indicator.sectorSlug)!;
  return toIndicatorDetail(indicator, indicators, sector);
}

/** Every plan with its targets, in the overview's order (the newest year's key tasks first). */
export async function listPlansWithTargets(): Promise<PlanWithTargets[]> {
  return plansWithTargets(await listPlans(), await listIndicators());
}

const SOURCE_SUMMARY = { id: true, titleZh: true, titleEn: true, publisher: true, published: true, url: true } as const;

export const listSources = oncePerProcess(
  async (): Promise<SourceSummary[]> => prisma.source.findMany({ select: SOURCE_SUMMARY, orderBy: { id: "asc" } }),
);

export async function getSource(id: string): Promise<SourceSummary | null> {
  return (await listSources()).find((s) => s.id === id) ?? null;
}

/** The projector deck at /present, built from the same data as the pages (see lib/deck/deck.ts). */
// Once per process like listIndicators: every indicator and sector page looks up its slide, so
// rebuilding the deck per request made each page's cost grow with the whole data set.
export const getDeck = oncePerProcess(async (): Promise<Slide[]> => buildDeck(await listPlans(), await listSectors(), await listIndicators()));

/**
 * Every sector, indicator and target the search box can find, with pinyin worked out here so the
 * browser needs no dictionary. Search it with `searchEntries` from lib/search/searchEntries.ts.
 */
export const getSearchIndex = oncePerProcess(
  async (): Promise<SearchEntry[]> => buildSearchIndex(await listSectors(), await listIndicators()),
);

const sourceTexts = oncePerProcess(async (): Promise<Map<string, string>> => {
  const rows = await prisma.source.findMany({ select: { id: true, text: true } });
  return new Map(rows.map((r) => [r.id, r.text]));
});

/** A source's full text and every excerpt the site cites from it, in reading order. */
export async function getSourceDocument(
  id: string,
): Promise<{ source: SourceSummary; text: string; excerpts: CitedExcerpt[]; damage: DamageNote[] } | null> {
  const [source, text] = [await getSource(id), (await sourceTexts()).get(id)];
  if (!source || text === undefined) return null;
  const damage = (await prisma.sourceDamage.findMany({ where: { sourceId: id }, orderBy: { start: "asc" } })).map((d) => ({
    id: damageId(d.start, d.end), start: d.start, end: d.end, noteZh: d.noteZh, noteEn: d.noteEn,
  }));
  return { source, text, excerpts: citedExcerpts(await listIndicators(), id), damage };
}

/** The changelog of data/updates.csv, newest first. */
export const listUpdates = oncePerProcess(async (): Promise<DataUpdateView[]> => {
  const rows = await prisma.dataUpdate.findMany({ orderBy: [{ date: "desc" }, { id: "desc" }] });
  return rows.map((u) => ({ date: new Date(`${u.date}T00:00:00Z`), summaryZh: u.summaryZh, summaryEn: u.summaryEn }));
});

/** Which data a page shows: the version, when the data were last updated, the day statuses are computed for. */
export const getEdition = oncePerProcess(async (): Promise<Edition> => {
  const dataset = await datasetRow();
  const [latest] = await listUpdates();
  const results = (await listIndicators()).flatMap((i) => i.figures.filter((f) => f.kind === "actual").map((f) => f.year));
  return {
    version: dataset.version, figures: dataset.figures, statusDate: await getStatusDate(), updatedOn: latest?.date ?? null,
    latestResultYear: results.length ? Math.max(...results) : null,
  };
});


/** Everything the overview shows, in Chinese or English alike. */
export const getOverview = oncePerProcess(async (): Promise<Overview> => overviewOf(await listPlans(), await listIndicators(), await listSectors()));

/** What an indicator page shows, in either language: the indicator, its slide, its sources, the edition. */
export async function getIndicatorPage(slug: string) {
  const indicator = await getIndicator(slug);
  if (!indicator) return null;
  const [deck, sources, edition] = await Promise.all([getDeck(), listSources(), getEdition()]);
  const cited = new Set(indicator.figures.map((f) => f.sourceId));
  return { indicator, slide: slideForIndicator(deck, indicator) ?? null, edition, sources: sources.filter((s) => cited.has(s.id)) };
}

/** What a sector page shows, in either language. */
export async function getSectorPage(slug: string) {
  const found = await getSector(slug);
  if (!found) return null;
  const [deck, edition] = await Promise.all([getDeck(), getEdition()]);
  return { ...found, slide: slideForSector(deck, slug) ?? null, edition };
}

/** A slide of the deck by its address, with the whole deck and its place in it. */
export async function getSlide(slug: string): Promise<{ deck: Slide[]; index: number } | null> {
  const deck = await getDeck();
  const index = deck.findIndex((s) => s.slug === slug);
  return index < 0 ? null : { deck, index };
}

/** What /methodology states about the data: its edition, its sources, how many figures carry a number. */
export async function getMethodologyPage() {
  const [edition, sources, indicators] = await Promise.all([getEdition(), listSources(), listIndicators()]);
  const numbers = indicators.flatMap((i) => i.figures).filter((f) => f.value !== null).length;
  return { edition, sources, numbers, damaged: await prisma.sourceDamage.count() };
}

/** What every open-data file needs besides its indicators: the sources by id and the edition. */
export async function getOpenDataContext(): Promise<{ sources: Map<string, SourceSummary>; edition: Edition }> {
  const [sources, edition] = await Promise.all([listSources(), getEdition()]);
  return { sources: new Map(sources.map((s) => [s.id, s])), edition };
}

/** The site's particulars (data/site.csv, as loaded): only those the file sets. Callers must not mutate it. */
export const getSiteParticulars = oncePerProcess(async (): Promise<SiteParticulars> => {
  const rows = await prisma.siteParticular.findMany();
  // The loader wrote only validated fields; the order of SITE_FIELDS is the footer's.
  const value = new Map(rows.map((r) => [r.field, r.value]));
  return Object.fromEntries(SITE_FIELDS.flatMap((field): [SiteField, string][] => (value.has(field) ? [[field, value.get(field)!]] : [])));
});

/** What the footer of every site page shows: the edition, the sources, the site's particulars (data/site.csv). */
export async function getSiteFooter() {
  const [edition, sources, particulars] = await Promise.all([getEdition(), listSources(), getSiteParticulars()]);
  return { edition, sources, particulars };
}
