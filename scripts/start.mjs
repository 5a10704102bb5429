// `npm start`: serves the production site, the static export in out/, on $PORT (default 3000), with
// the headers, redirects and 404 page of deploy/serve.json (scripts/lib/staticServer.mjs says how).
// On a fresh clone it first prepares what is missing: the Prisma client, the database and the build.
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createStaticServer } from "./lib/staticServer.mjs";

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The benchmark serves its synthetic build from NEXT_DIST_DIR, with the configuration beside it
// (scripts/lib/staticSite.ts); it builds that itself.
const out = process.env.NEXT_DIST_DIR || "out";
const config = process.env.NEXT_DIST_DIR ? `${out}-deploy/serve.json` : "deploy/serve.json";
if (!process.env.NEXT_DIST_DIR) {
  if (!existsSync("lib/generated/prisma/client.ts")) run("node", ["scripts/prisma-generate.mjs"]);
  if (!existsSync("out/404.html") || !existsSync(config) || !existsSync("prisma/dashboard.db")) run("npm", ["run", "build"]);
}

const port = Number(process.env.PORT ?? 3000);
createStaticServer(out, JSON.parse(readFileSync(config, "utf8"))).listen(port, () =>
  console.log(`Serving on http://localhost:${port} (${out}/, with ${config})`),
);
