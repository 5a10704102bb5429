// The figures, indicators and plans of a built database, read back for the editor's report
// (scripts/lib/previousData.ts) where data/ has no git history to compare with. Part of the loader,
// which wrote these tables: it reads them through the Prisma client, read-only, like the site does,
// so a renamed column is a type error here and not a silently empty comparison.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import type { Comparator, Direction } from "../model/vocabulary";
import type { StatusData } from "../editor/siteChanges";

export async function readStoredStatusData(databaseFile: string): Promise<StatusData> {
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile}`, readonly: true, fileMustExist: true }) });
  try {
    const [indicators, figures, plans] = await Promise.all([
      prisma.indicator.findMany({ select: { slug: true, sectorSlug: true, direction: true, headline: true } }),
      prisma.figure.findMany({
        select: {
          indicatorSlug: true, kind: true, year: true, comparator: true, value: true, valueMax: true, plan: true, sourceId: true,
          excerpt: true, baselineComparable: true,
        },
      }),
      prisma.plan.findMany({ select: { id: true, kind: true } }),
    ]);
    return {
      plans,
      indicators: indicators.map((i) => ({ slug: i.slug, sector: i.sectorSlug, direction: i.direction as Direction, headline: i.headline })),
      figures: figures.map((f) => ({
        indicator: f.indicatorSlug, kind: f.kind, year: f.year, comparator: f.comparator as Comparator | null, value: f.value,
        value_max: f.valueMax, plan: f.plan, source: f.sourceId, excerpt: f.excerpt, baseline_comparable: f.baselineComparable,
      })),
    };
  } finally {
    await prisma.$disconnect();
  }
}
