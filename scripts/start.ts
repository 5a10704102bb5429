// `npm start`: serves the production site, the static export in out/, on $PORT (default 3000), with
// sirv and the headers, redirects and 404 page of lib/http/ (scripts/lib/siteServer.ts says how).
// On a fresh clone it first prepares what is missing: the Prisma client, the database and the build.
// Run by Node with tsx's loader (`node --import tsx`), so that lib/http/ is read as it is written.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createSiteServer } from "./lib/siteServer";
import { outDir, siteRedirects } from "./lib/staticSite";

const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The benchmark serves its synthetic build from NEXT_DIST_DIR; it builds that itself.
if (!process.env.NEXT_DIST_DIR) {
  if (!existsSync("lib/generated/prisma/client.ts")) run("node", ["scripts/prisma-generate.mjs"]);
  if (!existsSync("out/404.html") || !existsSync("out/_headers") || !existsSync("prisma/dashboard.db")) run("npm", ["run", "build"]);
}

const out = outDir();
const port = Number(process.env.PORT ?? 3000);
// sirv lists out/ once, as nginx reads its configuration once: after a new build, start again.
createSiteServer(out, siteRedirects()).listen(port, () => console.log(`Serving on http://localhost:${port} (${path.relative(process.cwd(), out) || "."}/)`));
