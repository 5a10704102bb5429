import path from "node:path";

// One place decides where the SQLite file lives, for the loader, the site and Prisma's CLI.
// DATABASE_FILE lets tests load into a scratch file without touching the site's database.
export function databaseFile(): string {
  // turbopackIgnore: the file is read at build time only; it must not make the bundler trace the project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_FILE ?? path.join(process.cwd(), "prisma", "dashboard.db"));
}

export function databaseUrl(): string {
  return `file:${databaseFile()}`;
}
