// Generates the Prisma client without network access.
// Every Prisma CLI command first tries to download its schema-engine binary, which these machines
// cannot reach; `generate` never runs that binary, and naming any existing file skips the download.
// See ../shared/notes/offline-stack.md.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
