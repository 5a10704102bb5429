// What `npm run data:check` and `npm run data:accept` print: the validation of data/ (every problem
// with its file, line and field), then what the change does to the site against the data before it.
import path from "node:path";
import { formatDataError, type DataError } from "../../lib/data/errors";
import { readDataset } from "../../lib/data/readDataset";
import { rewrittenLines } from "../../lib/editor/changelog";
import { siteChanges, statusLine } from "../../lib/editor/siteChanges";
import { untranslated } from "../../lib/editor/untranslated";
import { statusDate } from "../../lib/progress/statusDate";
import { previousData } from "./previousData";

/** The data folder the data scripts work on: DATA_DIR, or data/ of the working directory. */
export function dataFolder(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}

export function printProblems(errors: DataError[]): void {
  console.error(`data/ has ${errors.length} problem(s):`);
  for (const error of errors) console.error(`  ${formatDataError(error)}`);
}

/** Validates `dataDir` and prints the report; false when the data are invalid. */
export async function checkAndReport(dataDir: string): Promise<boolean> {
  const result = readDataset(dataDir);
  if (!result.ok) {
    printProblems(result.errors);
    return false;
  }
  const before = await previousData(dataDir);
  const now = [...result.dataset.updates].sort((a, b) => a.line - b.line);
  const rewritten = before?.updates ? rewrittenLines(before.updates, now) : [];
  if (rewritten.length) {
    printProblems(rewritten);
    return false;
  }
  const { sectors, indicators, figures } = result.dataset;
  console.log(`data/ is valid: ${sectors.length} sectors, ${indicators.length} indicators, ${figures.length} figures.`);
  const toTranslate = untranslated(result.dataset);
  if (toTranslate.length) {
    console.log(`\nNot yet translated (${toTranslate.length}; the English pages show the Chinese, marked, until then):`);
    for (const u of toTranslate) console.log(`  warning: ${u.file}:${u.line} ${u.field} is empty`);
  }
  const closing = () =>
    console.log(`\n${toTranslate.length ? `${toTranslate.length} field(s) wait for their English translation.` : "Everything is translated."}`);

  if (!before) {
    console.log("\nNo earlier data to compare with (no git history and no database): nothing to say about changes.");
    closing();
    return true;
  }
  if (before.note) console.log(`\n${before.note}; comparing with ${before.against} instead.`);
  const today = statusDate();
  const changes = siteChanges(before.data, result.dataset, today);
  const day = today.toISOString().slice(0, 10);
  if (!changes.statusChanges.length && !changes.newFigures.length && !changes.removedFigures.length) {
    console.log(`\nNo figure or status changes against ${before.against} (statuses on ${day}).`);
    closing();
    return true;
  }
  console.log(`\nWhat this changes on the site, against ${before.against} (statuses on ${day}):`);
  console.log(`\nStatus changes (${changes.statusChanges.length}):`);
  for (const change of changes.statusChanges) console.log(statusLine(change));
  const unitOf = new Map(indicators.map((i) => [i.slug, i.unit ?? ""]));
  const show = (f: (typeof changes.newFigures)[number]) =>
    `  ${f.indicator} ${f.kind} ${f.year}${f.value === null ? "" : ` ${f.comparator} ${f.value}${f.value_max === null ? "" : `–${f.value_max}`}${unitOf.get(f.indicator) ?? ""}`} · ${f.source}: ${f.excerpt}`;
  console.log(`\nNew figures (${changes.newFigures.length}):`);
  for (const f of changes.newFigures) console.log(show(f));
  if (changes.removedFigures.length) {
    console.log(`\nRemoved or changed figures (${changes.removedFigures.length}, as they were):`);
    for (const f of changes.removedFigures) console.log(show(f));
  }
  console.log(`\nPages affected (${changes.pages.length}, each with its English twin under /en):`);
  for (const page of changes.pages) console.log(`  ${page}`);
  console.log("\nRebuild (npm run build) to publish them.");
  closing();
  return true;
}
