// `npx tsx tests/e2e/buildSite.ts`: builds the site the browser tests run against (tests/e2e/site.ts)
// with `npm run build`, from the frozen data, into its own folder and database, for a public address
// (SITE_URL), with the day statuses are computed for pinned. scripts/test.sh runs it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { E2E_DATA_DIR, E2E_SITE_DIR, E2E_SITE_URL, E2E_STATUS_DATE } from "./site";

const env = {
  ...process.env,
  DATA_DIR: E2E_DATA_DIR, NEXT_DIST_DIR: E2E_SITE_DIR, DATABASE_FILE: path.resolve(`${E2E_SITE_DIR}.db`),
  SITE_URL: E2E_SITE_URL, STATUS_DATE: E2E_STATUS_DATE,
};
const result = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
