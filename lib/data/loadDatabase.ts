// Writes a validated dataset into SQLite so that readers never see a half-loaded database:
// the new database is built in a file beside the old one and renamed over it only when complete.
// A crash or a failed write at any point leaves the previous database exactly as it was.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "../generated/prisma/client";
import type { Dataset } from "./readDataset";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface LoadSummary {
  version: string;
  sources: number;
  sectors: number;
  indicators: number;
  figures: number;
}

/**
 * `statusDate` is the day every status of the site is computed for: fixed here, once per build, so
 * that pages prerendered in several processes, on either side of midnight, agree.
 */
export async function loadDatabase(dataset: Dataset, databaseFile: string, statusDate: Date): Promise<LoadSummary> {
  const building = `${databaseFile}.loading-${process.pid}`;
  rmSync(building, { force: true });
  try {
    applyMigrations(building);
    const summary = await writeDataset(dataset, building, statusDate);
    renameSync(building, databaseFile);
    return summary;
  } catch (error) {
    rmSync(building, { force: true });
    throw error;
  }
}

/**
 * Applies the committed migrations in order, recording them the way Prisma does, so that
 * `prisma migrate deploy` on a machine with Prisma's engine sees the same history.
 * (Prisma's own engine is a download these machines cannot make; see the README.)
 */
function applyMigrations(file: string): void {
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
       VALUES (?, ?, current_timestamp, ?, 1)`,
    );
    const names = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      db.transaction(() => {
        db.exec(sql);
        const checksum = createHash("sha256").update(sql).digest("hex");
        record.run(createHash("sha256").update(name).digest("hex").slice(0, 36), checksum, name);
      })();
    }
  } finally {
    db.close();
  }
}

async function writeDataset(dataset: Dataset, file: string, statusDate: Date): Promise<LoadSummary> {
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
  const version = datasetVersion(dataset);
  const sources: Prisma.SourceCreateManyInput[] = dataset.sources.map((s) => ({
    id: s.id, file: s.file, titleZh: s.title_zh, titleEn: s.title_en, publisher: s.publisher_zh, published: s.published,
    url: s.url, text: s.text, sha256: s.sha256,
  }));
  const sectors: Prisma.SectorCreateManyInput[] = dataset.sectors.map((s) => ({
    slug: s.slug, order: s.order, nameZh: s.name_zh, nameEn: s.name_en, headingZh: s.heading_zh, headingEn: s.heading_en, summaryZh: s.summary_zh,
    summaryEn: s.summary_en,
  }));
  const indicators: Prisma.IndicatorCreateManyInput[] = dataset.indicators.map((i) => ({
    slug: i.slug, sectorSlug: i.sector, groupZh: i.group_zh, groupEn: i.group_en, order: i.order, nameZh: i.name_zh, nameEn: i.name_en,
    unit: i.unit, direction: i.direction, definitionZh: i.definition_zh, definitionEn: i.definition_en,
    headline: i.headline,
  }));
  const figures: Prisma.FigureCreateManyInput[] = dataset.figures.map((f) => ({
    indicatorSlug: f.indicator, kind: f.kind, year: f.year, comparator: f.comparator, value: f.value,
    valueMax: f.value_max, plan: f.plan, step: f.step, sourceId: f.source, excerpt: f.excerpt,
    excerptStart: f.excerptStart, baselineComparable: f.baseline_comparable, noteZh: f.note_zh,
    excerptEn: f.excerpt_en, noteEn: f.note_en, line: f.line,
  }));
  const updates: Prisma.DataUpdateCreateManyInput[] = dataset.updates.map((u) => ({ date: u.date, summaryZh: u.summary_zh, summaryEn: u.summary_en }));
  const plans: Prisma.PlanCreateManyInput[] = dataset.plans.map((p, order) => ({
    id: p.id, kind: p.kind, year: p.year, sourceId: p.source, nameZh: p.name_zh, nameEn: p.name_en, summaryZh: p.summary_zh,
    summaryEn: p.summary_en, order,
  }));
  const steps: Prisma.StepCreateManyInput[] = dataset.steps.map((s) => ({
    planId: s.plan, step: s.step, year: s.year, yearEnd: s.year_end, summaryZh: s.summary_zh, summaryEn: s.summary_en,
    excerpts: s.excerpts.join("\n"),
  }));
  try {
    await prisma.$transaction([
      ...insertRows(prisma, "Source", sources),
      ...insertRows(prisma, "Sector", sectors),
      ...insertRows(prisma, "Indicator", indicators),
      ...insertRows(prisma, "Figure", figures),
      ...insertRows(prisma, "DataUpdate", updates),
      ...insertRows(prisma, "Plan", plans),
      ...insertRows(prisma, "Step", steps),
      ...insertRows<Prisma.SourceDamageCreateManyInput>(prisma, "SourceDamage", dataset.damage.map((d) => ({
        sourceId: d.source, start: d.start, end: d.end, noteZh: d.note_zh, noteEn: d.note_en,
      }))),
      ...insertRows<Prisma.SiteParticularCreateManyInput>(prisma, "SiteParticular", Object.entries(dataset.site).map(([field, value]) => ({ field, value }))),
      ...insertRows<Prisma.DatasetCreateManyInput>(prisma, "Dataset", [{ id: 1, version, figures: dataset.figures.length, statusDate: statusDate.toISOString().slice(0, 10) }]),
    ]);
  } finally {
    await prisma.$disconnect();
  }
  return {
    version,
    sources: dataset.sources.length,
    sectors: dataset.sectors.length,
    indicators: dataset.indicators.length,
    figures: dataset.figures.length,
  };
}

// SQLite's limit on bound parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32).
const MAX_PARAMETERS = 32_766;

/**
 * Multi-row INSERTs through Prisma's raw queries. `createMany` sends every row through Prisma 7's
 * query compiler: on the 100× synthetic data set that was 10 s of a 12 s load, against the
 * benchmark's goal of 10 s for the whole load (bench/results). Rows are typed by the generated
 * CreateManyInput types, so a renamed column still fails to compile; the table's columns are
 * those of the first row, and every row must give the same ones.
 */
function insertRows<Row extends Record<string, unknown>>(prisma: PrismaClient, table: Prisma.ModelName, rows: Row[]) {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const statements = [];
  for (let at = 0; at < rows.length; at += perStatement) {
    const part = rows.slice(at, at + perStatement);
    const placeholders = `(${columns.map(() => "?").join(",")})`;
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${part.map(() => placeholders).join(",")}`;
    const values = part.flatMap((row) => columns.map((c) => sqliteValue(row[c])));
    statements.push(prisma.$executeRawUnsafe(sql, ...values));
  }
  return statements;
}

/** SQLite has no boolean: Prisma stores true/false as 1/0. Absent optional fields are NULL. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

/** The same data always give the same version: a short hash of everything loaded. */
export function datasetVersion(dataset: Dataset): string {
  const { sources, sectors, indicators, figures, plans, steps, damage } = dataset;
  const content = JSON.stringify({ sources: sources.map((s) => ({ ...s, text: undefined })), sectors, indicators, figures, plans, steps, damage });
  return createHash("sha256").update(content).digest("hex").slice(0, 12);
}

