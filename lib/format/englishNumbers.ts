// How our English translations write the source's numbers (data/README.md, "Numbers in English"):
// every number keeps the digits it was published with, and the Chinese multipliers 亿 and 万 become
// words after it, so 132.8亿元 is "132.8 hundred million yuan", never "13.28 billion yuan".
// Pure: no I/O.
import { findNumbers } from "./sourceNumbers";

/** The English words for the multipliers the source writes after a number. */
export const MULTIPLIER_EN = { 亿: "hundred million", 万: "ten thousand" } as const;

// 千亿 has no digits to keep: it is written "a thousand hundred million".
const WORD_NUMBER_EN: Record<string, string> = { 千: "thousand" };

/** Each number of a Chinese text as its translation must write it: "总投资132.8亿元" → ["132.8 hundred million"]. */
export function numbersInEnglish(zh: string): string[] {
  return findNumbers(zh).map((t) => {
    const written = WORD_NUMBER_EN[t.written] ?? t.written;
    const multiplier = zh.slice(t.start, t.end).match(/[万亿]$/)?.[0] as keyof typeof MULTIPLIER_EN | undefined;
    return multiplier ? `${written} ${MULTIPLIER_EN[multiplier]}` : written;
  });
}

/** How often `phrase` stands in `text` on its own (132.8 is not in 1132.8 or 132.85; "thousand" not in "thousands"). */
function count(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = /^\d/.test(phrase) ? "(?<![\\d.])" : "(?<![A-Za-z])";
  const after = /\d$/.test(phrase) ? "(?!\\d|\\.\\d)" : "(?![A-Za-z])";
  return text.match(new RegExp(`${before}${escaped}${after}`, "g"))?.length ?? 0;
}

/**
 * What is wrong with the numbers of `en` as a translation of `zh`: a number of `zh` that `en` does not
 * write as the rule says (as often as `zh` does), or digits in `en` that `zh` does not have (a converted
 * or invented number). Empty when the translation keeps every number.
 */
export function numberProblems(zh: string, en: string): string[] {
  const problems: string[] = [];
  const wanted = numbersInEnglish(zh);
  for (const phrase of new Set(wanted)) {
    const times = wanted.filter((p) => p === phrase).length;
    if (count(en, phrase) < times) problems.push(`must write “${phrase}”${times > 1 ? ` ${times} times` : ""}`);
  }
  const published = new Set(findNumbers(zh).map((t) => t.written));
  for (const digits of new Set(en.match(/\d+(?:\.\d+)?/g) ?? []))
    if (!published.has(digits)) problems.push(`has ${digits}, which the Chinese does not write`);
  return problems;
}
