// What the browser tests run against: a build of the frozen copy of the data (tests/fixtures/data), so
// that an editor adding a document to data/ never breaks a test that names a figure. npm test builds
// it (tests/e2e/buildSite.ts, from scripts/test.sh) beside the real site, which tests/e2e/real-site.spec.ts
// checks on its own.
import path from "node:path";
import { readDataset, type Dataset } from "../../lib/data/readDataset";

export const E2E_DATA_DIR = path.join(process.cwd(), "tests", "fixtures", "data");
/** The export of the frozen data (NEXT_DIST_DIR of its build), with its server configurations in `${E2E_SITE_DIR}-deploy`. */
export const E2E_SITE_DIR = ".next-e2e";
/** The public address it is built for, as a deployment is (a build without one is a local preview). */
export const E2E_SITE_URL = "https://pingcheng.example.org";
/** The day its statuses are computed for, so that what the tests see does not move with the calendar. */
export const E2E_STATUS_DATE = "2026-12-02";

/** The frozen data the browser tests' site was built from. */
export function e2eDataset(): Dataset {
  const result = readDataset(E2E_DATA_DIR);
  if (!result.ok) throw new Error("tests/fixtures/data is invalid: run DATA_DIR=tests/fixtures/data npm run data:check");
  return result.dataset;
}
