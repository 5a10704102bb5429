-- data/damage.csv: passages of a source that look garbled or are printed twice, with our note, so the
-- source reader marks the damage where it is (issue 14, correction 8). start/end are offsets in the text.
-- CreateTable
CREATE TABLE "SourceDamage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "noteZh" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    CONSTRAINT "SourceDamage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourceDamage_sourceId_idx" ON "SourceDamage"("sourceId");
