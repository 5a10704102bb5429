-- Issue 19: plans are data (data/plans.csv), a step belongs to a plan, English may wait for a
-- translator (null until then), the changelog has its English, and the status date is fixed once
-- per build. The loader always builds a fresh database, so the redefined tables start empty.

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "year" INTEGER,
    "sourceId" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT,
    "order" INTEGER NOT NULL,
    CONSTRAINT "Plan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "DataUpdate" ADD COLUMN "summaryEn" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
DROP TABLE "Step";
CREATE TABLE "Step" (
    "planId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "yearEnd" BOOLEAN NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT,
    "excerpts" TEXT NOT NULL,

    PRIMARY KEY ("planId", "step"),
    CONSTRAINT "Step_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE "new_Dataset" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "figures" INTEGER NOT NULL,
    "statusDate" TEXT NOT NULL
);
DROP TABLE "Dataset";
ALTER TABLE "new_Dataset" RENAME TO "Dataset";
CREATE TABLE "new_Indicator" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "sectorSlug" TEXT NOT NULL,
    "groupZh" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "unit" TEXT,
    "direction" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "definitionEn" TEXT,
    "headline" BOOLEAN NOT NULL,
    CONSTRAINT "Indicator_sectorSlug_fkey" FOREIGN KEY ("sectorSlug") REFERENCES "Sector" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("slug", "sectorSlug", "groupZh", "order", "nameZh", "nameEn", "unit", "direction", "definitionZh", "definitionEn", "headline")
SELECT "slug", "sectorSlug", "groupZh", "order", "nameZh", "nameEn", "unit", "direction", "definitionZh", "definitionEn", "headline" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_sectorSlug_idx" ON "Indicator"("sectorSlug");
CREATE TABLE "new_Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicatorSlug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "comparator" TEXT,
    "value" REAL,
    "valueMax" REAL,
    "plan" TEXT,
    "step" INTEGER,
    "sourceId" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "excerptStart" INTEGER NOT NULL,
    "baselineComparable" BOOLEAN NOT NULL DEFAULT true,
    "noteZh" TEXT,
    "excerptEn" TEXT,
    "noteEn" TEXT,
    "line" INTEGER NOT NULL,
    CONSTRAINT "Figure_indicatorSlug_fkey" FOREIGN KEY ("indicatorSlug") REFERENCES "Indicator" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("id", "indicatorSlug", "kind", "year", "comparator", "value", "valueMax", "plan", "step", "sourceId", "excerpt", "excerptStart", "baselineComparable", "noteZh", "excerptEn", "noteEn", "line")
SELECT "id", "indicatorSlug", "kind", "year", "comparator", "value", "valueMax", "plan", "step", "sourceId", "excerpt", "excerptStart", "baselineComparable", "noteZh", "excerptEn", "noteEn", "line" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_indicatorSlug_idx" ON "Figure"("indicatorSlug");
CREATE INDEX "Figure_plan_step_idx" ON "Figure"("plan", "step");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
