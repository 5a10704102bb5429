-- Issue 23: data/site.csv is loaded like every other data file, so pages read the site's
-- particulars from the store (and from DATA_DIR's file), not from the working directory while they render.
-- CreateTable
CREATE TABLE "SiteParticular" (
    "field" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);
