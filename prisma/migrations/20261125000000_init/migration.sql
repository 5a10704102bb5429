-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "file" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "publisher" TEXT,
    "published" TEXT,
    "url" TEXT,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Sector" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "headingZh" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Indicator" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "sectorSlug" TEXT NOT NULL,
    "groupZh" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT,
    "direction" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "headline" BOOLEAN NOT NULL,
    CONSTRAINT "Indicator_sectorSlug_fkey" FOREIGN KEY ("sectorSlug") REFERENCES "Sector" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
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
    "noteZh" TEXT,
    "line" INTEGER NOT NULL,
    CONSTRAINT "Figure_indicatorSlug_fkey" FOREIGN KEY ("indicatorSlug") REFERENCES "Indicator" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dataset" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "figures" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Indicator_sectorSlug_idx" ON "Indicator"("sectorSlug");

-- CreateIndex
CREATE INDEX "Figure_indicatorSlug_idx" ON "Figure"("indicatorSlug");

-- CreateIndex
CREATE INDEX "Figure_plan_step_idx" ON "Figure"("plan", "step");
