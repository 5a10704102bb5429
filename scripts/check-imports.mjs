// The import rules of /work/shared/STYLE.md, checked with madge on the source (npm test runs it):
// 1. no import cycles among app/, components/, lib/ and scripts/ (type imports count: a cycle of
//    types is still two modules that cannot be understood one without the other);
// 2. nothing in lib/ imports components/ (types included);
// 3. nothing in components/, and nothing in lib/ outside lib/queries/, imports lib/queries/, types
//    included: pages fetch, components receive, and the shared types live in lib/model/;
// 4. only app/, lib/queries/ and the loader (lib/data/) import the store: lib/queries/db.ts, the
//    generated Prisma client, or the SQLite driver and Prisma's adapter for it.
// Prints every violation and exits 1 if there is any. Run from the root of a checkout (or of a copy
// of one: tests/unit/checkImports.test.ts plants a violation of each rule in a copy).
import { readFileSync } from "node:fs";
import path from "node:path";
import madge from "madge";

const ROOTS = ["app", "components", "lib", "scripts"];

/** madge's reading of the import graph: { file: [files it imports] }, paths from the repository root. */
const graph = await madge(ROOTS, {
  fileExtensions: ["ts", "tsx", "mjs"],
  excludeRegExp: [/^lib\/generated\//],
  tsConfig: "tsconfig.json",
  detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
});
const all = graph.obj();
// A check that reads no files would pass on anything.
if (Object.keys(all).length < 50) throw new Error(`madge found only ${Object.keys(all).length} files under ${ROOTS.join(", ")}`);

const edges = (from, to) =>
  Object.entries(all).flatMap(([file, deps]) => (from(file) ? deps.filter(to).map((dep) => `${file} → ${dep}`) : []));

// madge leaves the generated client out of the graph (it is excluded, and npm packages are not files
// of ours), so the store rule reads each file's own import specifiers.
const STORE_PACKAGES = /^(@prisma\/client|@prisma\/adapter-better-sqlite3|better-sqlite3)(\/|$)/;
const isStore = (file, specifier) => {
  if (STORE_PACKAGES.test(specifier)) return true;
  const target = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : null;
  return target !== null && (/^lib\/generated\/prisma(\/|$)/.test(target) || /^lib\/queries\/db(\.ts)?$/.test(target));
};
const mayOpenStore = (file) => ["app/", "lib/queries/", "lib/data/"].some((folder) => file.startsWith(folder));
const storeImports = Object.keys(all)
  .filter((file) => !mayOpenStore(file))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)]
      .map(([, specifier]) => specifier)
      .filter((specifier) => isStore(file, specifier))
      .map((specifier) => `${file} → ${specifier}`),
  );

const outsideQueries = (file) => file.startsWith("components/") || (file.startsWith("lib/") && !file.startsWith("lib/queries/"));
const problems = [
  ...graph.circular().map((cycle) => `import cycle: ${[...cycle, cycle[0]].join(" → ")}`),
  ...edges((f) => f.startsWith("lib/"), (d) => d.startsWith("components/")).map((e) => `lib/ imports components/: ${e}`),
  ...edges(outsideQueries, (d) => d.startsWith("lib/queries/")).map(
    (e) => `${e.startsWith("components/") ? "a component" : "lib/ outside lib/queries/"} imports lib/queries/ (types live in lib/model/): ${e}`,
  ),
  ...storeImports.map((e) => `only app/, lib/queries/ and lib/data/ may open the store: ${e}`),
];

if (problems.length > 0) {
  console.error(`${problems.length} import rule violation(s):\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `imports: no cycles, lib/ never imports components/, nothing in components/ or lib/ outside lib/queries/ imports lib/queries/, only app/, lib/queries/ and lib/data/ open the store (${Object.keys(all).length} files)`,
);
