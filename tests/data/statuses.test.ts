// One status rule (issue 19): the statuses the pages show and the ones `npm run data:check` announces
// are computed by one function from the same figures. Here both paths run on the frozen data: the
// pages' (rows read back from a real SQLite database through Prisma, mapped as lib/queries does) and
// data:check's (rows of data/, lib/editor/siteChanges.ts). And a status is computed for the day the
// build fixes: the day after a deadline, the same target reads differently.
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { loadDatabase } from "../../lib/data/loadDatabase";
import { readDataset, type Dataset } from "../../lib/data/readDataset";
import type { PlanKind } from "../../lib/model/vocabulary";
import { targetStatuses } from "../../lib/editor/siteChanges";
import { toIndicatorSummary } from "../../lib/queries/indicatorViews";
import type { PlanView } from "../../lib/model/views";
import { fixtureDataDir, removeScratch, scratchDir } from "./helpers";

afterAll(removeScratch);

const result = readDataset(fixtureDataDir);
if (!result.ok) throw new Error("the frozen data must be valid");
const dataset: Dataset = result.dataset;

/** Every target's status as the pages compute it: load the database for `day`, read it back, map it. */
async function pageStatuses(day: string): Promise<Map<string, string>> {
  const file = path.join(scratchDir("db"), "dashboard.db");
  await loadDatabase(dataset, file, new Date(`${day}T00:00:00Z`));
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
  try {
    const { statusDate } = await prisma.dataset.findUniqueOrThrow({ where: { id: 1 } });
    const plans: PlanView[] = (await prisma.plan.findMany({ include: { steps: true } })).map((p) => ({
      ...p, kind: p.kind as PlanKind, steps: p.steps.map((s) => ({ ...s, dueAtYearEnd: s.yearEnd, excerpts: [] })),
    }));
    const rows = await prisma.indicator.findMany({ include: { figures: { include: { source: { select: { titleZh: true, titleEn: true } } } } } });
    const statuses = new Map<string, string>();
    for (const row of rows)
      for (const f of toIndicatorSummary(row, new Date(`${statusDate}T00:00:00Z`), plans).figures)
        if (f.assessment) statuses.set(`${row.slug}|${f.year}|${f.excerpt}`, f.assessment.status);
    return statuses;
  } finally {
    await prisma.$disconnect();
  }
}

function checkStatuses(day: string): Map<string, string> {
  return new Map([...targetStatuses(dataset, new Date(`${day}T00:00:00Z`))].map(([key, s]) => [key, s.status]));
}

describe("one status rule", () => {
  it.each(["2024-06-30", "2026-11-29", "2031-01-01"])("on %s, every target's status is the same on the pages and in data:check", async (day) => {
    const pages = await pageStatuses(day);
    expect(pages.size).toBe(dataset.figures.filter((f) => f.kind === "target").length);
    expect(Object.fromEntries(pages)).toEqual(Object.fromEntries(checkStatuses(day)));
  });

  it("a 2024 deadline passing turns the target from not yet due to due, by the day the database was built for", async () => {
    // The first step's qualitative target (转型取得突破), due by the end of 2024: nothing can achieve it but a result.
    const key = [...checkStatuses("2024-12-31").keys()].find((k) => k.startsWith("transformation|2024|"))!;
    const [before, after] = [await pageStatuses("2024-12-31"), await pageStatuses("2025-01-01")];
    expect([before.get(key), after.get(key)]).toEqual(["not-yet-due", "due"]);
  });
});
