// `npm run data:accept -- data/drafts/<id>.csv [--summary "…"] [--summary-en "…"] [--date YYYY-MM-DD]`:
// the second step of publishing new results (data/README.md). Takes the reviewed drafts of one
// document together: the plan of <id>-plans.csv to plans.csv, the new subjects of <id>-indicators.csv
// that a figure names to indicators.csv, rows with an indicator to figures.csv, rows without one (with
// their reason_zh) to not-figures.csv, and a dated line to updates.csv; then runs the checks and says
// what changes on the site. The result is checked on a scratch copy first: if anything is wrong, every
// problem is listed by the draft file and line it comes from, and data/ is left exactly as it was.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatDataError, type DataError } from "../lib/data/errors";
import { readDataset } from "../lib/data/readDataset";
import { DRAFT_COLUMNS, FIGURE_COLUMNS, PLAN_COLUMNS } from "../lib/editor/draft";
import { draftFiles } from "../lib/editor/draftFiles";
import { INDICATOR_COLUMNS } from "../lib/editor/newSubjects";
import { checkAndReport, dataFolder } from "./lib/checkReport";
import { appendRecords, headerOf, readDraftRecords, readRecords } from "./lib/csvFiles";

const USAGE =
  'usage: npm run data:accept -- data/drafts/<id>.csv [--summary "<what changed, in Chinese>"] [--summary-en "<the same in English>"] [--date YYYY-MM-DD]';

function refuse(problems: string[]): never {
  console.error(`Not accepted: ${problems.length} problem(s). data/ is unchanged; so are the drafts.`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { summary: { type: "string" }, "summary-en": { type: "string" }, date: { type: "string" } },
});
const [draftFile] = positionals;
if (!draftFile) refuse([USAGE]);
const files = draftFiles(path.resolve(draftFile));
const shown = (file: string) => path.relative(process.cwd(), file);
const problems: string[] = [];

/** A draft's rows, when its header is the one data:draft writes (a column may not be renamed or dropped). */
function draftRows(file: string, columns: readonly string[], required: boolean): ReturnType<typeof readRecords> {
  if (!existsSync(file)) {
    if (required) problems.push(`${shown(file)}: no such draft (run npm run data:draft first)`);
    return [];
  }
  try {
    if (headerOf(file).join(",") !== columns.join(",")) {
      problems.push(`${shown(file)}:1: the header must be ${columns.join(",")}`);
      return [];
    }
    return readDraftRecords(file);
  } catch (error) {
    problems.push(`${shown(file)}: ${(error as Error).message}`);
    return [];
  }
}
const records = draftRows(files.figures, DRAFT_COLUMNS, true);
const plans = draftRows(files.plans, [...PLAN_COLUMNS, "review"], false);
const proposed = draftRows(files.indicators, [...INDICATOR_COLUMNS, "review"], false);
if (problems.length) refuse(problems);
if (records.length === 0) refuse([`${shown(files.figures)}: no rows left to accept`]);

const figures = records.filter((r) => r.record.indicator.trim() !== "");
const notFigures = records.filter((r) => r.record.indicator.trim() === "");
for (const { line, record } of notFigures)
  if (!record.reason_zh.trim())
    problems.push(`${shown(files.figures)}:${line} reason_zh: a row without an indicator goes to not-figures.csv; write why its number is not a figure (in Chinese)`);
const sources = new Set(records.map((r) => r.record.source));
if (sources.size !== 1) problems.push(`${shown(files.figures)}: every row must come from one source (found ${[...sources].join(", ") || "none"})`);
if (problems.length) refuse(problems);

// A proposed indicator that no figure names any more (the editor turned its numbers into not-figures) is left out.
const named = new Set(figures.map((r) => r.record.indicator.trim()));
const indicators = proposed.filter((r) => named.has(r.record.slug.trim()));
const dropped = proposed.filter((r) => !named.has(r.record.slug.trim())).map((r) => r.record.slug);

const dataDir = dataFolder();
const sourceId = [...sources][0];
const title = readRecords(path.join(dataDir, "sources.csv")).find((r) => r.record.id === sourceId)?.record.title_zh ?? sourceId;
const numbers = figures.filter((r) => r.record.value.trim() !== "").length;
const date = values.date ?? new Date().toISOString().slice(0, 10);
const summary = values.summary ?? `收录《${title}》中的${numbers}个数字${figures.length > numbers ? `和${figures.length - numbers}条不带数字的记录` : ""}，每条附原文摘录。`;
const summaryEn = values["summary-en"] ?? (values.summary ? "" : `Added ${numbers} figures from the source 《${title}》, each with its excerpt.`);

// Everything is tried on a scratch copy first; data/ changes only when the whole result passes.
const scratch = mkdtempSync(path.join(os.tmpdir(), "data-accept-"));
try {
  const trial = path.join(scratch, "data");
  cpSync(dataDir, trial, { recursive: true });
  const appended: { file: string; after: number; draft: string; lines: number[] }[] = [];
  const append = (file: string, draft: string, rows: { line: number; record: Record<string, string> }[], columns: readonly string[], map = pick) => {
    const full = path.join(trial, file);
    appended.push({ file: `data/${file}`, after: readFileSync(full, "utf8").trimEnd().split("\n").length, draft, lines: rows.map((r) => r.line) });
    return appendRecords(full, rows.map((r) => map(r.record, columns)));
  };
  const written = {
    "plans.csv": append("plans.csv", files.plans, plans, PLAN_COLUMNS),
    "indicators.csv": append("indicators.csv", files.indicators, indicators, INDICATOR_COLUMNS),
    "figures.csv": append("figures.csv", files.figures, figures, FIGURE_COLUMNS),
    "not-figures.csv": append("not-figures.csv", files.figures, notFigures, [], (r) => ({ source: r.source, excerpt: r.excerpt, reason_zh: r.reason_zh })),
    "updates.csv": appendRecords(path.join(trial, "updates.csv"), [{ date, summary_zh: summary, summary_en: summaryEn }]),
  };
  const result = readDataset(trial);
  if (!result.ok) refuse(result.errors.map((e) => formatDataError(inDraft(e, appended))));
  for (const [file, text] of Object.entries(written)) writeFileSync(path.join(dataDir, file), text);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `Accepted ${shown(files.figures)}: ${plans.length} plan(s) added to data/plans.csv, ${indicators.length} indicator(s) to data/indicators.csv, ` +
    `${figures.length} row(s) to data/figures.csv, ${notFigures.length} to data/not-figures.csv, and “${date} ${summary}” to data/updates.csv.`,
);
if (dropped.length) console.log(`Left out ${dropped.length} proposed indicator(s) that no row names any more: ${dropped.join(", ")}.`);
console.log("");
await checkAndReport(dataDir);

function pick(record: Record<string, string>, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, record[c] ?? ""]));
}

/** An error on an appended row names the draft file and line it came from, where the editor can fix it. */
function inDraft(error: DataError, appended: { file: string; after: number; draft: string; lines: number[] }[]): DataError {
  const from = appended.find((a) => a.file === error.file && error.line > a.after && error.line - a.after - 1 < a.lines.length);
  return from ? { ...error, file: shown(from.draft), line: from.lines[error.line - from.after - 1] } : error;
}
