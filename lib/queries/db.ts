import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "../data/databaseFile";

// The site only reads: the database is opened read-only, and must already have been built by
// `npm run db:load` (a missing file is an error here, not an empty database).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma =
  globalForPrisma.prisma ??
  (globalForPrisma.prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: databaseUrl(), readonly: true, fileMustExist: true }),
  }));
