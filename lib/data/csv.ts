import { parse } from "csv-parse/sync";
import type { DataError } from "./errors";

export interface CsvRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  fields: Record<string, string>;
}

/** Parses one CSV file whose header must be exactly `columns` (in any order). */
export function readCsv(
  file: string,
  content: string,
  columns: readonly string[],
): { rows: CsvRow[]; errors: DataError[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(content, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (error) {
    const err = error as { lines?: number; message: string };
    return { rows: [], errors: [{ file, line: err.lines ?? 1, field: "-", message: `not valid CSV: ${err.message}` }] };
  }
  const header = content.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].split(",").map((h) => h.trim());
  const errors: DataError[] = [];
  for (const column of columns)
    if (!header.includes(column)) errors.push({ file, line: 1, field: column, message: "column is missing from the header" });
  for (const column of header)
    if (!columns.includes(column)) errors.push({ file, line: 1, field: column, message: "unknown column" });
  if (errors.length) return { rows: [], errors };

  // csv-parse reports the line a record ends on; a record spanning lines starts earlier.
  let nextLine = 2;
  const rows = records.map(({ record, info }) => {
    const row = { line: nextLine, fields: record };
    nextLine = info.lines + 1;
    return row;
  });
  return { rows, errors };
}
