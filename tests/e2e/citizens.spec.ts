import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EVERY_KIND_IN_BOTH_LANGUAGES } from "./pageKinds";

// Issue 6: a citizen finds any figure, understands it, on any phone, in Chinese or English.

async function search(page: Page, path: string, query: string) {
  await page.goto(path);
  await page.locator("#search-input").fill(query);
  return page.getByTestId("search-results");
}

for (const [query, expected] of [
  ["市场主体", "市场主体"],
  ["sczt", "市场主体"],
  ["shichang zhuti", "市场主体"],
  ["market entities", "市场主体"],
  ["gdp", "地区生产总值"],
] as const)
  test(`search finds ${expected} by “${query}”, in the browser, with no request per keystroke`, async ({ page }) => {
    const results = await search(page, "/search", "");
    await page.waitForLoadState("networkidle");
    // Next prefetches the header's links in the background; what must not happen is a request
    // that carries the query (a server search), or a new document.
    const requests: string[] = [];
    page.on("request", (r) => requests.push(`${r.resourceType()} ${r.url()}`));
    await page.locator("#search-input").fill(query);
    await expect(results.getByRole("link").first()).toContainText(expected);
    expect(requests.filter((r) => r.startsWith("document") || r.includes(encodeURIComponent(query)) || r.includes(query))).toEqual([]);
  });

test("search in English shows English names and English links", async ({ page }) => {
  const results = await search(page, "/en/search", "sczt");
  await expect(results.getByRole("link").first()).toHaveText(/Market entities/i);
  await expect(results.getByRole("link").first()).toHaveAttribute("href", /^\/en\/indicators\/market-entities/);
});

test("the header's search form works before JavaScript and lands on instant results", async ({ page }) => {
  await page.goto("/sectors/economy");
  await page.locator("#site-search").fill("gdp");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=gdp/);
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("地区生产总值");
});

test("the language switch keeps the reader on the same page", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/indicators\/market-entities$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Market entities/i);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("actual-value")).toContainText("22,845");
  await page.getByRole("link", { name: "阅读本页中文版" }).click();
  await expect(page).toHaveURL(/\/indicators\/market-entities$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("市场主体");
});

// The language must be right in the HTML the server sends (screen readers, search engines, and
// readers without JavaScript see nothing else), not only after the page's script has run.
for (const [path, lang] of [
  ["/", "zh-CN"], ["/indicators/gdp", "zh-CN"], ["/present/start", "zh-CN"], ["/embed/indicators/gdp", "zh-CN"],
  ["/en", "en"], ["/en/indicators/gdp", "en"], ["/en/sectors/economy", "en"], ["/en/methodology", "en"], ["/en/sources/pingcheng-2024", "en"],
  ["/en/updates", "en"], ["/en/api", "en"], ["/en/present", "en"], ["/en/present/four-step-1", "en"], ["/en/embed/indicators/gdp", "en"],
] as const)
  test(`the served HTML of ${path} says <html lang="${lang}">`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect((await response.text()).match(/<html[^>]*\blang="([^"]*)"/)?.[1]).toBe(lang);
  });

test("an unknown address is a 404, never a 500, in either language", async ({ request }) => {
  for (const path of ["/no-such-page", "/en/no-such-page", "/en/indicators/no-such-indicator", "/en/sectors/no-such-sector"]) {
    const response = await request.get(path, { failOnStatusCode: false });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain("抱歉，您访问的页面不存在");
    expect(html, path).toContain('href="/en"');
  }
});

// Every page has its English counterpart, and the switch (the header's, or the deck's own link)
// leads to it and back.
for (const [path, heading] of [
  ["/sources/pingcheng-2024", "Pingcheng District: striving to write a new chapter of high-quality development"], // our English of the title, the Chinese under it
  ["/updates", "Data updates"],
  ["/api", "Open data and API"],
  ["/present/four-step-1", "Step 1: by the end of 2024"],
  ["/present/sector-economy", "Economic size and structure"],
] as const)
  test(`the language switch on ${path} leads to the same page in English and back`, async ({ page }) => {
    await page.goto(path);
    const zhHeading = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("link", { name: /^(English|Read this page in English)$/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.getByRole("link", { name: /^(中文|阅读本页中文版)$/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zhHeading!);
  });

test("the English source page keeps the document in Chinese and links its excerpts to English pages", async ({ page }) => {
  await page.goto("/en/indicators/signed-projects-investment");
  await page.getByRole("link", { name: "See it in the source (Chinese)" }).first().click();
  await expect(page).toHaveURL(/\/en\/sources\/pingcheng-2024#excerpt-/);
  const text = page.getByTestId("source-text");
  await expect(text).toHaveAttribute("lang", "zh-CN");
  await expect(text).toContainText("132.8亿元");
  await expect(text.getByRole("link", { name: "[Total investment of signed projects]" }).first()).toHaveAttribute("href", /^\/en\/indicators\/signed-projects-investment#/);
  await expect(page.locator("main")).toContainText("our own unofficial translation");
});

test("the English embed shows the figure in English, links back to the English page, and may be framed", async ({ page, request }) => {
  const response = await request.get("/en/embed/indicators/market-entities");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  await page.goto("/en/indicators/market-entities");
  await page.getByText("Get the embed code (iframe)").click();
  await expect(page.getByRole("textbox", { name: "Embed code" })).toHaveValue(/src="[^"]*\/en\/embed\/indicators\/market-entities"/);
  await page.getByRole("link", { name: "Preview the embed" }).click();
  await expect(page.getByTestId("embed-actual")).toHaveText("22,845");
  await expect(page.getByTestId("embed-link-back")).toHaveAttribute("href", /\/en\/indicators\/market-entities$/);
  await expect(page.locator("article")).toContainText("our unofficial translation");
});

test("the English deck keeps the published digits and its QR codes open English pages", async ({ page }) => {
  await page.goto("/en/present/four-step-4");
  await expect(page.locator("[data-figure]").first()).toBeVisible();
  await expect(page.locator("main, body")).toContainText(/more than 200,000\s*\(20万户\)/);
  await expect(page.getByRole("img", { name: /^QR code: opens the page .*\/en#four-step-4$/ })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/en\/present\/sector-economy$/);
});

test("the English pages move the decimal point exactly and mark the translation as ours", async ({ page }) => {
  await page.goto("/en/indicators/signed-projects-investment");
  await expect(page.getByTestId("actual-value")).toHaveText("13.28 billion yuan");
  await expect(page.locator("main")).not.toContainText(/hundred million|ten thousand/);
  await expect(page.locator("main")).toContainText("Our translation:");
  await expect(page.locator("main")).toContainText("Original (Chinese):");
  await page.goto("/en/indicators/market-entities");
  // The chart speaks English too: its labels and its text for screen readers.
  await expect(page.getByRole("img", { name: /^Market entities: 2023: result 22,845; 2035: target more than 200,000/i })).toBeVisible();
  await expect(page.locator("figure svg text").filter({ hasText: "more than 200,000" })).toHaveCount(1);
});

test("what we don't know yet lists every target without a result or a comparable baseline", async ({ page }) => {
  await page.goto("/unknowns");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("缺少的数据");
  await expect(page.locator("main")).toContainText("地区生产总值");
  await expect(page.locator("main")).toContainText("市场主体");
  // Deadlines as the source words them: 到2024年底 for step 1 and the tasks, 到2030年 for step 3.
  await expect(page.locator("main")).toContainText("到2030年850亿元左右");
  await expect(page.locator("main")).not.toContainText("到2030年底");
  await page.goto("/en/unknowns");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Missing data");
});

for (const { url, ready } of EVERY_KIND_IN_BOTH_LANGUAGES) {
  test(`axe finds no serious or critical violation on ${url}`, async ({ page }) => {
    // axe reads every node of a long page (the source, the API): on two busy cores that takes more than
    // the default 30 s.
    test.setTimeout(120_000);
    await page.goto(url);
    await ready(page);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });
  test(`${url} does not scroll sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
