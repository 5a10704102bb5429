-- Our unofficial English translations (issue #6). Existing rows get an empty string: the loader
-- always rebuilds the database from data/, where every translation is required.
-- AlterTable
ALTER TABLE "Sector" ADD COLUMN "summaryEn" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "definitionEn" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "excerptEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Figure" ADD COLUMN "noteEn" TEXT;
