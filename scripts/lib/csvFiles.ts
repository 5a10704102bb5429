// Writing the CSV files of data/ from the data scripts, quoted as the files already are (csv-stringify
// quotes a field only when it holds a comma, a quote or a line break), so a diff shows only new rows.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { csvCell, fromCsvCell } from "../../lib/format/csvCell";

/** The columns of a CSV file, in the order of its header. */
export function headerOf(file: string): string[] {
  return parse(readFileSync(file, "utf8").split("\n", 1)[0]) [0] as string[];
}

/** Rows of a CSV file with a header, as records, each with the line it starts on. */
export function readRecords(file: string): { line: number; record: Record<string, string> }[] {
  const records = parse(readFileSync(file, "utf8"), { bom: true, columns: true, skip_empty_lines: true, info: true }) as
    { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ line: info.lines, record }));
}

/**
 * A draft for the editor, who opens it in a spreadsheet: no cell starts a formula (csvCell), not even the
 * comparator `=`, which is written '= and read back as = by readDraftRecords.
 */
export function draftText(columns: readonly string[], rows: Record<string, string>[]): string {
  return csvText(columns, rows, true, csvCell);
}

/** A draft's rows as readRecords gives them, each cell as it was before draftText wrote it. */
export function readDraftRecords(file: string): ReturnType<typeof readRecords> {
  return readRecords(file).map(({ line, record }) => ({ line, record: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromCsvCell(v)])) }));
}

export function csvText(columns: readonly string[], rows: Record<string, string>[], header = true, cell?: (text: string) => string): string {
  const lines = [...(header ? [[...columns]] : []), ...rows.map((r) => columns.map((c) => r[c] ?? ""))];
  return stringify(lines, { record_delimiter: "unix", ...(cell ? { cast: { string: cell } } : {}) });
}

/** Appends `rows` to a CSV file in the order of its own header; the file keeps its trailing newline. */
export function appendRecords(file: string, rows: Record<string, string>[]): string {
  const before = readFileSync(file, "utf8");
  const text = (before.endsWith("\n") || before === "" ? before : `${before}\n`) + csvText(headerOf(file), rows, false);
  writeFileSync(file, text);
  return text;
}
