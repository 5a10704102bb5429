// What a change of data/ does to the site, as `npm run data:check` prints it for an editor: every
// target whose status changes (by the same rules the pages use, lib/progress/progress.ts), the
// figures that are new, and the pages that show them. Pure: the caller reads the earlier data (from
// git or the database) and the new data.
import { assessFigures } from "../progress/assessFigures";
import type { Comparator, Direction, TargetStatus } from "../progress/progress";

/** The little of a dataset that decides statuses and pages: rows as data/ has them. */
export interface StatusData {
  indicators: { slug: string; sector: string; direction: Direction; headline: boolean }[];
  plans: { id: string; kind: string }[];
  figures: {
    indicator: string; kind: string; year: number; comparator: Comparator | null; value: number | null;
    value_max: number | null; plan: string | null; source: string; excerpt: string; baseline_comparable: boolean;
  }[];
}

export interface StatusChange {
  indicator: string;
  year: number;
  /** "absent" when the target is new. */
  from: TargetStatus | "absent";
  to: TargetStatus | "absent";
}

export interface SiteChanges {
  statusChanges: StatusChange[];
  newFigures: StatusData["figures"];
  removedFigures: StatusData["figures"];
  /** Chinese paths; each has its twin under /en. */
  pages: string[];
}

const figureKey = (f: StatusData["figures"][number]) => `${f.indicator}|${f.kind}|${f.year}|${f.excerpt}|${f.value ?? ""}|${f.comparator ?? ""}`;

/** Every target's status on `today`, keyed by indicator, year and excerpt (as the pages compute it). */
export function targetStatuses(data: StatusData, today: Date): Map<string, { indicator: string; year: number; status: TargetStatus }> {
  const statuses = new Map<string, { indicator: string; year: number; status: TargetStatus }>();
  for (const indicator of data.indicators) {
    const figures = data.figures.filter((f) => f.indicator === indicator.slug);
    const withinYear = (plan: string | null) => data.plans.some((p) => p.id === plan && p.kind === "tasks");
    const assessed = assessFigures(
      indicator.direction,
      figures.map((f) => ({ ...f, valueMax: f.value_max, baselineComparable: f.baseline_comparable, withinYear: withinYear(f.plan) })),
      today,
    );
    figures.forEach((f, i) => {
      const status = assessed[i]?.status;
      if (status) statuses.set(`${f.indicator}|${f.year}|${f.excerpt}`, { indicator: f.indicator, year: f.year, status });
    });
  }
  return statuses;
}

export function siteChanges(before: StatusData, after: StatusData, today: Date): SiteChanges {
  const [was, is] = [targetStatuses(before, today), targetStatuses(after, today)];
  const statusChanges: StatusChange[] = [];
  for (const key of new Set([...was.keys(), ...is.keys()])) {
    const [a, b] = [was.get(key), is.get(key)];
    if (a?.status === b?.status) continue;
    const { indicator, year } = (b ?? a)!;
    statusChanges.push({ indicator, year, from: a?.status ?? "absent", to: b?.status ?? "absent" });
  }
  statusChanges.sort((x, y) => x.indicator.localeCompare(y.indicator) || x.year - y.year);

  const oldKeys = new Set(before.figures.map(figureKey));
  const newKeys = new Set(after.figures.map(figureKey));
  const newFigures = after.figures.filter((f) => !oldKeys.has(figureKey(f)));
  const removedFigures = before.figures.filter((f) => !newKeys.has(figureKey(f)));

  const sectorOf = new Map([...before.indicators, ...after.indicators].map((i) => [i.slug, i.sector]));
  const headline = new Set(after.indicators.filter((i) => i.headline).map((i) => i.slug));
  const pages = new Set<string>();
  const touch = (indicator: string) => {
    pages.add(`/indicators/${indicator}`);
    const sector = sectorOf.get(indicator);
    if (sector) pages.add(`/sectors/${sector}`);
  };
  for (const f of [...newFigures, ...removedFigures]) {
    touch(f.indicator);
    pages.add(`/sources/${f.source}`);
    // The overview shows the plans' targets and the headline results.
    if (f.plan !== null || headline.has(f.indicator)) pages.add("/");
  }
  for (const c of statusChanges) {
    touch(c.indicator);
    pages.add("/");
    pages.add("/unknowns");
    pages.add("/present");
  }
  if (pages.size) pages.add("/search");
  return { statusChanges, newFigures, removedFigures, pages: [...pages].sort() };
}

/** `services-share 2024: due → achieved`: the form data:check prints (issue 14). */
export function statusLine(c: StatusChange): string {
  return `${c.indicator} ${c.year}: ${c.from} → ${c.to}`;
}
