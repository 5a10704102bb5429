import type { DataError } from "../errors";

/** Each row whose `key` an earlier row of `file` already has, named at `field`. */
export function duplicates<T extends { line: number }>(file: string, rows: T[], field: string, key: (row: T) => string): DataError[] {
  const errors: DataError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) errors.push({ file, line: row.line, field, message: `duplicate of line ${first}` });
    else seen.set(k, row.line);
  }
  return errors;
}
