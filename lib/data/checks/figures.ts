import { findNumbers, occurrences, sameNumber } from "../../format/sourceNumbers";
import { unitScale } from "../../format/units";
import type { Figure, Lined, Source } from "../dataset";
import type { DataError } from "../errors";
import type { FigureRow, IndicatorRow } from "../schema";

/**
 * Each figure quotes its source verbatim, and its value is a number written in that quote, in its
 * indicator's unit; a target is not set before the indicator's first result. Returns the figures
 * located in their sources (rows naming an unknown indicator or source, or quoting no text of it, are left out).
 */
export function checkFigures(
  file: string,
  rows: Lined<FigureRow>[],
  indicatorBySlug: Map<string, IndicatorRow>,
  sourceById: Map<string, Source>,
): { figures: Figure[]; errors: DataError[] } {
  const figures: Figure[] = [];
  const errors: DataError[] = [];
  const firstActualYear = new Map<string, number>();
  for (const row of rows)
    if (row.kind === "actual")
      firstActualYear.set(row.indicator, Math.min(row.year, firstActualYear.get(row.indicator) ?? Infinity));

  for (const row of rows) {
    const fail = (field: string, message: string) => errors.push({ file, line: row.line, field, message });
    const indicator = indicatorBySlug.get(row.indicator);
    const source = sourceById.get(row.source);
    if (!indicator) fail("indicator", `no indicator '${row.indicator}' in indicators.csv`);
    if (!source) fail("source", `no source '${row.source}' in sources.csv`);
    if (!indicator || !source) continue;

    const starts = occurrences(source.text, row.excerpt);
    if (starts.length === 0) {
      fail("excerpt", "does not occur verbatim in the source (copy it character for character)");
      continue;
    }
    if (row.value !== null && indicator.unit === null) fail("value", `indicator '${indicator.slug}' has no unit, so it cannot have a numeric figure`);
    if (row.value === null && indicator.unit !== null) fail("value", `indicator '${indicator.slug}' has a unit, so its figures must have a value`);
    const written = findNumbers(row.excerpt).map((t) => t.absolute);
    for (const field of ["value", "value_max"] as const) {
      const value = row[field];
      if (value !== null && !written.some((n) => sameNumber(n, value * unitScale(indicator.unit))))
        fail(field, `${value}${indicator.unit ?? ""} is not a number written in the excerpt`);
    }
    const baseline = firstActualYear.get(row.indicator);
    if (row.kind === "target" && baseline !== undefined && row.year < baseline)
      fail("year", `target year ${row.year} is before the indicator's first result (${baseline})`);
    figures.push({ ...row, excerptStart: starts[0] });
  }
  return { figures, errors };
}

