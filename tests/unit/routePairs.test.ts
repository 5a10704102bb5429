// One product in two languages: every route file under app/(zh) has a twin under app/(en)/en (the root
// layouts: app/(zh)/layout.tsx and app/(en)/layout.tsx) that differs only in the language it names.
// Words, bodies and metadata live in the page kind's component, so a section added to one language is
// in both. The test reads the files as text, swaps the language, and wants them identical.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const ZH = path.join(root, "app/(zh)");
const EN = path.join(root, "app/(en)/en");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The Chinese file as its English twin would be written: "zh" names the language, and nothing else does. */
const inEnglish = (zh: string) => zh.replaceAll('"zh"', '"en"');

const zhFiles = filesUnder(ZH).filter((f) => f !== "layout.tsx");
const pairs: [string, string][] = [
  ...zhFiles.map((f): [string, string] => [path.join(ZH, f), path.join(EN, f)]),
  [path.join(ZH, "layout.tsx"), path.join(root, "app/(en)/layout.tsx")],
];

describe("zh and en route files", () => {
  it("come in pairs: every route in one language is in the other", () => {
    const en = filesUnder(EN);
    expect(en).toEqual(zhFiles);
    expect(pairs.length).toBeGreaterThan(20);
    // Most pairs name their language: the swap below is exercised, not vacuous.
    expect(pairs.filter(([zh]) => readFileSync(zh, "utf8").includes('"zh"')).length).toBeGreaterThan(15);
  });

  it.each(pairs.map(([zh, en]) => [path.relative(root, zh), zh, en]))("%s differs from its twin only in the language", (_, zh, en) => {
    const zhText = readFileSync(zh, "utf8");
    expect(readFileSync(en, "utf8")).toBe(inEnglish(zhText));
  });

  it("English routes import nothing from the Chinese ones", () => {
    for (const f of filesUnder(EN)) expect(readFileSync(path.join(EN, f), "utf8"), f).not.toMatch(/app\/\(zh\)/);
    expect(readFileSync(path.join(root, "app/(en)/layout.tsx"), "utf8")).not.toMatch(/app\/\(zh\)/);
  });
});
