// How the source itself writes a figure's number and unit, read from the figure's excerpt, so the
// Chinese pages show a published number as written: 8.5万余人次, not 超过85000人次; 20万户, not
// 200000户. Pure: no I/O.
import { findNumbers, sameNumber } from "./sourceNumbers";
import { unitScale, type Unit } from "./units";

export interface PublishedForm {
  /** The quantity as the excerpt writes it, unit included: "8.5万余人次", "1300余万元", "132.8亿元". */
  text: string;
  /** The source says "more than" with 余 (8.5万余人次): the comparator needs no word of ours. */
  more: boolean;
}

/**
 * The written form of `value` (in `unit`) in `excerpt`, or null when the excerpt does not write it
 * followed by its unit (a rank, a qualitative figure, a number the excerpt words otherwise).
 */
export function publishedForm(excerpt: string, value: number | null, unit: string | null): PublishedForm | null {
  if (value === null || !unit || unit === "位") return null;
  const absolute = value * unitScale(unit as Unit);
  for (const token of findNumbers(excerpt)) {
    if (token.isYear || !sameNumber(token.absolute, absolute)) continue;
    let end = token.end;
    if (excerpt[end] === "余") end += 1;
    const number = excerpt.slice(token.start, end);
    // 132.8亿 + 元: the multiplier the number already carries is not written twice.
    const multiplier = /[万亿]/.exec(number)?.[0];
    const rest = multiplier && unit.startsWith(multiplier) ? unit.slice(1) : unit;
    if (!excerpt.startsWith(rest, end)) continue;
    return { text: number + rest, more: number.includes("余") };
  }
  return null;
}
