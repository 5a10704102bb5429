import { expect, test } from "@playwright/test";
import { formatFigure } from "../../lib/format/format";
import { publishedForm } from "../../lib/format/publishedForm";
import { e2eDataset } from "./site";

// The promise of the site: every figure of the source can be found on the site beside its subject,
// with the excerpt it came from. Checked against the data files, page by page.
const result = { dataset: e2eDataset() };
const { indicators, figures } = result.dataset;

for (const indicator of indicators) {
  const own = figures.filter((f) => f.indicator === indicator.slug);
  test(`/indicators/${indicator.slug} shows its ${own.length} figure(s) with their excerpts`, async ({ page }) => {
    await page.goto(`/indicators/${indicator.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(indicator.name_zh);
    const main = page.locator("main");
    for (const f of own) {
      await expect(main).toContainText(`原文：${f.excerpt}`);
      if (f.value !== null)
        await expect(main).toContainText(
          formatFigure({
            comparator: f.comparator, value: f.value, valueMax: f.value_max, unit: indicator.unit ?? "",
            published: publishedForm(f.excerpt, f.value, indicator.unit),
          }),
        );
    }
  });
}
