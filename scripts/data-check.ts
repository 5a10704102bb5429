// `npm run data:check`: validates data/ and prints every problem with its file, line and field; then
// what the change does to the site (status changes, new figures, pages) against the last commit
// or, without git, the current database. The site's particulars (data/site.csv) are read and
// checked with the rest of data/ (lib/data/readDataset.ts).
import { checkAndReport, dataFolder } from "./lib/checkReport";

if (!(await checkAndReport(dataFolder()))) process.exit(1);
