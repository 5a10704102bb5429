// The one front door to the dashboard's data. Pages call these named queries and get plain typed
// objects; nothing outside lib/ touches Prisma.
import "server-only";
import { cache } from "react";
import { buildDeck, type Slide } from "../deck/deck";
import { prisma } from "./db";
import { oncePerProcess } from "./oncePerProcess";
import type { Figure as FigureRecord, Indicator as IndicatorRecord } from "../generated/prisma/client";
import { assessTarget, isKeepTarget, milestonePace, type Comparator, type Direction, type TargetStatus } from "../progress/progress";
import type {
  CitedExcerpt, DamageNote, DataUpdateView, FigureView, IndicatorDetail, IndicatorSummary, Overview, Plan, SectorSummary, SourceSummary,
  StepSummary, TargetOnTimeline,
} from "./views";
import { buildSearchIndex, type SearchEntry } from "../search/searchIndex";
import { damageId, excerptId } from "../source/sourceReader";
import { statusDate } from "../progress/statusDate";

export type * from "./views";

function toFigures(indicator: IndicatorRecord, records: FigureRecord[], today: Date): FigureView[] {
  const direction = indicator.direction as Direction;
  const actuals = records
    .filter((f) => f.kind === "actual" && f.value !== null)
    .map((f) => ({ year: f.year, value: f.value as number }));
  const seen = new Map<string, number>();
  return [...records]
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.line - b.line)
    .map((f) => {
      const base = `${f.kind}-${f.year}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const target = { year: f.year, comparator: f.comparator as Comparator | null, value: f.value, valueMax: f.valueMax, keep: isKeepTarget(f.excerpt) };
      return {
        anchor: n === 1 ? base : `${base}-${n}`,
        kind: f.kind as FigureView["kind"],
        year: f.year,
        comparator: target.comparator,
        value: f.value,
        valueMax: f.valueMax,
        plan: f.plan as Plan | null,
        step: f.step,
        sourceId: f.sourceId,
        excerpt: f.excerpt,
        excerptStart: f.excerptStart,
        noteZh: f.noteZh,
        excerptEn: f.excerptEn,
        noteEn: f.noteEn,
        baselineComparable: f.baselineComparable,
        assessment:
          f.kind === "target"
            ? assessTarget({ target, actuals: f.baselineComparable ? actuals : [], direction, today })
            : null,
      };
    });
}

function toIndicator(record: IndicatorRecord & { figures: FigureRecord[] }, today: Date): IndicatorSummary {
  return {
    slug: record.slug,
    sectorSlug: record.sectorSlug,
    groupZh: record.groupZh,
    nameZh: record.nameZh,
    nameEn: record.nameEn,
    unit: record.unit,
    direction: record.direction as Direction,
    definitionZh: record.definitionZh,
    definitionEn: record.definitionEn,
    headline: record.headline,
    figures: toFigures(record, record.figures, today),
  };
}

const allIndicators = oncePerProcess(async (today): Promise<IndicatorSummary[]> => {
  const records = await prisma.indicator.findMany({
    include: { figures: true },
    orderBy: [{ sector: { order: "asc" } }, { order: "asc" }],
  });
  return records.map((r) => toIndicator(r, today));
}, statusDate);

export const listSectors = oncePerProcess(async (): Promise<SectorSummary[]> => {
  const sectors = await prisma.sector.findMany({ orderBy: { order: "asc" }, include: { _count: { select: { indicators: true } } } });
  return sectors.map((s) => ({
    slug: s.slug, nameZh: s.nameZh, nameEn: s.nameEn, headingZh: s.headingZh, summaryZh: s.summaryZh,
    summaryEn: s.summaryEn, indicatorCount: s._count.indicators,
  }));
}, statusDate);

export async function getSector(slug: string): Promise<{ sector: SectorSummary; indicators: IndicatorSummary[] } | null> {
  const sector = (await listSectors()).find((s) => s.slug === slug);
  if (!sector) return null;
  return { sector, indicators: (await allIndicators()).filter((i) => i.sectorSlug === slug) };
}

export async function getIndicator(slug: string): Promise<IndicatorDetail | null> {
  const indicators = await allIndicators();
  const indicator = indicators.find((i) => i.slug === slug);
  if (!indicator) return null;
  const sector = (await listSectors()).find((s) => s.slug === indicator.sectorSlug)!;
  const others = indicators.filter((i) => i.slug !== slug && i.sectorSlug === indicator.sectorSlug);
  // Related: the same sub-heading of the source first, then the rest of the sector.
  const related = [
    ...others.filter((i) => i.groupZh === indicator.groupZh),
    ...others.filter((i) => i.groupZh !== indicator.groupZh),
  ].slice(0, 6);
  const numericTargets = indicator.figures
    .filter((f) => f.kind === "target" && f.value !== null)
    .map((f) => ({ year: f.year, comparator: f.comparator, value: f.value, valueMax: f.valueMax }));
  const pace = milestonePace(numericTargets).map((p) => ({ fromYear: p.from.year, toYear: p.to.year, growth: p.growth }));
  return { ...indicator, sector, related, pace };
}

export async function listIndicators(): Promise<IndicatorSummary[]> {
  return allIndicators();
}

/** Every target of a plan, in step and sector order, with the indicator it belongs to. */
export async function listTargets(plan: Plan): Promise<TargetOnTimeline[]> {
  const targets: TargetOnTimeline[] = [];
  for (const i of await allIndicators())
    for (const f of i.figures)
      if (f.kind === "target" && f.plan === plan)
        targets.push({ ...f, indicator: { slug: i.slug, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, sectorSlug: i.sectorSlug } });
  return targets.sort((a, b) => (a.step ?? 0) - (b.step ?? 0) || a.year - b.year);
}

const SOURCE_SUMMARY = { id: true, titleZh: true, publisher: true, published: true, url: true } as const;

export const getSource = cache(async (id: string): Promise<SourceSummary | null> => {
  return prisma.source.findUnique({ where: { id }, select: SOURCE_SUMMARY });
});

export const listSources = cache(async (): Promise<SourceSummary[]> => {
  return prisma.source.findMany({ select: SOURCE_SUMMARY, orderBy: { id: "asc" } });
});

/** The projector deck at /present, built from the same data as the pages (see lib/deck/deck.ts). */
// Once per process like allIndicators: every indicator and sector page looks up its slide, so
// rebuilding the deck per request made each page's cost grow with the whole data set.
export const getDeck = oncePerProcess(async (): Promise<Slide[]> => buildDeck(await listSectors(), await allIndicators()), statusDate);

/**
 * Every sector, indicator and target the search box can find, with pinyin worked out here so the
 * browser needs no dictionary. Search it with `searchEntries` from lib/search/searchEntries.ts.
 */
export const getSearchIndex = oncePerProcess(
  async (): Promise<SearchEntry[]> => buildSearchIndex(await listSectors(), await allIndicators()),
  statusDate,
);


/** A source's full text and every excerpt the site cites from it, in reading order. */
export async function getSourceDocument(id: string): Promise<{ source: SourceSummary; text: string; excerpts: CitedExcerpt[]; damage: DamageNote[] } | null> {
  const record = await prisma.source.findUnique({ where: { id }, select: { ...SOURCE_SUMMARY, text: true } });
  if (!record) return null;
  const { text, ...source } = record;
  const byId = new Map<string, CitedExcerpt>();
  for (const indicator of await allIndicators())
    for (const f of indicator.figures.filter((f) => f.sourceId === id)) {
      const excerptKey = excerptId(f.excerptStart, f.excerpt);
      const excerpt = byId.get(excerptKey) ?? { id: excerptKey, start: f.excerptStart, end: f.excerptStart + f.excerpt.length, figures: [] };
      excerpt.figures.push({ indicatorSlug: indicator.slug, indicatorZh: indicator.nameZh, indicatorEn: indicator.nameEn, anchor: f.anchor, year: f.year, kind: f.kind });
      byId.set(excerptKey, excerpt);
    }
  const damage = (await prisma.sourceDamage.findMany({ where: { sourceId: id }, orderBy: { start: "asc" } })).map((d) => ({ id: damageId(d.start, d.end), start: d.start, end: d.end, noteZh: d.noteZh, noteEn: d.noteEn }));
  return { source, text, excerpts: [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end), damage };
}


/** The changelog of data/updates.csv, newest first. */
export const listUpdates = cache(async (): Promise<DataUpdateView[]> => {
  const rows = await prisma.dataUpdate.findMany({ orderBy: [{ date: "desc" }, { id: "desc" }] });
  return rows.map((u) => ({ date: new Date(`${u.date}T00:00:00Z`), summaryZh: u.summaryZh }));
});

/** The four steps' summaries (ours, data/steps.csv), in step order. */
export const listSteps = cache(async (): Promise<StepSummary[]> =>
  (await prisma.step.findMany({ orderBy: { step: "asc" } })).map((s) => ({ step: s.step, year: s.year, summaryZh: s.summaryZh, summaryEn: s.summaryEn, excerpts: s.excerpts.split("\n") })));

export const getDatasetVersion = cache(
  async (): Promise<{ version: string; figures: number; statusDate: Date; updatedOn: Date | null }> => {
    const dataset = await prisma.dataset.findUniqueOrThrow({ where: { id: 1 } });
    const [latest] = await listUpdates();
    return { version: dataset.version, figures: dataset.figures, statusDate: statusDate(), updatedOn: latest?.date ?? null };
  },
);


/** Everything the overview shows, in Chinese or English alike. */
export const getOverview = cache(async (): Promise<Overview> => {
  const [steps, tasks, indicators, sectors] = await Promise.all([listTargets("four-step"), listTargets("tasks-2024"), allIndicators(), listSectors()]);
  const headlines = indicators.flatMap((indicator) => {
    const actual = indicator.headline ? indicator.figures.find((f) => f.kind === "actual" && f.value !== null) : undefined;
    return actual ? [{ indicator, actual: actual as FigureView & { value: number } }] : [];
  });
  const statusCounts = new Map<TargetStatus, number>();
  for (const t of [...steps, ...tasks]) if (t.assessment) statusCounts.set(t.assessment.status, (statusCounts.get(t.assessment.status) ?? 0) + 1);
  return { steps, tasks, sectors, headlines, statusCounts };
});
