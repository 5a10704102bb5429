// Finds the numbers written in a source text, so tests can prove that every figure was taken from
// its excerpt and that no number in a source was left out. Pure: no I/O.

export interface NumberToken {
  /** Offset of the first character of the number in the text. */
  start: number;
  /** Offset just past the number and its multiplier (万/亿). */
  end: number;
  /** The digits as written, e.g. "132.8" or "千". */
  written: string;
  /** The number with its 万/亿 multiplier applied: "132.8亿" → 13280000000. */
  absolute: number;
  /** A four-digit whole number from 2000 to 2099, read as a year. */
  isYear: boolean;
}

// Digits, or the character 千 standing alone before 亿 ("千亿元", a thousand 亿).
// 余 ("more than") may sit between the number and its multiplier: 1300余万元, 8.5万余人次.
const NUMBER = /(\d+(?:\.\d+)?|(?<![\d.])千(?=亿))(余)?(万|亿)?/gu;

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const written = match[1];
    const base = written === "千" ? 1000 : Number(written);
    const multiplier = match[3] ? MULTIPLIER[match[3]] : 1;
    const start = match.index;
    tokens.push({
      start,
      end: start + match[0].length,
      written,
      absolute: roundFloat(base * multiplier),
      isYear: /^20\d\d$/.test(written) && !match[3],
    });
  }
  return tokens;
}

/** Every offset at which `needle` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Equal as published figures: 132.8 × 1e8 must equal the 132.8亿 read from the text. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}
