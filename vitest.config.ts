import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests call the site's named queries as the prerender does (React's server build, where
      // server-only is its empty module); elsewhere it throws, which is its job in a client bundle.
      "server-only": path.resolve(import.meta.dirname, "node_modules", "server-only", "empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
    // Test files run in parallel: the loader tests build real SQLite files, each in a scratch folder
    // of its own (tests/data/helpers.ts scratchDir), never in prisma/dashboard.db, so they share none.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
