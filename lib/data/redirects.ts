// data/redirects.csv as Next.js redirects, for next.config.ts. Only the file's own format is checked
// here; that every `to` is a real indicator is checked with the rest of data/ by readDataset (and so
// by `npm run build`, which loads the data before it builds the site).
import { readFileSync } from "node:fs";
import path from "node:path";
import { readRows } from "./csv";
import { InvalidDataError } from "./errors";
import { redirectRow, type RedirectRow } from "./schema";

/** Every address of an indicator: its page (with anchors and downloads), its embed and its API record. */
const PREFIXES = ["/indicators", "/embed/indicators", "/api/v1/indicators"];

export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

export function indicatorRedirects(rows: Pick<RedirectRow, "from" | "to">[]): Redirect[] {
  return rows.flatMap(({ from, to }) =>
    PREFIXES.map((prefix) => ({ source: `${prefix}/${from}/:rest*`, destination: `${prefix}/${to}/:rest*`, permanent: true as const })),
  );
}

export function readRedirects(dataDir: string): Redirect[] {
  const { rows, errors } = readRows("data/redirects.csv", readFileSync(path.join(dataDir, "redirects.csv"), "utf8"), redirectRow);
  if (errors.length) throw new InvalidDataError(errors);
  return indicatorRedirects(rows);
}
