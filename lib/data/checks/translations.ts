// Our English must keep every number as the Chinese writes it (data/README.md, "Numbers in English").
import { numberProblems, styleProblems } from "../../format/englishNumbers";
import type { DataError } from "../errors";

/** Our English must keep every number exactly (never rounded) and write it as English readers read it. */
export function translationProblems(zh: string, en: string): string[] {
  const problems = numberProblems(zh, en);
  return problems.length ? problems : styleProblems(zh, en);
}

/**
 * The problems of each English field of `pairs` ([Chinese field, English field]) against its Chinese.
 * An English field left empty is not yet translated (data:check counts it); one that is written is checked.
 */
export function translationErrors<T extends { line: number }>(
  file: string,
  rows: T[],
  pairs: [keyof T & string, keyof T & string][],
  check: (zh: string, en: string) => string[] = translationProblems,
): DataError[] {
  const errors: DataError[] = [];
  for (const row of rows)
    for (const [zh, en] of pairs)
      if (row[en] !== null) for (const message of check(String(row[zh] ?? ""), String(row[en]))) errors.push({ file, line: row.line, field: en, message });
  return errors;
}
