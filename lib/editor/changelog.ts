// The changelog (data/updates.csv) only grows: a line once published is never rewritten, so a later
// correction can quote it and a reader can still find what it quotes. A correction is a new line.
// Filling in the English of an earlier line that had none is allowed; changing anything else is not.
// Pure: `npm run data:check` hands it the lines at the last commit and now.

export interface ChangelogLine {
  line: number;
  date: string;
  summary_zh: string;
  summary_en: string | null;
}

/** Each earlier line that is gone or changed, as a problem naming the file, line and field. */
export function rewrittenLines(before: ChangelogLine[], now: ChangelogLine[]): { file: string; line: number; field: string; message: string }[] {
  const problems: { file: string; line: number; field: string; message: string }[] = [];
  before.forEach((was, i) => {
    const is = now[i];
    const at = { file: "data/updates.csv", line: is?.line ?? was.line };
    const message = `the changelog only grows: this line was “${was.date},${was.summary_zh}” at the last commit; put it back as it was and add a new line for the correction`;
    if (!is) problems.push({ ...at, field: "-", message: `a line published at the last commit is gone (“${was.date},${was.summary_zh}”); put it back and add a new line for the correction` });
    else if (is.date !== was.date) problems.push({ ...at, field: "date", message });
    else if (is.summary_zh !== was.summary_zh) problems.push({ ...at, field: "summary_zh", message });
    else if (was.summary_en !== null && is.summary_en !== was.summary_en)
      problems.push({ ...at, field: "summary_en", message: `the changelog only grows: this line's English was “${was.summary_en}” at the last commit` });
  });
  return problems;
}
