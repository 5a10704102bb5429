// The built site's footer shows exactly the site particulars site.csv of its data configures (issue 16),
// on real pages in both languages and on the 404 page. Every particular of a full sample
// configuration is checked on the real footer component by tests/unit/siteFooter.test.ts.
import { expect, test } from "@playwright/test";
import { e2eDataset } from "./site";

const ALL = ["sponsor", "contact", "site_code", "icp", "police", "organ_mark", "error_report"] as const;

test("the built site's footer shows exactly what data/site.csv configures, in both languages", async ({ page }) => {
  // The particulars of the data folder the site was built from (DATA_DIR: the frozen copy's site.csv).
  const p = e2eDataset().site;
  const configured = ALL.filter((name) => (name === "organ_mark" ? p.organ_mark_image : name === "error_report" ? p.error_report_url : p[name]));
  for (const url of ["/", "/indicators/market-entities", "/en", "/en/methodology", "/no/such/page"]) {
    await page.goto(url);
    const footer = page.locator("body > footer");
    const shown = await footer.locator("[data-particular]").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.particular));
    expect(shown, url).toEqual(configured);
    // With nothing configured, nothing in the footer claims who runs the site.
    if (configured.length === 0) await expect(footer).not.toContainText(/主办单位|ICP备|公网安备|网站标识码|找错|Run by/);
  }
});
