// Reads every file in data/ and returns either a dataset ready to load or the full list of problems
// (never a partial dataset). The reader reads; each kind of check is a pure function of lib/data/checks
// that returns its errors, run here in a fixed order so that the list reads file by file.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { styleProblems } from "../format/englishNumbers";
import { readRows } from "./csv";
import type { Dataset, Source } from "./dataset";
import type { DataError } from "./errors";
import { locateDamage } from "./checks/damage";
import { duplicates } from "./checks/duplicates";
import { checkFigures } from "./checks/figures";
import { checkIndicators, checkSectors } from "./checks/headings";
import { checkNotFigures } from "./checks/notFigures";
import { checkPlans } from "./checks/plans";
import { checkRedirects } from "./checks/redirects";
import { translationErrors } from "./checks/translations";
import { uncoveredNumbers } from "./checks/uncoveredNumbers";
import { parseSiteParticulars, type SiteParticulars } from "../site/siteParticulars";
import {
  damageRow, figureRow, indicatorRow, notFigureRow, planRow, redirectRow, sectorRow, sourceRow, stepRow, updateRow,
} from "./schema";

export type { Damage, Dataset, Figure, Source } from "./dataset";
export { translationProblems } from "./checks/translations";

export type ReadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/**
 * `publicDir` is where files the data name must be saved for the site to serve them (the organ mark
 * of data/site.csv): the site's public/ in the working directory.
 */
export function readDataset(dataDir: string, publicDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public")): ReadResult {
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
  const siteFile = path.join(dataDir, "site.csv");
  const siteText = existsSync(siteFile) ? readFileSync(siteFile, "utf8") : null;
  if (siteText === null) errors.push({ file: label("site.csv"), line: 0, field: "-", message: "file is missing" });

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
  const sourceTexts = sources.map((s) => s.text);

  errors.push(
    ...duplicates(label("sources.csv"), sources, "id", (s) => s.id),
    ...duplicates(label("sectors.csv"), sectors, "slug", (s) => s.slug),
    ...duplicates(label("indicators.csv"), indicators, "slug", (i) => i.slug),
    ...checkSectors(label("sectors.csv"), sectors, sourceTexts),
    ...checkIndicators(label("indicators.csv"), indicators, new Set(sectors.map((s) => s.slug)), sourceTexts),
    ...translationErrors(label("sources.csv"), sourceRows, [["title_zh", "title_en"]]),
    ...translationErrors(label("sectors.csv"), sectors, [["summary_zh", "summary_en"], ["name_zh", "name_en"], ["heading_zh", "heading_en"]]),
    ...translationErrors(label("indicators.csv"), indicators, [["definition_zh", "definition_en"], ["name_zh", "name_en"], ["group_zh", "group_en"]]),
    ...translationErrors(label("figures.csv"), figureRows, [["excerpt", "excerpt_en"], ["note_zh", "note_en"]]),
    ...translationErrors(label("steps.csv"), steps, [["summary_zh", "summary_en"]]),
    ...translationErrors(label("plans.csv"), plans, [["name_zh", "name_en"], ["summary_zh", "summary_en"]]),
    // A changelog line may quote the English number rule itself (132.8亿元 is 13.28 billion yuan), so
    // its English is held to the style of our English, not to the Chinese line's list of numbers.
    ...translationErrors(label("updates.csv"), updates, [["summary_zh", "summary_en"]], styleProblems),
    ...duplicates(label("plans.csv"), plans, "id", (p) => p.id),
    ...duplicates(label("steps.csv"), steps, "step", (s) => `${s.plan}|${s.step}`),
    ...translationErrors(label("damage.csv"), damageRows, [["note_zh", "note_en"]]),
  );
  const { damage, errors: damageErrors } = locateDamage(label("damage.csv"), damageRows, sourceById);
  const { figures, errors: figureErrors } = checkFigures(label("figures.csv"), figureRows, new Map(indicators.map((i) => [i.slug, i])), sourceById);
  const slugs = new Set(indicators.map((i) => i.slug));
  errors.push(
    ...damageErrors,
    ...figureErrors,
    ...checkPlans({ plans, steps, figures, sourceById, label }),
    ...duplicates(label("figures.csv"), figures, "excerpt", (f) => `${f.indicator}|${f.kind}|${f.year}|${f.excerpt}`),
    ...duplicates(
      label("figures.csv"),
      figures.filter((f) => f.value !== null),
      "year",
      // One result per indicator and year; one target per indicator, year and plan (two documents may
      // each set a target for the same year, in their own plans).
      (f) => `${f.indicator}|${f.kind}|${f.year}|${f.kind === "target" ? f.plan : ""}`,
    ),
    ...checkRedirects(label("redirects.csv"), redirects, slugs),
    ...duplicates(label("redirects.csv"), redirects, "from", (r) => r.from),
    ...duplicates(label("updates.csv"), updates, "summary_zh", (u) => `${u.date}|${u.summary_zh}`),
    ...checkNotFigures(label("not-figures.csv"), notFigures, sourceById),
  );
  // The site's particulars are not facts of the sources, so no other check involves them.
  const siteRead = parseSiteParticulars(siteText ?? "", label("site.csv"), (image) => existsSync(path.join(publicDir, image)));
  if (siteText !== null && !siteRead.ok) errors.push(...siteRead.errors);
  const site: SiteParticulars = siteRead.ok ? siteRead.particulars : {};
  // Only a dataset whose rows all hold can say which numbers of the sources none of them covers.
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
      site,
    },
  };
}

function stripLine<T extends { line: number }>(row: T): Omit<T, "line"> {
  const rest: Omit<T, "line"> & { line?: number } = { ...row };
  delete rest.line;
  return rest;
}
