import type { Lined } from "../dataset";
import type { DataError } from "../errors";
import type { RedirectRow } from "../schema";

/** A redirect must lead to a page that exists and must not hide one: /indicators/{slug} is forever. */
export function checkRedirects(file: string, rows: Lined<RedirectRow>[], slugs: Set<string>): DataError[] {
  const errors: DataError[] = [];
  for (const row of rows) {
    if (slugs.has(row.from))
      errors.push({ file, line: row.line, field: "from", message: `'${row.from}' is a current indicator: its page must keep working, not redirect` });
    if (!slugs.has(row.to)) errors.push({ file, line: row.line, field: "to", message: `no indicator '${row.to}' in indicators.csv` });
  }
  return errors;
}
