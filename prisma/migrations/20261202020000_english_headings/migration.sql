-- Issue 20: English pages have no Chinese-only heading. A sector's section heading and an indicator's
-- sub-heading get our English beside the source's Chinese (the indicator's may wait for a translator).
-- AlterTable
ALTER TABLE "Sector" ADD COLUMN "headingEn" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "groupEn" TEXT;
