-- CreateTable
CREATE TABLE "DataUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL
);
