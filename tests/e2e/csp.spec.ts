import { expect, test, type Page } from "@playwright/test";
import { EVERY_KIND_IN_BOTH_LANGUAGES } from "./pageKinds";

// The strict Content-Security-Policy (no inline or eval'd script but the page's own, by hash) must
// not break anything a reader does: every page kind in both languages loads, and the interactive
// chart, copy and share, search and the deck's keys work, with no policy violation in the browser.

/** Collects every `securitypolicyviolation` the page reports, and Chromium's own console report of one. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`,
      );
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("no page kind, in either language, violates its policy", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  for (const { url, ready } of EVERY_KIND_IN_BOTH_LANGUAGES) {
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/no-such-page");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test.describe("in use", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the interactive chart, copy and client navigation", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/indicators/retail-sales?view=table");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: /打开互动图表/ }).click();
    await expect(page.locator("svg.recharts-surface[role=application]")).toBeVisible();
    await page.locator("svg.recharts-surface[role=application]").hover();
    await page.getByRole("button", { name: "复制本页链接" }).click();
    await expect(page.getByText("已复制")).toBeVisible();
    // A link followed inside the site loads the next page, whose policy must hold too.
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link").first().click();
    await page.waitForLoadState("networkidle");
    await page.goto("/en/indicators/retail-sales");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("search and the deck's keys", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/search");
    await page.locator("#search-input").fill("sczt");
    await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("市场主体");
    await page.goto("/en/search");
    await page.locator("#search-input").fill("gdp");
    await expect(page.getByTestId("search-results").getByRole("link").first()).toBeVisible();
    await page.goto("/present");
    await page.waitForLoadState("networkidle");
    for (const key of ["PageDown", "ArrowRight", "Space", "ArrowLeft", "End", "Home"]) await page.keyboard.press(key);
    await page.keyboard.press("f");
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
