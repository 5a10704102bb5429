// The static site as the servers see it: where the export is, its files, and the rules of lib/http/
// applied to them. Used by scripts/postbuild.ts (which writes the configurations), by
// scripts/serve-nginx.ts (which writes a copy of nginx's for $PORT) and by `npm start`.
// The benchmark's synthetic build (NEXT_DIST_DIR) exports into its own folder and keeps its
// configurations beside it, never over the real ones.
import { readdirSync } from "node:fs";
import path from "node:path";
import { readRedirects, type Redirect } from "../../lib/data/redirects";
import { contentTypeFor, TYPES_BY_PATH } from "../../lib/http/contentTypes";
import { headerRules, type HeaderRule } from "../../lib/http/headerRules";
import { headersFor, onlyForBuiltFiles } from "../../lib/http/securityHeaders";
import { MOVED } from "../../lib/http/siteRedirects";

export const outDir = () => path.resolve(process.env.NEXT_DIST_DIR || "out");
export const deployDir = () =>
  process.env.NEXT_DIST_DIR ? path.resolve(`${process.env.NEXT_DIST_DIR}-deploy`) : path.resolve("deploy");

function list(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? list(full) : [full];
  });
}

/** Every file of the export as its address ("/sectors/economy.html", "/api/v1/sectors"), the build's compressed copies and host files aside. */
export function siteFiles(out = outDir()): string[] {
  return list(out)
    .map((f) => `/${path.relative(out, f).split(path.sep).join("/")}`)
    .filter((f) => !/\.(gz|br)$/.test(f) && f !== "/_headers" && f !== "/_redirects");
}

export const siteRedirects = (): Redirect[] => [...MOVED, ...readRedirects(process.env.DATA_DIR ?? path.join(process.cwd(), "data"))];

/** The header rules nginx applies (it types files itself). */
export const siteHeaderRules = (files: string[]): HeaderRule[] => headerRules(files, headersFor, onlyForBuiltFiles);

/** The same for static hosts, which also need the type of a file whose name does not say it (an Atom feed, an API record). */
export const hostHeaderRules = (files: string[]): HeaderRule[] =>
  headerRules(
    files,
    (f) => {
      const typed = TYPES_BY_PATH.some(({ pattern }) => new RegExp(pattern).test(f));
      return { ...headersFor(f), ...(typed ? { "Content-Type": contentTypeFor(f)! } : {}) };
    },
    onlyForBuiltFiles,
  );
