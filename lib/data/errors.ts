/** One problem in a data file, precise enough to find and fix: file, line (row) and field. */
export interface DataError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  return `${e.file}:${e.line} ${e.field}: ${e.message}`;
}

export class InvalidDataError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} problem(s) in data/:\n${errors.map(formatDataError).join("\n")}`);
    this.name = "InvalidDataError";
  }
}
