// `npm run data:draft -- <file.txt> --id <source-id> --title "<title>"`: the first step of publishing
// new results (data/README.md, "Publishing new results"). Copies the document into data/sources/
// unchanged, adds it to sources.csv with its SHA-256, and writes data/drafts/<id>.csv: one proposed
// figures.csv row per number of the document, with a `review` column. Nothing is loaded until
// `npm run data:accept` takes the reviewed draft.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DRAFT_COLUMNS, draftFigures } from "../lib/data/draft";
import { readDataset } from "../lib/data/readDataset";
import { sourceRow } from "../lib/data/schema";
import { appendRecords, csvText } from "./lib/csvFiles";
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
  id: values.id, file: `sources/${values.id}.txt`, title_zh: values.title, publisher_zh: "", published: "", url: "",
  sha256: createHash("sha256").update(bytes).digest("hex"),
};
const parsed = sourceRow.safeParse(row);
if (!parsed.success) fail(`--id or --title: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
if (current.dataset.sources.some((s) => s.id === row.id)) fail(`a source '${row.id}' is already in data/sources.csv`);
const target = path.join(dataDir, row.file);
if (existsSync(target)) fail(`data/${row.file} already exists`);
const draftFile = path.join(dataDir, "drafts", `${row.id}.csv`);
if (existsSync(draftFile)) fail(`data/drafts/${row.id}.csv already exists`);

const draft = draftFigures({ text, sourceId: row.id, indicators: current.dataset.indicators, figures: current.dataset.figures });
copyFileSync(document, target);
appendRecords(path.join(dataDir, "sources.csv"), [row]);
mkdirSync(path.dirname(draftFile), { recursive: true });
writeFileSync(draftFile, csvText(DRAFT_COLUMNS, draft.rows));

const { found, placed, left } = draft.summary;
console.log(`Copied ${document} to data/${row.file} (sha256 ${row.sha256.slice(0, 12)}…) and added it to data/sources.csv.`);
console.log(`Numbers found: ${found} (years not counted); placed with an indicator: ${placed}; left for you: ${left}.`);
console.log(`Draft: ${path.relative(process.cwd(), draftFile)}. Review every row (the review column says what to check), then:`);
console.log(`  npm run data:accept -- ${path.relative(process.cwd(), draftFile)}`);
