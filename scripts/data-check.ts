// `npm run data:check`: validates data/ and prints every problem with its file, line and field; then
// what the change does to the site (status changes, new figures, pages) against the last commit
// or, without git, the current database. The site's particulars (data/site.csv) are not facts the
// dataset holds, but they are checked alike.
import path from "node:path";
import { formatDataError } from "../lib/data/errors";
import { readSiteParticulars } from "../lib/site/siteParticulars";
import { checkAndReport, dataFolder } from "./lib/checkReport";

const site = readSiteParticulars(path.join(dataFolder(), "site.csv"), path.join(process.cwd(), "public"));
if (!site.ok) {
  console.error(`data/site.csv has ${site.errors.length} problem(s):`);
  for (const error of site.errors) console.error(`  ${formatDataError(error)}`);
}
if (!(await checkAndReport(dataFolder())) || !site.ok) process.exit(1);
