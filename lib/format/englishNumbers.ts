// How our English translations write the source's numbers (data/README.md, "Numbers in English"):
// the way English readers read them, as exact decimal shifts of the published number, never rounded.
// 132.8亿元 is "13.28 billion yuan", 20万户 "200,000", 8.5万余 "more than 85,000", 千亿元 "100 billion".
// Numbers are compared as decimal strings (lib/format/exactDecimal.ts), so 13.28 × 10⁹ equals
// 132.8 × 10⁸ exactly and 13.3 billion does not. Pure: no I/O.
import { inEnglishScale, sameDecimal, shiftDecimal } from "./exactDecimal";
import { findNumbers, type NumberToken } from "./sourceNumbers";

/**
 * The word-for-word English of the multipliers, kept for display code that still writes them
 * ("132.8 hundred million yuan" is exact, so `numberProblems` accepts it); our translations in data/
 * must not use them (`styleProblems`).
 */
export const MULTIPLIER_EN = { 亿: "hundred million", 万: "ten thousand" } as const;

const MULTIPLIER_PLACES: Record<string, number> = { 亿: 8, 万: 4 };

/** The exact value of a token of a Chinese text as a decimal string: 132.8亿 → "13280000000", 千亿 → "100000000000". */
export function exactValue(token: NumberToken, text: string): string {
  const digits = token.written === "千" ? "1000" : token.written;
  const multiplier = text.slice(token.start, token.end).match(/[万亿]$/)?.[0];
  return shiftDecimal(digits, multiplier ? MULTIPLIER_PLACES[multiplier] : 0);
}

/** Each number of a Chinese text as our English writes it: "总投资132.8亿元" → ["13.28 billion"]; years stay as they are. */
export function numbersInEnglish(zh: string): string[] {
  return findNumbers(zh).map((t) => (t.isYear ? t.written : inEnglishScale(exactValue(t, zh), 0)));
}

// A number in English: digits with or without thousands commas, then a scale word or a Chinese
// multiplier (an English text may quote the published form, "13.28 billion yuan (132.8亿元)").
const ENGLISH_NUMBER =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])(?:\s?(亿|万)|\s(hundred million|ten thousand|billion|million)(?![A-Za-z]))?/g;

const SCALE_PLACES: Record<string, number> = {
  亿: 8, 万: 4, "hundred million": 8, "ten thousand": 4, billion: 9, million: 6,
};

export interface EnglishNumber {
  /** As written in the English text: "13.28 billion", "200,000". */
  written: string;
  /** Its exact value as a decimal string: "13280000000". */
  value: string;
}

/** Every number an English text writes, with its exact value. */
export function findEnglishNumbers(en: string): EnglishNumber[] {
  return [...en.matchAll(ENGLISH_NUMBER)].map((m) => {
    const scale = m[3] ?? m[4];
    return { written: m[0], value: shiftDecimal(m[1] + (m[2] ?? ""), scale ? SCALE_PLACES[scale] : 0) };
  });
}

/**
 * What is wrong with the numbers of `en` as a translation of `zh`: a number of `zh` whose exact value
 * `en` does not write (as often as `zh` does), or a number in `en` whose value `zh` does not have (a
 * rounded, converted or invented number). Any exact English form is accepted here; `styleProblems` says
 * which form our translations use. Empty when the translation keeps every number.
 */
export function numberProblems(zh: string, en: string): string[] {
  const problems: string[] = [];
  const wanted = findNumbers(zh).map((t) => ({ value: exactValue(t, zh), english: t.isYear ? t.written : inEnglishScale(exactValue(t, zh), 0) }));
  const written = findEnglishNumbers(en);
  const unmatched = [...written];
  for (const { value, english } of wanted) {
    const at = unmatched.findIndex((n) => sameDecimal(n.value, value));
    if (at === -1) {
      const times = wanted.filter((w) => sameDecimal(w.value, value)).length;
      const problem = `must write ${english}${times > 1 ? ` ${times} times` : ""}`;
      if (!problems.includes(problem)) problems.push(problem);
    } else unmatched.splice(at, 1);
  }
  for (const extra of unmatched)
    if (!wanted.some((w) => sameDecimal(w.value, extra.value)))
      problems.push(`has ${extra.written}, which is no number of the Chinese (exactly: no rounding, no conversion)`);
  return problems;
}

/**
 * Where `en` keeps every number but not in the form English readers read (data/README.md): the
 * literal "hundred million"/"ten thousand", or a number of 1,000 or more without its thousands commas
 * (years excepted). Run on our translations in data/, after `numberProblems`.
 */
export function styleProblems(zh: string, en: string): string[] {
  const problems: string[] = [];
  const years = new Set(findNumbers(zh).filter((t) => t.isYear).map((t) => t.written));
  for (const n of findEnglishNumbers(en)) {
    if (/hundred million|ten thousand|[万亿]/.test(n.written))
      problems.push(`writes “${n.written}”: write ${inEnglishScale(n.value, 0)} (data/README.md, “Numbers in English”)`);
    else if (/^\d{4,}/.test(n.written) && !years.has(n.written))
      problems.push(`writes “${n.written}”: write ${inEnglishScale(n.value, 0)}, with thousands commas`);
  }
  return problems;
}
