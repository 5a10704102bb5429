// The import rules of /work/shared/STYLE.md, checked with madge on the source (npm test runs it):
// 1. no import cycles among app/, components/, lib/ and scripts/ (type imports count: a cycle of
//    types is still two modules that cannot be understood one without the other);
// 2. nothing in lib/ imports components/ (types included);
// 3. no component imports a query function from lib/queries/queries.ts: pages fetch, components
//    receive. Type imports are fine, so this rule reads the graph without them.
// Prints every violation and exits 1 if there is any.
import { readFileSync } from "node:fs";
import madge from "madge";

const ROOTS = ["app", "components", "lib", "scripts"];
const QUERIES = "lib/queries/queries.ts";

/** madge's reading of the import graph; `.obj()` is { file: [files it imports] }, paths from the repository root. */
const graph = ({ withTypes }) =>
  madge(ROOTS, {
    fileExtensions: ["ts", "tsx", "mjs"],
    excludeRegExp: [/^lib\/generated\//],
    tsConfig: "tsconfig.json",
    detectiveOptions: { ts: { skipTypeImports: !withTypes }, tsx: { skipTypeImports: !withTypes } },
  });

const withTypes = await graph({ withTypes: true });
const all = withTypes.obj();
const valuesOnly = (await graph({ withTypes: false })).obj();
// A check that reads no files would pass on anything.
if (Object.keys(all).length < 50) throw new Error(`madge found only ${Object.keys(all).length} files under ${ROOTS.join(", ")}`);

/** The names `file` imports as values from a module whose path ends in `module`, for the report. */
function valueNames(file, module) {
  const statements = readFileSync(file, "utf8").matchAll(/import\s+(?!type\s)\{([^}]*)\}\s+from\s+["']([^"']+)["']/g);
  return [...statements]
    .filter(([, , from]) => from.endsWith(module))
    .flatMap(([, names]) => names.split(",").map((n) => n.trim()).filter((n) => n && !n.startsWith("type ")));
}

const edges = (g, from, to) =>
  Object.entries(g).flatMap(([file, deps]) => (from(file) ? deps.filter(to).map((dep) => `${file} → ${dep}`) : []));
const problems = [
  ...withTypes.circular().map((cycle) => `import cycle: ${[...cycle, cycle[0]].join(" → ")}`),
  ...edges(all, (f) => f.startsWith("lib/"), (d) => d.startsWith("components/")).map((e) => `lib/ imports components/: ${e}`),
  ...edges(valuesOnly, (f) => f.startsWith("components/"), (d) => d === QUERIES).map(
    (e) => `component imports a query function: ${e} (${valueNames(e.split(" → ")[0], "queries/queries").join(", ")})`,
  ),
];

if (problems.length > 0) {
  console.error(`${problems.length} import rule violation(s):\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`imports: no cycles, lib/ never imports components/, no component imports a query function (${Object.keys(all).length} files)`);
