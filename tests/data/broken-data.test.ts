// Each case copies the real data/ to a scratch folder, breaks one thing, and checks that readDataset
// refuses it with an error naming the right file, line and field: that is what lets a contributor
// fix a row from `npm run data:check` output alone.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DataError } from "../../lib/data/errors";
import { readDataset } from "../../lib/data/readDataset";
import { appendRows, copyData, fixtureDataDir, expectError, lineContaining, readText, removeScratch, replaceOnce, setFields } from "./helpers";

afterAll(removeScratch);

const FIG = "data/figures.csv";
// Lines of the rows these cases break, found in the real files (header = line 1).
const signedLine = lineContaining(fixtureDataDir, "figures.csv", "signed-projects,actual,2023,=,66,");
const jobsLine = lineContaining(fixtureDataDir, "figures.csv", "new-urban-jobs,actual,2023,=,7709,");
const targetLine = lineContaining(fixtureDataDir, "figures.csv", "market-entities,target,2035,");
const gdpIndicatorLine = lineContaining(fixtureDataDir, "indicators.csv", "gdp,economy,");
const investmentLine = lineContaining(fixtureDataDir, "figures.csv", "项目66个，总投资132.8亿元");
const stepLine = (step: number) => lineContaining(fixtureDataDir, "steps.csv", `four-step,${step},20`);
// A row appended to updates.csv lands on the line after the last one.

function errorsOf(dir: string): DataError[] {
  const result = readDataset(dir);
  if (result.ok) throw new Error("readDataset accepted broken data");
  return result.errors;
}

describe("readDataset on broken copies of data/", () => {
  it.each<[string, (dir: string) => void, { file: string; line: number; field: string; message: RegExp }]>([
    [
      "a unit that is not in UNITS (亿 for 亿元)",
      (d) => replaceOnce(d, "indicators.csv", "(GDP),亿元,", "(GDP),亿,"),
      { file: "data/indicators.csv", line: gdpIndicatorLine, field: "unit", message: /must be one of/ },
    ],
    [
      "an empty excerpt",
      (d) => replaceOnce(d, "figures.csv", ",pingcheng-2024,成功签约新能源重卡换电站等项目66个,", ",pingcheng-2024,,"),
      { file: FIG, line: signedLine, field: "excerpt", message: /must not be empty/ },
    ],
    [
      "an excerpt with one character changed (重卡 → 重车)",
      (d) => replaceOnce(d, "figures.csv", "成功签约新能源重卡换电站等项目66个", "成功签约新能源重车换电站等项目66个"),
      { file: FIG, line: signedLine, field: "excerpt", message: /does not occur verbatim/ },
    ],
    [
      "a target year before the indicator's first actual year",
      (d) => replaceOnce(d, "figures.csv", "market-entities,target,2035,", "market-entities,target,2020,"),
      { file: FIG, line: targetLine, field: "year", message: /before the indicator's first result \(2023\)/ },
    ],
    [
      "a malformed number 1,2.3 (quoted so the CSV stays valid)",
      (d) => replaceOnce(d, "figures.csv", "signed-projects,actual,2023,=,66,", 'signed-projects,actual,2023,=,"1,2.3",'),
      { file: FIG, line: signedLine, field: "value", message: /must be a number written with digits/ },
    ],
    [
      "an unknown indicator",
      (d) => replaceOnce(d, "figures.csv", "new-urban-jobs,actual,", "new-urban-job,actual,"),
      { file: FIG, line: jobsLine, field: "indicator", message: /no indicator 'new-urban-job'/ },
    ],
    [
      "a value that is not written in its excerpt (66 → 67)",
      (d) => replaceOnce(d, "figures.csv", "signed-projects,actual,2023,=,66,", "signed-projects,actual,2023,=,67,"),
      { file: FIG, line: signedLine, field: "value", message: /67个 is not a number written in the excerpt/ },
    ],
    [
      "an English excerpt that rounds a published number (132.8亿 → 13.3 billion)",
      (d) => setFields(d, "figures.csv", "项目66个，总投资132.8亿元", { excerpt_en: "66 projects, with a total investment of 13.3 billion yuan" }),
      { file: FIG, line: investmentLine, field: "excerpt_en", message: /must write 13.28 billion/ },
    ],
    [
      "an English excerpt that keeps the value but writes the multiplier word for word (132.8 hundred million)",
      (d) => setFields(d, "figures.csv", "项目66个，总投资132.8亿元", { excerpt_en: "66 projects, with a total investment of 132.8 hundred million yuan" }),
      { file: FIG, line: investmentLine, field: "excerpt_en", message: /write 13.28 billion/ },
    ],
    [
      "an English definition that writes a number without thousands commas (22845)",
      (d) => setFields(d, "indicators.csv", "market-entities,integration-investment,", {
        definition_en: "The number of what the source calls \"market entities\". The source does not say whether the 22845 in 2023 is the total at year end or the number newly registered that year, so it may be counted differently from the 2035 target of \"more than 200,000\".",
      }),
      { file: "data/indicators.csv", line: lineContaining(fixtureDataDir, "indicators.csv", "market-entities,integration-investment,"), field: "definition_en", message: /write 22,845, with thousands commas/ },
    ],
    [
      "a step summary with a number its excerpts do not write (850 → 860)",
      (d) => replaceOnce(d, "steps.csv", "到2030年：经济总量约850亿元", "到2030年：经济总量约860亿元"),
      { file: "data/steps.csv", line: stepLine(3), field: "summary_zh", message: /860亿 is not a number written in the excerpts/ },
    ],
    [
      "a step excerpt changed by one character (突破 → 超过)",
      (d) => replaceOnce(d, "steps.csv", "地区生产总值突破千亿元大关", "地区生产总值超过千亿元大关"),
      { file: "data/steps.csv", line: stepLine(4), field: "excerpts", message: /does not occur verbatim in the source/ },
    ],
    [
      "a step summary in English that rounds a number (85 billion → 90 billion)",
      (d) => replaceOnce(d, "steps.csv", "GDP of about 85 billion yuan", "GDP of about 90 billion yuan"),
      { file: "data/steps.csv", line: stepLine(3), field: "summary_en", message: /must write 85 billion/ },
    ],
    [
      "a step whose deadline year is not in its excerpts",
      (d) => replaceOnce(d, "steps.csv", "2,2027,", "2,2028,"),
      { file: "data/steps.csv", line: stepLine(2), field: "year", message: /2028 is not written in the excerpts/ },
    ],
    [
      "a damaged passage that is not in the source",
      (d) => replaceOnce(d, "damage.csv", "pingcheng-2024,服务业志,", "pingcheng-2024,服务业态,"),
      { file: "data/damage.csv", line: lineContaining(fixtureDataDir, "damage.csv", "pingcheng-2024,服务业志,"), field: "excerpt", message: /does not occur verbatim/ },
    ],
    [
      "a damaged passage's occurrence beyond the times it occurs",
      (d) => replaceOnce(d, "damage.csv", "pingcheng-2024,服务业志,,", "pingcheng-2024,服务业志,2,"),
      { file: "data/damage.csv", line: lineContaining(fixtureDataDir, "damage.csv", "pingcheng-2024,服务业志,"), field: "occurrence", message: /occurs 1 time\(s\) in the source, not 2/ },
    ],
    [
      "an English note without the Chinese note it would translate",
      (d) => setFields(d, "figures.csv", "全年城镇新增就业7709人", { note_en: "A note of ours." }),
      { file: FIG, line: jobsLine, field: "note_en", message: /must be empty when note_zh is empty/ },
    ],
    [
      "a target of a plan that plans.csv does not hold",
      (d) => replaceOnce(d, "figures.csv", "market-entities,target,2035,>,200000,,four-step,4,", "market-entities,target,2035,>,200000,,tasks-2035,,"),
      { file: FIG, line: targetLine, field: "plan", message: /no plan 'tasks-2035' in plans.csv/ },
    ],
    [
      "a target of a step its plan does not have",
      (d) => replaceOnce(d, "figures.csv", "market-entities,target,2035,>,200000,,four-step,4,", "market-entities,target,2035,>,200000,,four-step,5,"),
      { file: FIG, line: targetLine, field: "step", message: /'four-step' has no step 5 in steps.csv \(its steps: 1, 2, 3, 4\)/ },
    ],
    [
      "a target whose year is not its step's deadline",
      (d) => replaceOnce(d, "figures.csv", "market-entities,target,2035,>,200000,,four-step,4,", "market-entities,target,2035,>,200000,,four-step,3,"),
      { file: FIG, line: targetLine, field: "year", message: /step 3 of 'four-step' is due in 2030, not 2035/ },
    ],
    [
      "a step said to be due at the year's end when the source says only the year",
      (d) => setFields(d, "steps.csv", "four-step,2,2027,", { year_end: "yes" }),
      { file: "data/steps.csv", line: stepLine(2), field: "year_end", message: /do not say 2027年底/ },
    ],
    [
      "a year's key tasks without their year",
      (d) => setFields(d, "plans.csv", "tasks-2024,tasks,", { year: "" }),
      { file: "data/plans.csv", line: lineContaining(fixtureDataDir, "plans.csv", "tasks-2024,tasks,"), field: "year", message: /must name their year/ },
    ],
    [
      "a plan summary with a number its source does not write (2099)",
      (d) => setFields(d, "plans.csv", "four-step,steps,", { summary_zh: "平城区提出分四步实现转型，最后一步的期限是2099年。" }),
      { file: "data/plans.csv", line: lineContaining(fixtureDataDir, "plans.csv", "four-step,steps,"), field: "summary_zh", message: /2099 is not a number written in the source/ },
    ],
    [
      "a source address that would run script (javascript:)",
      (d) => setFields(d, "sources.csv", "pingcheng-2024,", { url: "javascript:alert(1)" }),
      { file: "data/sources.csv", line: 2, field: "url", message: /must be an https:\/\/ address/ },
    ],
    [
      "a source address that is plain http",
      (d) => setFields(d, "sources.csv", "pingcheng-2024,", { url: "http://www.pingcheng.gov.cn/" }),
      { file: "data/sources.csv", line: 2, field: "url", message: /must be an https:\/\/ address/ },
    ],
  ])("%s", (_name, breakIt, want) => {
    const dir = copyData();
    breakIt(dir);
    expectError(errorsOf(dir), want);
  });

  // Rows appended to a file land on the line after its last; the files grow as data/README.md says.
  it.each<[string, string, string, { field: string; message: RegExp }]>([
    ["redirects.csv", "old-gdp,gdp-total", "a redirect to an indicator that does not exist", { field: "to", message: /no indicator 'gdp-total'/ }],
    ["redirects.csv", "gdp,market-entities", "a redirect that would hide a current indicator", { field: "from", message: /'gdp' is a current indicator/ }],
    ["redirects.csv", "Old GDP,gdp", "a redirect from something that is not a slug", { field: "from", message: /lowercase ASCII/ }],
    ["updates.csv", "2026-02-30,更正,", "an update on a day that does not exist", { field: "date", message: /real calendar date/ }],
    ["updates.csv", "25.11.2026,更正,", "an update whose date is not YYYY-MM-DD", { field: "date", message: /YYYY-MM-DD/ }],
    ["updates.csv", "2026-11-26,,", "an update without a summary", { field: "summary_zh", message: /must not be empty/ }],
    ["updates.csv", "2026-11-26,更正,132.8 hundred million yuan", "an update whose English writes a multiplier word for word", { field: "summary_en", message: /13.28 billion/ }],
  ])("%s: %s (%s)", (file, row, _name, want) => {
    const dir = copyData();
    const line = appendRows(dir, file, [row])[0];
    expectError(errorsOf(dir), { file: `data/${file}`, line, ...want });
  });

  it("a second redirect from the same slug names the first", () => {
    const dir = copyData();
    const [first, second] = appendRows(dir, "redirects.csv", ["old-gdp,gdp", "old-gdp,gdp-rank"]);
    expectError(errorsOf(dir), { file: "data/redirects.csv", line: second, field: "from", message: new RegExp(`duplicate of line ${first}$`) });
  });

  // Where nothing else depends on the broken row, the error must be the only one (no noise).
  it.each<[string, string, string, DataError]>([
    ["signed-projects,actual,2023,=,66,", "signed-projects,actual,2023,=,67,",
      "67个 is not a number written in the excerpt", { file: FIG, line: signedLine, field: "value", message: "" }],
    ["new-urban-jobs,actual,", "new-urban-job,actual,",
      "no indicator 'new-urban-job' in indicators.csv", { file: FIG, line: jobsLine, field: "indicator", message: "" }],
  ])("%s → %s is the only error", (from, to, message, where) => {
    const dir = copyData();
    replaceOnce(dir, "figures.csv", from, to);
    expect(errorsOf(dir)).toEqual([{ ...where, message }]);
  });

  it("a duplicate indicator slug names the second row and the first", () => {
    const dir = copyData();
    const row = readText(dir, "indicators.csv").split("\n")[gdpIndicatorLine - 1];
    const [appended] = appendRows(dir, "indicators.csv", [row]);
    expectError(errorsOf(dir), { file: "data/indicators.csv", line: appended, field: "slug", message: new RegExp(`duplicate of line ${gdpIndicatorLine}$`) });
  });

  it("a missing column is reported on the header line with the column's name", () => {
    const dir = copyData();
    // slug and order, the first two fields of sectors.csv, are never quoted, so dropping the second
    // field on every line removes the column.
    const text = readText(dir, "sectors.csv");
    expect(text.split("\n").filter((l) => /^[^,]*"|^[^,]*,[^,]*"/.test(l))).toEqual([]);
    fs.writeFileSync(path.join(dir, "sectors.csv"), text.replace(/^([^,\n]*),[^,\n]*,/gm, "$1,"));
    expectError(errorsOf(dir), { file: "data/sectors.csv", line: 1, field: "order", message: /column is missing/ });
  });

  it("a number of the source left out names the source file and the line the number is on", () => {
    const dir = copyData();
    const text = readText(dir, "figures.csv").split("\n");
    text.splice(jobsLine - 1, 1);
    fs.writeFileSync(path.join(dir, "figures.csv"), text.join("\n"));
    const sourceLine = lineContaining(fixtureDataDir, "sources/pingcheng-2024.txt", "全年城镇新增就业7709人");
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expectError(errors, { file: "data/sources/pingcheng-2024.txt", line: sourceLine, field: "-", message: /the number 7709 / });
  });
});

describe("English may wait for a translator", () => {
  it("accepts a figure, an indicator and a plan with no English yet, and still checks English that is written", () => {
    const dir = copyData();
    setFields(dir, "figures.csv", "全年城镇新增就业7709人", { excerpt_en: "" });
    setFields(dir, "indicators.csv", "gdp,economy,", { name_en: "", definition_en: "" });
    setFields(dir, "plans.csv", "tasks-2024,tasks,", { name_en: "", summary_en: "" });
    expect(readDataset(dir)).toMatchObject({ ok: true });
    setFields(dir, "figures.csv", "项目66个，总投资132.8亿元", { excerpt_en: "66 projects, with a total investment of 13.3 billion yuan" });
    expectError(errorsOf(dir), { file: FIG, line: investmentLine, field: "excerpt_en", message: /must write 13.28 billion/ });
  });
});

describe("line numbers after rows that span or skip lines (csv.ts line counting)", () => {
  // Three figures, each broken to give a value error. Their lines are found in the real file; the
  // expectations say how a change above a row moves it.
  const rows = [
    "jing-jin-ji-units-contacted,actual,2023,=,217,",
    "jing-jin-ji-signed-projects,actual,2023,=,8,",
    "signed-projects,actual,2023,=,66,",
  ];
  const lines = rows.map((row) => lineContaining(fixtureDataDir, "figures.csv", row));
  /** The row given a note on three lines, and a blank line after it, in the cases below. */
  const [noted] = lines;
  /** Where the three rows' value errors are expected once every line after `noted` moves down by `by`. */
  const movedAfterNoted = (by: number) => lines.map((l) => (l > noted ? l + by : l)).sort((a, b) => a - b);

  function breakThree(dir: string) {
    for (const row of rows) replaceOnce(dir, "figures.csv", row, row.replace(/,(\d+),$/, (_m, n: string) => `,${Number(n) + 1},`));
  }
  /** The noted row's Chinese note spans three lines (and its English stays on one). */
  function spanThreeLines(dir: string) {
    setFields(dir, "figures.csv", "联系对接京津冀企业单位217家", { note_zh: "第一行\n第二行\n第三行", note_en: "A note." });
  }
  const valueLines = (errors: DataError[]) => errors.filter((e) => e.field === "value").map((e) => e.line);

  it("a quoted note spanning three lines: the row keeps its first line, later rows move down by 2", () => {
    const dir = copyData();
    breakThree(dir);
    spanThreeLines(dir);
    expect(valueLines(errorsOf(dir))).toEqual(movedAfterNoted(2));
  });

  it("the same with CRLF line endings (as a spreadsheet on Windows saves it)", () => {
    const dir = copyData();
    breakThree(dir);
    spanThreeLines(dir);
    const file = path.join(dir, "figures.csv");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    // Still three physical lines for the noted row (a CRLF is one line break), so the same lines as above.
    expect(valueLines(errorsOf(dir))).toEqual(movedAfterNoted(2));
  });

  it("a blank line between rows (csv-parse skips it): later rows keep their real line numbers", () => {
    const dir = copyData();
    breakThree(dir);
    const text = readText(dir, "figures.csv").split("\n");
    text.splice(noted, 0, "");
    fs.writeFileSync(path.join(dir, "figures.csv"), text.join("\n"));
    expect(valueLines(errorsOf(dir))).toEqual(movedAfterNoted(1));
  });
});
