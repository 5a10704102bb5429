// data/redirects.csv as redirects, for the servers' configuration (lib/http/siteRedirects.ts). Only
// the file's own format is checked here; that every `to` is a real indicator is checked with the rest
// of data/ by readDataset (and so by `npm run build`, which loads the data before it builds the site).
import { readFileSync } from "node:fs";
import path from "node:path";
import { readRows } from "./csv";
import { InvalidDataError } from "./errors";
import { redirectRow, type RedirectRow } from "./schema";

/**
 * Every address of an indicator: its page in both languages (with its anchors and downloads such as
 * data.csv and chart.png), its embed in both languages, and its API record.
 */
const PREFIXES = ["/indicators", "/en/indicators", "/embed/indicators", "/en/embed/indicators", "/api/v1/indicators"];

/** A permanent (301) move of `from` to `to`, and, with `subpaths`, of every `from/…` to `to/…`. */
export interface Redirect {
  from: string;
  to: string;
  subpaths: boolean;
}

export function indicatorRedirects(rows: Pick<RedirectRow, "from" | "to">[]): Redirect[] {
  return rows.flatMap(({ from, to }) => PREFIXES.map((prefix) => ({ from: `${prefix}/${from}`, to: `${prefix}/${to}`, subpaths: true })));
}

export function readRedirects(dataDir: string): Redirect[] {
  const { rows, errors } = readRows("data/redirects.csv", readFileSync(path.join(dataDir, "redirects.csv"), "utf8"), redirectRow);
  if (errors.length) throw new InvalidDataError(errors);
  return indicatorRedirects(rows);
}
