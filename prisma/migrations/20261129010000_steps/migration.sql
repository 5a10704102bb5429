-- data/steps.csv: one plain-language summary (ours) per step of the four-step plan, with the
-- source excerpts it rests on (issue 14: the summaries moved out of lib/i18n into checked data).
-- CreateTable
CREATE TABLE "Step" (
    "step" INTEGER NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "excerpts" TEXT NOT NULL,
    CONSTRAINT "Step_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
