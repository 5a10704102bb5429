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

const port = process.env.PORT ?? "3000";
console.log(`Serving on http://localhost:${port}`);
run("npx", ["--no-install", "next", "start", "--port", port]);
