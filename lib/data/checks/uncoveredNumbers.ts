import { findNumbers, occurrences, sameNumber } from "../../format/sourceNumbers";
import { unitScale } from "../../format/units";
import type { Figure, Source } from "../dataset";
import type { DataError } from "../errors";
import type { IndicatorRow, NotFigureRow } from "../schema";

/**
 * Every number in a source must be a figure's value inside that figure's excerpt, a year, or listed as
 * not a figure. `label` names a source file in errors (data/sources/…).
 */
export function uncoveredNumbers(
  sources: Source[],
  figures: Figure[],
  notFigures: NotFigureRow[],
  indicators: IndicatorRow[],
  label: (name: string) => string,
): DataError[] {
  const unitOf = new Map(indicators.map((i) => [i.slug, i.unit]));
  const errors: DataError[] = [];
  for (const source of sources) {
    const tokens = findNumbers(source.text).filter((t) => !t.isYear);
    const claimed = new Set<number>();
    const claim = (excerpt: string, accepts: (absolute: number) => boolean) => {
      for (const at of occurrences(source.text, excerpt))
        for (const t of tokens) if (t.start >= at && t.end <= at + excerpt.length && accepts(t.absolute)) claimed.add(t.start);
    };
    for (const f of figures.filter((f) => f.source === source.id && f.value !== null)) {
      const scale = unitScale(unitOf.get(f.indicator) ?? null);
      const values = [f.value, f.value_max].filter((v): v is number => v !== null).map((v) => v * scale);
      claim(f.excerpt, (n) => values.some((v) => sameNumber(n, v)));
    }
    for (const nf of notFigures.filter((n) => n.source === source.id)) claim(nf.excerpt, () => true);
    for (const t of tokens.filter((t) => !claimed.has(t.start))) {
      const line = source.text.slice(0, t.start).split("\n").length;
      const context = source.text.slice(Math.max(0, t.start - 12), t.end + 6).replace(/\s+/g, " ");
      errors.push({
        file: label(source.file),
        line,
        field: "-",
        message: `the number ${t.written} (“…${context}…”) is in no figure of figures.csv and not in not-figures.csv`,
      });
    }
  }
  return errors;
}
