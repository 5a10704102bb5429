import type { Lined, Source } from "../dataset";
import type { DataError } from "../errors";
import type { NotFigureRow } from "../schema";

/** A number that is not a figure is still quoted from its source, verbatim. */
export function checkNotFigures(file: string, rows: Lined<NotFigureRow>[], sourceById: Map<string, Source>): DataError[] {
  const errors: DataError[] = [];
  for (const row of rows) {
    const source = sourceById.get(row.source);
    if (!source) errors.push({ file, line: row.line, field: "source", message: `no source '${row.source}'` });
    else if (!source.text.includes(row.excerpt)) errors.push({ file, line: row.line, field: "excerpt", message: "does not occur verbatim in the source" });
  }
  return errors;
}
