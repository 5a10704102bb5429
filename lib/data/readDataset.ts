// Reads every file in data/, validates it against the schemas and against the sources themselves,
// and returns either a dataset ready to load or the full list of problems (never a partial dataset).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { numberProblems, styleProblems } from "../format/englishNumbers";
import { findNumbers, occurrences, sameNumber } from "../format/sourceNumbers";
import { unitScale } from "../format/units";
import { readRows } from "./csv";
import type { DataError } from "./errors";
import { checkPlans } from "./checkPlans";
import {
  damageRow, figureRow, indicatorRow, notFigureRow, planRow, redirectRow, sectorRow, sourceRow, stepRow, updateRow,
  type DamageRow, type FigureRow, type IndicatorRow, type NotFigureRow, type PlanRow, type RedirectRow, type SectorRow, type SourceRow, type StepRow, type UpdateRow,
} from "./schema";

export interface Source extends SourceRow { text: string; sha256: string }
export interface Figure extends FigureRow { line: number; excerptStart: number }
/** A damaged passage located in its source: `start`/`end` are offsets in the text (end exclusive). */
export interface Damage { source: string; start: number; end: number; note_zh: string; note_en: string }
/** Rows keep the line of their file they came from, so a warning can name it. */
type Lined<T> = T & { line: number };
export interface Dataset {
  sources: Source[];
  sectors: SectorRow[];
  indicators: Lined<IndicatorRow>[];
  figures: Figure[];
  notFigures: NotFigureRow[];
  redirects: RedirectRow[];
  /** Oldest first. */
  updates: Lined<UpdateRow>[];
  /** The plans the sources set out, in the order of plans.csv. */
  plans: Lined<PlanRow>[];
  /** The steps of the plans in steps, with our summaries, in plan and step order. */
  steps: Lined<StepRow>[];
  /** Damaged passages of the sources, in order of their place in the text. */
  damage: Damage[];
}

export type ReadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

export function readDataset(dataDir: string): ReadResult {
  const errors: DataError[] = [];
  // Errors name files by their place in the data folder (data/figures.csv), wherever it is.
  const label = (name: string) => path.posix.join("data", name);

  function rowsOf<S extends z.ZodObject>(name: string, schema: S): (z.infer<S> & { line: number })[] {
    const file = path.join(dataDir, name);
    if (!existsSync(file)) {
      errors.push({ file: label(name), line: 0, field: "-", message: "file is missing" });
      return [];
    }
    const { rows, errors: found } = readRows(label(name), readFileSync(file, "utf8"), schema);
    errors.push(...found);
    return rows;
  }

  const sourceRows = rowsOf("sources.csv", sourceRow);
  const sectors = rowsOf("sectors.csv", sectorRow);
  const indicators = rowsOf("indicators.csv", indicatorRow);
  const figureRows = rowsOf("figures.csv", figureRow);
  const notFigures = rowsOf("not-figures.csv", notFigureRow);
  const redirects = rowsOf("redirects.csv", redirectRow);
  const updates = rowsOf("updates.csv", updateRow);
  const plans = rowsOf("plans.csv", planRow);
  const steps = rowsOf("steps.csv", stepRow);
  const damageRows = rowsOf("damage.csv", damageRow);

  const sources: (Source & { line: number })[] = [];
  for (const row of sourceRows) {
    const file = path.join(dataDir, row.file);
    if (!existsSync(file)) {
      errors.push({ file: label("sources.csv"), line: row.line, field: "file", message: `${label(row.file)} does not exist` });
      continue;
    }
    const bytes = readFileSync(file);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (row.sha256 !== null && row.sha256 !== sha256)
      errors.push({ file: label("sources.csv"), line: row.line, field: "sha256", message: `${label(row.file)} has changed since it was copied (its sha256 is ${sha256}): a source is kept exactly as published` });
    sources.push({ ...row, text: bytes.toString("utf8"), sha256 });
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const anySourceHas = (s: string) => sources.some((source) => source.text.includes(s));

  const unique = <T extends { line: number }>(name: string, rows: T[], field: string, key: (r: T) => string) => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined) errors.push({ file: label(name), line: row.line, field, message: `duplicate of line ${first}` });
      else seen.set(k, row.line);
    }
  };
  unique("sources.csv", sources, "id", (s) => s.id);
  unique("sectors.csv", sectors, "slug", (s) => s.slug);
  unique("indicators.csv", indicators, "slug", (i) => i.slug);

  for (const sector of sectors)
    if (!anySourceHas(sector.heading_zh))
      errors.push({ file: label("sectors.csv"), line: sector.line, field: "heading_zh", message: "does not occur verbatim in any source" });

  const sectorSlugs = new Set(sectors.map((s) => s.slug));
  for (const indicator of indicators) {
    if (!sectorSlugs.has(indicator.sector))
      errors.push({ file: label("indicators.csv"), line: indicator.line, field: "sector", message: `no sector '${indicator.sector}' in sectors.csv` });
    if (!anySourceHas(indicator.group_zh))
      errors.push({ file: label("indicators.csv"), line: indicator.line, field: "group_zh", message: "does not occur verbatim in any source" });
  }

  // Our English must keep every number as the Chinese writes it (data/README.md, "Numbers in English").
  // An English field left empty is not yet translated (data:check counts it); one that is written is checked.
  const translated = <T extends { line: number }>(name: string, rows: T[], pairs: [keyof T & string, keyof T & string][], check = translationProblems) => {
    for (const row of rows)
      for (const [zh, en] of pairs)
        if (row[en] !== null)
          for (const message of check(String(row[zh] ?? ""), String(row[en])))
            errors.push({ file: label(name), line: row.line, field: en, message });
  };
  translated("sources.csv", sourceRows, [["title_zh", "title_en"]]);
  translated("sectors.csv", sectors, [["summary_zh", "summary_en"], ["name_zh", "name_en"], ["heading_zh", "heading_en"]]);
  translated("indicators.csv", indicators, [["definition_zh", "definition_en"], ["name_zh", "name_en"], ["group_zh", "group_en"]]);
  translated("figures.csv", figureRows, [["excerpt", "excerpt_en"], ["note_zh", "note_en"]]);
  translated("steps.csv", steps, [["summary_zh", "summary_en"]]);
  translated("plans.csv", plans, [["name_zh", "name_en"], ["summary_zh", "summary_en"]]);
  // A changelog line may quote the English number rule itself (132.8亿元 is 13.28 billion yuan), so
  // its English is held to the style of our English, not to the Chinese line's list of numbers.
  translated("updates.csv", updates, [["summary_zh", "summary_en"]], styleProblems);
  unique("plans.csv", plans, "id", (p) => p.id);
  unique("steps.csv", steps, "step", (s) => `${s.plan}|${s.step}`);
  translated("damage.csv", damageRows, [["note_zh", "note_en"]]);
  const damage = locateDamage(damageRows, sourceById, errors, label("damage.csv"));

  const figures = checkFigures(figureRows, new Map(indicators.map((i) => [i.slug, i])), sourceById, errors, label("figures.csv"));
  errors.push(...checkPlans({ plans, steps, figures, sourceById, label }));
  unique("figures.csv", figures, "excerpt", (f) => `${f.indicator}|${f.kind}|${f.year}|${f.excerpt}`);
  unique(
    "figures.csv",
    figures.filter((f) => f.value !== null),
    "year",
    // One result per indicator and year; one target per indicator, year and plan (two documents may
    // each set a target for the same year, in their own plans).
    (f) => `${f.indicator}|${f.kind}|${f.year}|${f.kind === "target" ? f.plan : ""}`,
  );

  checkRedirects(redirects, new Set(indicators.map((i) => i.slug)), errors, label("redirects.csv"));
  unique("redirects.csv", redirects, "from", (r) => r.from);
  unique("updates.csv", updates, "summary_zh", (u) => `${u.date}|${u.summary_zh}`);

  for (const row of notFigures) {
    const source = sourceById.get(row.source);
    if (!source) errors.push({ file: label("not-figures.csv"), line: row.line, field: "source", message: `no source '${row.source}'` });
    else if (!source.text.includes(row.excerpt))
      errors.push({ file: label("not-figures.csv"), line: row.line, field: "excerpt", message: "does not occur verbatim in the source" });
  }
  if (errors.length === 0) errors.push(...uncoveredNumbers(sources, figures, notFigures, indicators, label));

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    dataset: {
      sources: sources.map(stripLine), sectors, indicators, figures, notFigures,
      redirects: redirects.map(stripLine),
      updates: [...updates].sort((a, b) => a.date.localeCompare(b.date)),
      plans,
      steps: [...steps].sort((a, b) => plans.findIndex((p) => p.id === a.plan) - plans.findIndex((p) => p.id === b.plan) || a.step - b.step),
      damage,
    },
  };
}

/** Calls `check` with each row's source, or names the row whose source is not in sources.csv. */
export function withSources<T extends { line: number; source: string }>(
  rows: T[], sourceById: Map<string, Source>, errors: DataError[], file: string,
  check: (row: T, source: Source, fail: (field: string, message: string) => void) => void,
): void {
  for (const row of rows) {
    const fail = (field: string, message: string) => errors.push({ file, line: row.line, field, message });
    const source = sourceById.get(row.source);
    if (source) check(row, source, fail);
    else fail("source", `no source '${row.source}' in sources.csv`);
  }
}

/** Each damaged passage must occur verbatim in its source, as often as its `occurrence` says. */
function locateDamage(rows: (DamageRow & { line: number })[], sourceById: Map<string, Source>, errors: DataError[], file: string): Damage[] {
  const damage: Damage[] = [];
  withSources(rows, sourceById, errors, file, (row, source, fail) => {
    const starts = occurrences(source.text, row.excerpt);
    if (starts.length === 0) fail("excerpt", "does not occur verbatim in the source (copy it character for character)");
    else if (row.occurrence !== null && row.occurrence > starts.length)
      fail("occurrence", `the excerpt occurs ${starts.length} time(s) in the source, not ${row.occurrence}`);
    const chosen = row.occurrence === null ? starts : starts.slice(row.occurrence - 1, row.occurrence);
    for (const start of chosen)
      damage.push({ source: row.source, start, end: start + row.excerpt.length, note_zh: row.note_zh, note_en: row.note_en });
  });
  return damage.sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start);
}

/** A redirect must lead to a page that exists and must not hide one: /indicators/{slug} is forever. */
function checkRedirects(rows: (RedirectRow & { line: number })[], slugs: Set<string>, errors: DataError[], file: string): void {
  for (const row of rows) {
    if (slugs.has(row.from))
      errors.push({ file, line: row.line, field: "from", message: `'${row.from}' is a current indicator: its page must keep working, not redirect` });
    if (!slugs.has(row.to)) errors.push({ file, line: row.line, field: "to", message: `no indicator '${row.to}' in indicators.csv` });
  }
}

function checkFigures(
  rows: (FigureRow & { line: number })[],
  indicatorBySlug: Map<string, IndicatorRow>,
  sourceById: Map<string, Source>,
  errors: DataError[],
  file: string,
): Figure[] {
  const figures: Figure[] = [];
  const firstActualYear = new Map<string, number>();
  for (const row of rows)
    if (row.kind === "actual")
      firstActualYear.set(row.indicator, Math.min(row.year, firstActualYear.get(row.indicator) ?? Infinity));

  for (const row of rows) {
    const fail = (field: string, message: string) => errors.push({ file, line: row.line, field, message });
    const indicator = indicatorBySlug.get(row.indicator);
    const source = sourceById.get(row.source);
    if (!indicator) fail("indicator", `no indicator '${row.indicator}' in indicators.csv`);
    if (!source) fail("source", `no source '${row.source}' in sources.csv`);
    if (!indicator || !source) continue;

    const starts = occurrences(source.text, row.excerpt);
    if (starts.length === 0) {
      fail("excerpt", "does not occur verbatim in the source (copy it character for character)");
      continue;
    }
    if (row.value !== null && indicator.unit === null) fail("value", `indicator '${indicator.slug}' has no unit, so it cannot have a numeric figure`);
    if (row.value === null && indicator.unit !== null) fail("value", `indicator '${indicator.slug}' has a unit, so its figures must have a value`);
    const written = findNumbers(row.excerpt).map((t) => t.absolute);
    for (const field of ["value", "value_max"] as const) {
      const value = row[field];
      if (value !== null && !written.some((n) => sameNumber(n, value * unitScale(indicator.unit))))
        fail(field, `${value}${indicator.unit ?? ""} is not a number written in the excerpt`);
    }
    const baseline = firstActualYear.get(row.indicator);
    if (row.kind === "target" && baseline !== undefined && row.year < baseline)
      fail("year", `target year ${row.year} is before the indicator's first result (${baseline})`);
    figures.push({ ...row, excerptStart: starts[0] });
  }
  return figures;
}

/** Every number in a source must be a figure's value inside that figure's excerpt, a year, or listed as not a figure. */
function uncoveredNumbers(
  sources: Source[],
  figures: Figure[],
  notFigures: NotFigureRow[],
  indicators: IndicatorRow[],
  label: (name: string) => string,
): DataError[] {
  const unitOf = new Map(indicators.map((i) => [i.slug, i.unit]));
  const errors: DataError[] = [];
  for (const source of sources) {
    const tokens = findNumbers(source.text).filter((t) => !t.isYear);
    const claimed = new Set<number>();
    const claim = (excerpt: string, accepts: (absolute: number) => boolean) => {
      for (const at of occurrences(source.text, excerpt))
        for (const t of tokens) if (t.start >= at && t.end <= at + excerpt.length && accepts(t.absolute)) claimed.add(t.start);
    };
    for (const f of figures.filter((f) => f.source === source.id && f.value !== null)) {
      const scale = unitScale(unitOf.get(f.indicator) ?? null);
      const values = [f.value, f.value_max].filter((v): v is number => v !== null).map((v) => v * scale);
      claim(f.excerpt, (n) => values.some((v) => sameNumber(n, v)));
    }
    for (const nf of notFigures.filter((n) => n.source === source.id)) claim(nf.excerpt, () => true);
    for (const t of tokens.filter((t) => !claimed.has(t.start))) {
      const line = source.text.slice(0, t.start).split("\n").length;
      const context = source.text.slice(Math.max(0, t.start - 12), t.end + 6).replace(/\s+/g, " ");
      errors.push({
        file: label(source.file),
        line,
        field: "-",
        message: `the number ${t.written} (“…${context}…”) is in no figure of figures.csv and not in not-figures.csv`,
      });
    }
  }
  return errors;
}

/** Our English must keep every number exactly (never rounded) and write it as English readers read it. */
export function translationProblems(zh: string, en: string): string[] {
  const problems = numberProblems(zh, en);
  return problems.length ? problems : styleProblems(zh, en);
}

function stripLine<T extends { line: number }>(row: T): Omit<T, "line"> {
  const rest: Omit<T, "line"> & { line?: number } = { ...row };
  delete rest.line;
  return rest;
}
