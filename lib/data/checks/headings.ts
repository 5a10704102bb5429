import type { Lined } from "../dataset";
import type { DataError } from "../errors";
import type { IndicatorRow, SectorRow } from "../schema";

/**
 * What is wrong with `heading` as a heading of the sources, or null: it must be the source's own words
 * at the start of a line, since any phrase of a sentence also occurs in the text. A heading's list
 * marker (一、 （四） 1.) is not part of its words.
 */
function headingProblem(heading: string, sourceTexts: string[]): string | null {
  if (!sourceTexts.some((text) => text.includes(heading))) return "does not occur verbatim in any source";
  const lineStarts = sourceTexts.flatMap((text) => text.split("\n")).map((l) => l.trimStart().replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.．、])\s*/, ""));
  return lineStarts.some((l) => l.startsWith(heading)) ? null : "occurs in a source, but not as a heading (at the start of a line)";
}

/** A sector's heading is a heading of the sources. */
export function checkSectors(file: string, sectors: Lined<SectorRow>[], sourceTexts: string[]): DataError[] {
  return sectors.flatMap((sector) => {
    const message = headingProblem(sector.heading_zh, sourceTexts);
    return message ? [{ file, line: sector.line, field: "heading_zh", message }] : [];
  });
}

/** An indicator belongs to a sector of sectors.csv, under a group that is a heading of the sources. */
export function checkIndicators(file: string, indicators: Lined<IndicatorRow>[], sectorSlugs: Set<string>, sourceTexts: string[]): DataError[] {
  const errors: DataError[] = [];
  for (const indicator of indicators) {
    if (!sectorSlugs.has(indicator.sector))
      errors.push({ file, line: indicator.line, field: "sector", message: `no sector '${indicator.sector}' in sectors.csv` });
    const message = headingProblem(indicator.group_zh, sourceTexts);
    if (message) errors.push({ file, line: indicator.line, field: "group_zh", message });
  }
  return errors;
}
