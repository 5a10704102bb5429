import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
    // Test files run in parallel: the loader tests build real SQLite files, each in a scratch folder
    // of its own (tests/data/helpers.ts scratchDir), never in prisma/dashboard.db, so they share none.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
