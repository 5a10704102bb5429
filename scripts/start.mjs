// `npm start`: serves the production site on $PORT (default 3000).
// On a fresh clone it first prepares what is missing: the database and the production build.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync("lib/generated/prisma/client.ts")) run("node", ["scripts/prisma-generate.mjs"]);
if (!existsSync(".next/BUILD_ID") || !existsSync("prisma/dashboard.db")) run("npm", ["run", "build"]);

// scripts/serve.ts: Next's production server with a fast path for prerendered pages (see there why).
run("npx", ["--no-install", "tsx", "scripts/serve.ts"]);
