// The loader against real SQLite files in scratch folders (never prisma/dashboard.db): what it writes,
// that it is deterministic, and that a failure at any stage leaves the previous database untouched.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatabase } from "../../lib/data/loadDatabase";
import { readDataset, type Dataset } from "../../lib/data/readDataset";
import { copyData, fixtureDataDir, lineContaining, removeScratch, replaceOnce, repoRoot, scratchDir, setFields, sha256 } from "./helpers";

afterAll(removeScratch);

let dataset: Dataset;
const STATUS_DAY = new Date("2026-11-29T00:00:00Z");
beforeAll(() => {
  // loadDatabase finds prisma/migrations from the working directory.
  expect(process.cwd()).toBe(repoRoot);
  const result = readDataset(fixtureDataDir);
  if (!result.ok) throw new Error("the real data/ must be valid");
  dataset = result.dataset;
});

const TABLES = { Source: "sources", Sector: "sectors", Indicator: "indicators", Figure: "figures", DataUpdate: "updates" } as const;

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Every table but _prisma_migrations (whose timestamps differ per load), rows in a stable order. */
function contents(file: string): Record<string, unknown[]> {
  const names = query<{ name: string }>(file, `SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_prisma_migrations' ORDER BY name`);
  return Object.fromEntries(names.map(({ name }) => [name, query(file, `SELECT * FROM "${name}" ORDER BY rowid`)]));
}

/** Files in `dir` left behind by an interrupted build. */
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes(".loading-"));

async function freshDatabase(): Promise<{ dir: string; file: string; version: string }> {
  const dir = scratchDir("db");
  const file = path.join(dir, "dashboard.db");
  const { version } = await loadDatabase(dataset, file, STATUS_DAY);
  return { dir, file, version };
}

describe("loadDatabase", () => {
  it("writes every row of the dataset and records the migrations", async () => {
    const { dir, file, version } = await freshDatabase();
    for (const [table, key] of Object.entries(TABLES)) {
      const [{ n }] = query<{ n: number }>(file, `SELECT COUNT(*) AS n FROM "${table}"`);
      expect(n, table).toBe(dataset[key].length);
    }
    expect(query(file, `SELECT id, version, figures, statusDate FROM "Dataset"`)).toEqual([{ id: 1, version, figures: dataset.figures.length, statusDate: "2026-11-29" }]);
    const migrations = fs.readdirSync(path.join(repoRoot, "prisma", "migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(migrations.length).toBeGreaterThan(0);
    const recorded = query<{ migration_name: string; finished_at: string | null }>(file, `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(recorded.map((r) => r.migration_name)).toEqual(migrations);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("stores a figure's value, excerpt offset and figures.csv line faithfully", async () => {
    const { file } = await freshDatabase();
    const [row] = query<{ value: number; excerpt: string; excerptStart: number; line: number }>(
      file, `SELECT value, excerpt, excerptStart, line FROM "Figure" WHERE indicatorSlug = 'signed-projects-investment' AND kind = 'actual'`);
    const [source] = query<{ text: string }>(file, `SELECT text FROM "Source" WHERE id = 'pingcheng-2024'`);
    expect(row.value).toBe(132.8);
    expect(source.text.slice(row.excerptStart, row.excerptStart + row.excerpt.length)).toBe(row.excerpt);
    expect(fs.readFileSync(path.join(fixtureDataDir, "figures.csv"), "utf8").split("\n")[row.line - 1]).toContain(`,${row.excerpt},`);
  });

  it("reads back through Prisma every field of every indicator and figure, types included", async () => {
    const { file } = await freshDatabase();
    const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
    try {
      const indicators = await prisma.indicator.findMany({ orderBy: { slug: "asc" } });
      expect(indicators.map((i) => [i.slug, i.sectorSlug, i.unit, i.headline])).toEqual(
        [...dataset.indicators].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((i) => [i.slug, i.sector, i.unit, i.headline]),
      );
      expect(indicators.some((i) => i.headline) && indicators.some((i) => !i.headline)).toBe(true);
      const figures = await prisma.figure.findMany({ orderBy: { id: "asc" } });
      expect(figures.map((f) => [f.indicatorSlug, f.kind, f.year, f.comparator, f.value, f.valueMax, f.plan, f.step, f.sourceId, f.excerpt, f.excerptStart, f.baselineComparable, f.noteZh, f.excerptEn, f.noteEn, f.line])).toEqual(
        dataset.figures.map((f) => [f.indicator, f.kind, f.year, f.comparator, f.value, f.value_max, f.plan, f.step, f.source, f.excerpt, f.excerptStart, f.baseline_comparable, f.note_zh, f.excerpt_en, f.note_en, f.line]),
      );
      expect(figures.some((f) => !f.baselineComparable)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("stores the English translations beside the Chinese", async () => {
    const { file } = await freshDatabase();
    const [figure] = query<{ excerptEn: string; noteZh: string; noteEn: string }>(
      file, `SELECT excerptEn, noteZh, noteEn FROM "Figure" WHERE indicatorSlug = 'market-entities' AND kind = 'target'`);
    const want = dataset.figures.find((f) => f.indicator === "market-entities" && f.kind === "target")!;
    expect(figure).toEqual({ excerptEn: want.excerpt_en, noteZh: want.note_zh, noteEn: want.note_en });
    expect(figure.excerptEn).toContain("200,000");
    const empty = (table: string, column: string) => query<{ n: number }>(file, `SELECT COUNT(*) AS n FROM "${table}" WHERE "${column}" = ''`)[0].n;
    // Not translated yet is null, never an empty string a page would show as a blank.
    expect([empty("Sector", "summaryEn"), empty("Indicator", "definitionEn"), empty("Figure", "excerptEn")]).toEqual([0, 0, 0]);
  });

  it("stores the plans in their order, and each step with its deadline and the excerpts it rests on", async () => {
    const { file } = await freshDatabase();
    const plans = query<{ id: string; kind: string; year: number | null; order: number }>(file, `SELECT id, kind, year, "order" FROM "Plan" ORDER BY "order"`);
    expect(plans).toEqual(dataset.plans.map((p, order) => ({ id: p.id, kind: p.kind, year: p.year, order })));
    const steps = query<{ planId: string; step: number; year: number; yearEnd: number; summaryZh: string; summaryEn: string; excerpts: string }>(
      file, `SELECT planId, step, year, yearEnd, summaryZh, summaryEn, excerpts FROM "Step" ORDER BY planId, step`);
    expect(steps).toEqual(dataset.steps.map((s) => ({
      planId: s.plan, step: s.step, year: s.year, yearEnd: s.year_end ? 1 : 0, summaryZh: s.summary_zh, summaryEn: s.summary_en, excerpts: s.excerpts.join("\n"),
    })));
    expect(steps.length).toBeGreaterThan(0);
  });

  it("stores the site's particulars (data/site.csv) it was given, one row per particular set", async () => {
    const { file } = await freshDatabase();
    // The frozen copy sets none, as the committed data/ does.
    expect(query(file, `SELECT * FROM "SiteParticular"`)).toEqual([]);
    const dir = scratchDir("db-site");
    await loadDatabase({ ...dataset, site: { sponsor: "示例区人民政府办公室", site_code: "1402990001" } }, path.join(dir, "dashboard.db"), STATUS_DAY);
    expect(query(path.join(dir, "dashboard.db"), `SELECT field, value FROM "SiteParticular" ORDER BY field`)).toEqual([
      { field: "site_code", value: "1402990001" },
      { field: "sponsor", value: "示例区人民政府办公室" },
    ]);
  });

  it("loading the same data twice gives the same version and the same tables", async () => {
    const { file, version } = await freshDatabase();
    const before = contents(file);
    const again = await loadDatabase(dataset, file, STATUS_DAY);
    expect(again.version).toBe(version);
    expect(again.version).toMatch(/^[0-9a-f]{12}$/);
    const after = contents(file);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(TABLES).concat("Dataset")));
    expect(after).toEqual(before);
  });

  it("a changed figure gives a different version", async () => {
    const { version } = await freshDatabase();
    const dir = copyData();
    setFields(dir, "figures.csv", "全年城镇新增就业7709人", { note_zh: "一条新的说明。", note_en: "A new note." });
    const changed = readDataset(dir);
    if (!changed.ok) throw new Error(changed.errors.map((e) => e.message).join("\n"));
    const other = await loadDatabase(changed.dataset, path.join(scratchDir("db"), "dashboard.db"), STATUS_DAY);
    expect(other.version).not.toBe(version);
  });

  it("a failure while writing rejects and leaves the previous database byte-identical", async () => {
    const { dir, file } = await freshDatabase();
    const before = sha256(file);
    // Passes no validation, so only the foreign key inside the transaction can stop it.
    const bad: Dataset = { ...dataset, figures: [...dataset.figures, { ...dataset.figures[0], indicator: "no-such-indicator" }] };
    await expect(loadDatabase(bad, file, STATUS_DAY)).rejects.toThrow(/foreign key/i);
    expect(sha256(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    expect(query<{ n: number }>(file, `SELECT COUNT(*) AS n FROM "Figure"`)[0].n).toBe(dataset.figures.length);
  });

  it("a failure while writing with no previous database leaves no file at all", async () => {
    const dir = scratchDir("db");
    const bad: Dataset = { ...dataset, figures: [{ ...dataset.figures[0], indicator: "no-such-indicator" }] };
    await expect(loadDatabase(bad, path.join(dir, "dashboard.db"), STATUS_DAY)).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("npm run db:load (scripts/db-load.ts)", () => {
  // Asynchronous so the two runs below overlap: each pays tsx's and Prisma's start-up once.
  const run = (env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn("npx", ["tsx", "scripts/db-load.ts"], { cwd: repoRoot, env: { ...process.env, ...env } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });

  // Generous timeout: two child processes, and the machine may be busy with browser tests.
  it("loads good data into DATABASE_FILE, and refuses broken data leaving the existing file unchanged", { timeout: 90_000 }, async () => {
    const { dir, file } = await freshDatabase();
    const before = sha256(file);
    const broken = copyData();
    replaceOnce(broken, "figures.csv", "signed-projects,actual,2023,=,66,", "signed-projects,actual,2023,=,67,");
    replaceOnce(broken, "indicators.csv", "(GDP),亿元,", "(GDP),亿,");
    const otherDir = scratchDir("cli");
    const otherFile = path.join(otherDir, "dashboard.db");

    const [bad, good] = await Promise.all([
      run({ DATA_DIR: broken, DATABASE_FILE: file }),
      run({ DATA_DIR: fixtureDataDir, DATABASE_FILE: otherFile, STATUS_DATE: STATUS_DAY.toISOString().slice(0, 10) }),
    ]);

    // The good run wrote where DATABASE_FILE said, with the same content as the in-process loader.
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(new RegExp(`Loaded ${dataset.sectors.length} sectors, ${dataset.indicators.length} indicators, ${dataset.figures.length} figures`));
    expect(contents(otherFile)).toEqual(contents(file));

    expect(bad.status).not.toBe(0);
    // Every problem on its own line as file:line field: message.
    const figureLine = lineContaining(fixtureDataDir, "figures.csv", "signed-projects,actual,2023,=,66,");
    const unitLine = lineContaining(fixtureDataDir, "indicators.csv", "(GDP),亿元,");
    expect(bad.stderr).toMatch(new RegExp(`^ {2}data/figures\\.csv:${figureLine} value: 67个 is not a number written in the excerpt$`, "m"));
    expect(bad.stderr).toMatch(new RegExp(`^ {2}data/indicators\\.csv:${unitLine} unit: must be one of `, "m"));
    expect(bad.stdout).not.toContain("Loaded");
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(["dashboard.db"]);
    expect(leftovers(otherDir)).toEqual([]);
  });

  it("refuses a bad site.csv of DATA_DIR by file, line and field, leaving the existing file unchanged", { timeout: 90_000 }, async () => {
    const { dir, file } = await freshDatabase();
    const before = sha256(file);
    const broken = copyData();
    replaceOnce(broken, "site.csv", "site_code,\n", "site_code,14020\n");
    replaceOnce(broken, "site.csv", "error_report_url,", "error_report_url,http://example.org/");
    const bad = await run({ DATA_DIR: broken, DATABASE_FILE: file });
    expect(bad.status).not.toBe(0);
    const codeLine = lineContaining(broken, "site.csv", "site_code,");
    const urlLine = lineContaining(broken, "site.csv", "error_report_url,");
    expect(bad.stderr).toMatch(new RegExp(`^ {2}data/site\\.csv:${codeLine} site_code: must be the ten letters or digits of the 网站标识码`, "m"));
    expect(bad.stderr).toMatch(new RegExp(`^ {2}data/site\\.csv:${urlLine} error_report_url: must be a full https:// address$`, "m"));
    expect(bad.stdout).not.toContain("Loaded");
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(["dashboard.db"]);
  });
});
