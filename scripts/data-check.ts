// `npm run data:check`: validates data/ and prints every problem with its file, line and field.
import path from "node:path";
import { formatDataError } from "../lib/data/errors";
import { readDataset } from "../lib/data/readDataset";
import { readSiteParticulars } from "../lib/site/siteParticulars";

const result = readDataset(path.join(process.cwd(), "data"));
// The site's particulars (data/site.csv) are not facts the dataset holds, but they are checked alike.
const site = readSiteParticulars(path.join(process.cwd(), "data", "site.csv"), path.join(process.cwd(), "public"));
const errors = [...(result.ok ? [] : result.errors), ...(site.ok ? [] : site.errors)];
if (!result.ok || !site.ok) {
  console.error(`data/ has ${errors.length} problem(s):`);
  for (const error of errors) console.error(`  ${formatDataError(error)}`);
  process.exit(1);
}
const { sectors, indicators, figures } = result.dataset;
console.log(`data/ is valid: ${sectors.length} sectors, ${indicators.length} indicators, ${figures.length} figures.`);
