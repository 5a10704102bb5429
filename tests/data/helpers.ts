// Shared by the data tests: where the repository is, scratch copies of the data, and plain readers that
// do not go through lib/data (so the tests check the loader's results against an independent reading).
// Two data folders: the real data/, which an editor changes (tests of it assert only what always
// holds), and a frozen copy of it under tests/fixtures/data, which tests of exact values read.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect } from "vitest";
import type { DataError } from "../../lib/data/errors";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");
/** data/, or REAL_DATA_DIR: the editor's workflow test runs the real data's tests on the data it accepted. */
export const realDataDir = path.resolve(process.env.REAL_DATA_DIR ?? path.join(repoRoot, "data"));
/** Frozen: data/ as it was when these tests were written (data/ grows; this does not). */
export const fixtureDataDir = path.join(repoRoot, "tests", "fixtures", "data");

/** Every scratch directory made by a test file; removed by `removeScratch` in afterAll. */
const scratch: string[] = [];

export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  scratch.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A private copy of the frozen data (or of `from`) that a test may break or add to. */
export function copyData(from = fixtureDataDir): string {
  const dir = path.join(scratchDir("data-copy"), "data");
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/**
 * Replaces the one occurrence of `from` in `dir/file`. Fails loudly when `from` is absent or
 * ambiguous, so a test cannot silently stop breaking anything after the data change.
 */
export function replaceOnce(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)} in ${file}, found ${count}`);
  fs.writeFileSync(full, text.replace(from, to));
}

/**
 * Sets some fields of the one row of `dir/file` whose line contains `needle`, and writes the row back
 * as CSV. Safer than replacing text at a row's end now that rows end in translations: the test names
 * the columns it changes, not the words around them. (Every row of data/ is one line.)
 */
export function setFields(dir: string, file: string, needle: string, values: Record<string, string>): void {
  const lines = readText(dir, file).split("\n");
  const at = lineContaining(dir, file, needle) - 1;
  const header = lines[0].split(",");
  const [fields] = parse(lines[at]) as string[][];
  for (const [column, value] of Object.entries(values)) {
    const i = header.indexOf(column);
    if (i === -1) throw new Error(`no column ${column} in ${file}`);
    fields[i] = value;
  }
  lines[at] = stringify([fields], { eof: false });
  fs.writeFileSync(path.join(dir, file), lines.join("\n"));
}

/** Appends CSV lines to `dir/file` and returns the line numbers they land on (the header is line 1). */
export function appendRows(dir: string, file: string, rows: string[]): number[] {
  const text = readText(dir, file);
  const body = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  const first = body.split("\n").length;
  fs.writeFileSync(path.join(dir, file), `${body}${rows.map((r) => `${r}\n`).join("")}`);
  return rows.map((_r, i) => first + i);
}

export function readText(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}

/** 1-based line of `dir/file` that contains `needle`, which must occur on exactly one line. */
export function lineContaining(dir: string, file: string, needle: string): number {
  const lines = readText(dir, file).split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`expected ${JSON.stringify(needle)} on exactly one line of ${file}, found ${hits.length}`);
  return hits[0];
}

/** Parses a CSV of a data folder with csv-parse directly (not lib/data/csv.ts). */
export function rawRows(dir: string, file: string): Record<string, string>[] {
  return parse(readText(dir, file), { bom: true, columns: true, skip_empty_lines: true });
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Asserts that `errors` holds one naming this file, line and field (and matching `message`). */
export function expectError(
  errors: DataError[],
  want: { file: string; line: number; field: string; message?: RegExp },
): void {
  const same = errors.filter((e) => e.file === want.file && e.line === want.line && e.field === want.field);
  expect(same, `no ${want.file}:${want.line} ${want.field} in\n${errors.map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`).join("\n")}`).not.toEqual([]);
  if (want.message) expect(same.map((e) => e.message)).toContainEqual(expect.stringMatching(want.message));
}
