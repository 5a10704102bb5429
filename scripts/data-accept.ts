// `npm run data:accept -- data/drafts/<id>.csv [--summary "…"] [--date YYYY-MM-DD]`: the second step
// of publishing new results (data/README.md). Appends the reviewed draft to data/: rows with an
// indicator to figures.csv, rows the editor left without one (with the reason written in `review`)
// to not-figures.csv, and a dated line to updates.csv; then runs the checks and says what changes on
// the site. The result is checked on a scratch copy first: if anything is wrong, every problem is
// listed (rows of the draft by their line in the draft) and data/ is left exactly as it was.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DRAFT_COLUMNS, FIGURE_COLUMNS } from "../lib/data/draft";
import { formatDataError, type DataError } from "../lib/data/errors";
import { readDataset } from "../lib/data/readDataset";
import { checkAndReport, dataFolder } from "./lib/checkReport";
import { appendRecords, headerOf, readRecords } from "./lib/csvFiles";

const USAGE = 'usage: npm run data:accept -- data/drafts/<id>.csv [--summary "<what changed, in Chinese>"] [--date YYYY-MM-DD]';

function refuse(problems: string[]): never {
  console.error(`Not accepted: ${problems.length} problem(s). data/ is unchanged.`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { summary: { type: "string" }, date: { type: "string" } } });
const [draftFile] = positionals;
if (!draftFile) refuse([USAGE]);
const shown = path.relative(process.cwd(), path.resolve(draftFile));
let records: ReturnType<typeof readRecords>;
try {
  if (headerOf(draftFile).join(",") !== DRAFT_COLUMNS.join(",")) refuse([`${shown}:1: the header must be ${DRAFT_COLUMNS.join(",")}`]);
  records = readRecords(draftFile);
} catch (error) {
  refuse([`${shown}: ${(error as Error).message}`]);
}
if (records.length === 0) refuse([`${shown}: no rows left to accept`]);

const problems: string[] = [];
const figures = records.filter((r) => r.record.indicator.trim() !== "");
const notFigures = records.filter((r) => r.record.indicator.trim() === "");
for (const { line, record } of notFigures)
  if (!record.review.trim() || record.review.startsWith("not placed:"))
    problems.push(`${shown}:${line} review: a row without an indicator goes to not-figures.csv; write why its number is not a figure (in Chinese) in review`);
const sources = new Set(records.map((r) => r.record.source));
if (sources.size !== 1) problems.push(`${shown}: every row must come from one source (found ${[...sources].join(", ") || "none"})`);
if (problems.length) refuse(problems);

const dataDir = dataFolder();
const sourceId = [...sources][0];
const title = readRecords(path.join(dataDir, "sources.csv")).find((r) => r.record.id === sourceId)?.record.title_zh ?? sourceId;
const numbers = figures.filter((r) => r.record.value.trim() !== "").length;
const date = values.date ?? new Date().toISOString().slice(0, 10);
const summary = values.summary ?? `收录《${title}》中的${numbers}个数字${figures.length > numbers ? `和${figures.length - numbers}条不带数字的记录` : ""}，每条附原文摘录。`;

// Everything is tried on a scratch copy first; data/ changes only when the whole result passes.
const scratch = mkdtempSync(path.join(os.tmpdir(), "data-accept-"));
try {
  const trial = path.join(scratch, "data");
  cpSync(dataDir, trial, { recursive: true });
  const figuresBefore = readFileSync(path.join(trial, "figures.csv"), "utf8").trimEnd().split("\n").length;
  const written = {
    "figures.csv": appendRecords(path.join(trial, "figures.csv"), figures.map((r) => pick(r.record, FIGURE_COLUMNS))),
    "not-figures.csv": appendRecords(path.join(trial, "not-figures.csv"), notFigures.map((r) => ({ source: r.record.source, excerpt: r.record.excerpt, reason_zh: r.record.review }))),
    "updates.csv": appendRecords(path.join(trial, "updates.csv"), [{ date, summary_zh: summary }]),
  };
  const result = readDataset(trial);
  if (!result.ok) refuse(result.errors.map((e) => formatDataError(inDraft(e, figuresBefore, figures.map((r) => r.line)))));
  for (const [file, text] of Object.entries(written)) writeFileSync(path.join(dataDir, file), text);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Accepted ${shown}: ${figures.length} row(s) added to data/figures.csv, ${notFigures.length} to data/not-figures.csv, and “${date} ${summary}” to data/updates.csv.\n`);
checkAndReport(dataDir);

function pick(record: Record<string, string>, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, record[c] ?? ""]));
}

/** An error on an appended figures.csv row names the draft's line instead, where the editor can fix it. */
function inDraft(error: DataError, figuresBefore: number, draftLines: number[]): DataError {
  const at = error.line - figuresBefore - 1;
  if (error.file !== "data/figures.csv" || at < 0 || at >= draftLines.length) return error;
  return { ...error, file: shown, line: draftLines[at] };
}
