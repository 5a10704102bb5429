import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
    // Loader tests build real SQLite files; they are quick but must not race on one file.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
