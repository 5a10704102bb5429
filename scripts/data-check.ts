// `npm run data:check`: validates data/ and prints every problem with its file, line and field.
import path from "node:path";
import { formatDataError } from "../lib/data/errors";
import { readDataset } from "../lib/data/readDataset";

const result = readDataset(path.join(process.cwd(), "data"));
if (!result.ok) {
  console.error(`data/ has ${result.errors.length} problem(s):`);
  for (const error of result.errors) console.error(`  ${formatDataError(error)}`);
  process.exit(1);
}
const { sectors, indicators, figures } = result.dataset;
console.log(`data/ is valid: ${sectors.length} sectors, ${indicators.length} indicators, ${figures.length} figures.`);
