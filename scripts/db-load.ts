// `npm run db:load`: validates data/ and loads it into SQLite in one step, with the day statuses are
// computed for (STATUS_DATE, or today): the build's one status date.
// Invalid data exit non-zero with every problem listed, and the existing database is left untouched.
import path from "node:path";
import { databaseFile } from "../lib/data/databaseFile";
import { formatDataError } from "../lib/data/errors";
import { loadDatabase } from "../lib/data/loadDatabase";
import { readDataset } from "../lib/data/readDataset";
import { statusDate } from "../lib/progress/statusDate";

const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
const started = performance.now();
const result = readDataset(dataDir);
if (!result.ok) {
  console.error(`Not loaded: ${result.errors.length} problem(s) in the data. The existing database is unchanged.`);
  for (const error of result.errors) console.error(`  ${formatDataError(error)}`);
  process.exit(1);
}
const target = databaseFile();
const day = statusDate();
const summary = await loadDatabase(result.dataset, target, day);
const ms = Math.round(performance.now() - started);
console.log(
  `Loaded ${summary.sectors} sectors, ${summary.indicators} indicators, ${summary.figures} figures ` +
    `(data version ${summary.version}, statuses as of ${day.toISOString().slice(0, 10)}) into ${path.relative(process.cwd(), target)} in ${ms} ms.`,
);
