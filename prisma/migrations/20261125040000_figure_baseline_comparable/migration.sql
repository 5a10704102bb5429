-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "baselineComparable" BOOLEAN NOT NULL DEFAULT true;
