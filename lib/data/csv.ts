import { parse } from "csv-parse/sync";
import type { z } from "zod";
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
  // Line endings are made uniform first: a CRLF inside a quoted field must count as one line break.
  const text = content.replace(/\r\n?/g, "\n");
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true, raw: true });
  } catch (error) {
    const err = error as { lines?: number; message: string };
    return { rows: [], errors: [{ file, line: err.lines ?? 1, field: "-", message: `not valid CSV: ${err.message}` }] };
  }
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].split(",").map((h) => h.trim());
  const errors: DataError[] = [];
  for (const column of columns)
    if (!header.includes(column)) errors.push({ file, line: 1, field: column, message: "column is missing from the header" });
  for (const column of header)
    if (!columns.includes(column)) errors.push({ file, line: 1, field: column, message: "unknown column" });
  if (errors.length) return { rows: [], errors };

  // csv-parse reports the line a record ends on. A record with line breaks inside quotes starts
  // earlier; its raw text also carries any skipped blank lines before it and its own line break.
  const rows = records.map(({ record, raw, info }) => {
    const breaksInside = raw.replace(/^\n+/, "").replace(/\n$/, "").split("\n").length - 1;
    return { line: info.lines - breaksInside, fields: record };
  });
  return { rows, errors };
}

/** Parses a CSV file and validates each row against `schema`, whose keys are the file's columns. */
export function readRows<S extends z.ZodObject>(
  file: string,
  content: string,
  schema: S,
): { rows: (z.infer<S> & { line: number })[]; errors: DataError[] } {
  const csv = readCsv(file, content, Object.keys(schema.shape));
  const errors = [...csv.errors];
  const rows: (z.infer<S> & { line: number })[] = [];
  for (const row of csv.rows) {
    const result = schema.safeParse(row.fields);
    if (result.success) rows.push({ ...(result.data as object), line: row.line } as z.infer<S> & { line: number });
    else
      for (const issue of result.error.issues)
        errors.push({ file, line: row.line, field: String(issue.path[0] ?? "-"), message: issue.message });
  }
  return { rows, errors };
}
