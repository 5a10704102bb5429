// scripts/check-imports.mjs is only worth its green if it goes red: a copy of the source gets one
// violation of each rule planted in it, and the check must fail naming every one of them; the clean
// copy must pass. (A copy, so the real tree is never touched.)
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "check-imports-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of what the check reads (not the generated client, which it leaves out), with `planted` files added. */
function copyOfSource(name: string, planted: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const entry of ["app", "components", "lib", "scripts", "tsconfig.json"]) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated${path.sep}`) });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  for (const [file, text] of Object.entries(planted)) writeFileSync(path.join(dir, file), text);
  return dir;
}

async function checkImports(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/check-imports.mjs"], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

// One violation per rule, each in a file of its own so the report must name that file.
const PLANTED = {
  "lib/model/plantedCycleA.ts": 'import type { B } from "./plantedCycleB";\nexport type A = { b?: B };\n',
  "lib/model/plantedCycleB.ts": 'import type { A } from "./plantedCycleA";\nexport type B = { a?: A };\n',
  "lib/links/plantedComponent.ts": 'import type { SiteFooterProps } from "../../components/SiteFooter";\nexport type P = SiteFooterProps;\n',
  "components/PlantedTypeImport.tsx": 'import type { StoredFigure } from "@/lib/queries/indicatorViews";\nexport type F = StoredFigure;\n',
  "components/PlantedQueryCall.tsx": 'import { listSectors } from "@/lib/queries/queries";\nexport const sectors = listSectors;\n',
  "lib/charts/plantedQuery.ts": 'import { getEdition } from "../queries/queries";\nexport const edition = getEdition;\n',
  "scripts/plantedStore.ts": 'import { prisma } from "../lib/queries/db";\nexport const store = prisma;\n',
  "lib/search/plantedClient.ts": 'import { PrismaClient } from "../generated/prisma/client";\nexport const Client = PrismaClient;\n',
  "lib/format/plantedDriver.ts": 'import Database from "better-sqlite3";\nexport const driver = Database;\n',
};

describe("scripts/check-imports.mjs", () => {
  it("passes on the source as it is", async () => {
    const { code, output } = await checkImports(copyOfSource("clean", {}));
    expect(output).toContain("imports: no cycles");
    expect(code).toBe(0);
  }, 120_000);

  it("fails on a planted violation of each rule, naming it", async () => {
    const { code, output } = await checkImports(copyOfSource("planted", PLANTED));
    expect(code).toBe(1);
    expect(output).toMatch(/import cycle: lib\/model\/plantedCycle[AB]\.ts → lib\/model\/plantedCycle[AB]\.ts/);
    expect(output).toContain("lib/ imports components/: lib/links/plantedComponent.ts → components/SiteFooter.tsx");
    expect(output).toContain("a component imports lib/queries/ (types live in lib/model/): components/PlantedTypeImport.tsx → lib/queries/indicatorViews.ts");
    expect(output).toContain("a component imports lib/queries/ (types live in lib/model/): components/PlantedQueryCall.tsx → lib/queries/queries.ts");
    expect(output).toContain("lib/ outside lib/queries/ imports lib/queries/ (types live in lib/model/): lib/charts/plantedQuery.ts → lib/queries/queries.ts");
    expect(output).toContain("only app/, lib/queries/ and lib/data/ may open the store: scripts/plantedStore.ts → ../lib/queries/db");
    expect(output).toContain("only app/, lib/queries/ and lib/data/ may open the store: lib/search/plantedClient.ts → ../generated/prisma/client");
    expect(output).toContain("only app/, lib/queries/ and lib/data/ may open the store: lib/format/plantedDriver.ts → better-sqlite3");
    // Nothing else: nine planted files make eight violations, the two halves of the cycle being one.
    expect(output).toContain("8 import rule violation(s)");
  }, 120_000);
});
