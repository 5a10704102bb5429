import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eDataset } from "./site";

// The promise of the site: every figure of the source can be found on the site beside its subject,
// with the excerpt it came from. Checked against the data files, page by page. The figure as shown
// comes from tests/fixtures/figures-as-shown.csv, written once from the pages and checked by eye
// against the excerpts (132.8亿元 is 13.28 billion yuan), never from the formatter under test.
const { indicators, figures } = e2eDataset();
type Shown = { indicator: string; kind: string; year: string; lang: "zh" | "en"; text: string };
const shown: Shown[] = parse(fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "figures-as-shown.csv"), "utf8"), { columns: true });

for (const indicator of indicators) {
  const own = figures.filter((f) => f.indicator === indicator.slug);
  const numeric = own.filter((f) => f.value !== null);
  test(`/indicators/${indicator.slug} shows its ${own.length} figure(s) with their excerpts, in both languages`, async ({ page }) => {
    for (const lang of ["zh", "en"] as const) {
      const texts = shown.filter((s) => s.indicator === indicator.slug && s.lang === lang);
      // The fixture names each figure with a number once per language: a figure added to the frozen
      // data without its text as shown fails here rather than going unchecked.
      expect(texts.map((s) => `${s.kind} ${s.year}`).sort(), `${lang} rows of figures-as-shown.csv`).toEqual(numeric.map((f) => `${f.kind} ${f.year}`).sort());
      await page.goto(lang === "zh" ? `/indicators/${indicator.slug}` : `/en/indicators/${indicator.slug}`);
      const main = page.locator("main");
      if (lang === "zh") {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(indicator.name_zh);
        for (const f of own) await expect(main).toContainText(`原文：${f.excerpt}`);
      }
      for (const { text } of texts) await expect(main).toContainText(text);
    }
  });
}
