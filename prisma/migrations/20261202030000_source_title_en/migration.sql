-- Issue 20: our English of a source's title, for English citations (APA's bracketed translation).
-- AlterTable
ALTER TABLE "Source" ADD COLUMN "titleEn" TEXT;
