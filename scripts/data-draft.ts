// `npm run data:draft -- <file.txt> --id <source-id> --title "<title>"`: the first step of publishing
// new results (data/README.md, "Publishing new results"). Copies the document into data/sources/
// unchanged, adds it to sources.csv with its SHA-256, and writes the drafts: data/drafts/<id>.csv, one
// row per number of the document (a figure, or not a figure with its reason), and, where the document
// calls for them, <id>-indicators.csv (new subjects) and <id>-plans.csv (the coming year's targets).
// Nothing is loaded until `npm run data:accept` takes the reviewed drafts.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DRAFT_COLUMNS, draftFigures, PLAN_COLUMNS } from "../lib/editor/draft";
import { draftFiles } from "../lib/editor/draftFiles";
import { INDICATOR_COLUMNS } from "../lib/editor/newSubjects";
import { readDataset } from "../lib/data/readDataset";
import { sourceRow } from "../lib/data/schema";
import { appendRecords, draftText } from "./lib/csvFiles";
import { dataFolder, printProblems } from "./lib/checkReport";

const USAGE = 'usage: npm run data:draft -- <file.txt> --id <source-id> --title "<the document\'s own title>"';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}\nNothing was changed.`);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { id: { type: "string" }, title: { type: "string" } } });
const [document] = positionals;
if (!document || !values.id || !values.title) fail("a document, --id and --title are needed");
if (!existsSync(document) || !document.endsWith(".txt")) fail(`${document} is not a .txt file`);
const bytes = readFileSync(document);
const text = bytes.toString("utf8");
if (text.includes("\uFFFD") || !text.trim()) fail(`${document} is not UTF-8 text`);

const dataDir = dataFolder();
const current = readDataset(dataDir);
if (!current.ok) {
  printProblems(current.errors);
  fail("data/ must pass its checks before a new document is drafted");
}
const row = {
  id: values.id, file: `sources/${values.id}.txt`, title_zh: values.title, title_en: "", publisher_zh: "", published: "", url: "",
  sha256: createHash("sha256").update(bytes).digest("hex"),
};
const parsed = sourceRow.safeParse(row);
if (!parsed.success) fail(`--id or --title: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
if (current.dataset.sources.some((s) => s.id === row.id)) fail(`a source '${row.id}' is already in data/sources.csv`);
const target = path.join(dataDir, row.file);
if (existsSync(target)) fail(`data/${row.file} already exists`);
const files = draftFiles(path.join(dataDir, "drafts", `${row.id}.csv`));
for (const file of Object.values(files)) if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists`);

const { dataset } = current;
const draft = draftFigures({ text, sourceId: row.id, ...dataset });
copyFileSync(document, target);
appendRecords(path.join(dataDir, "sources.csv"), [row]);
mkdirSync(path.dirname(files.figures), { recursive: true });
writeFileSync(files.figures, draftText(DRAFT_COLUMNS, draft.rows));
if (draft.indicators.length) writeFileSync(files.indicators, draftText([...INDICATOR_COLUMNS, "review"], draft.indicators));
if (draft.plans.length) writeFileSync(files.plans, draftText([...PLAN_COLUMNS, "review"], draft.plans));

const { found, placed, newSubjects, notFigures } = draft.summary;
const shown = (file: string) => path.relative(process.cwd(), file);
console.log(`Copied ${document} to data/${row.file} (sha256 ${row.sha256.slice(0, 12)}…) and added it to data/sources.csv.`);
console.log(
  `Numbers found: ${found} (years not counted); placed with an indicator: ${placed}; with a new subject: ${newSubjects}; ` +
    `marked not a figure, with the reason: ${notFigures}.`,
);
console.log(`Drafts, to review row by row (the review column says what to check):`);
console.log(`  ${shown(files.figures)}: every number of the document`);
if (draft.indicators.length) console.log(`  ${shown(files.indicators)}: ${draft.indicators.length} new indicator(s) for the new subjects`);
if (draft.plans.length) console.log(`  ${shown(files.plans)}: the plan of the coming year's targets (${draft.plans.map((p) => p.id).join(", ")})`);
console.log(`Then: npm run data:accept -- ${shown(files.figures)}`);
