import { expect, test, type Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };
const PROJECTOR = { width: 1280, height: 720 };

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the overview shows every plan of the data, the four steps as a timeline, their targets and statuses, and the 2023 headline results", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle(/平城区/);
  // The plans of plans.csv, the year's key tasks before the plan in steps.
  await expect(page.locator("section[id]").filter({ has: page.getByRole("heading", { level: 2 }) }).evaluateAll((s) => s.map((e) => e.id)))
    .resolves.toEqual(expect.arrayContaining(["tasks-2024", "four-step"]));
  const order = await page.locator("#tasks-2024, #four-step").evaluateAll((s) => s.map((e) => e.id));
  expect(order).toEqual(["tasks-2024", "four-step"]);
  const step3 = page.locator("#four-step-3");
  await expect(step3).toContainText("到2030年");
  await expect(step3).toContainText("地区生产总值");
  await expect(step3).toContainText("850亿元左右");
  await expect(step3).toContainText("前5位");
  const step4 = page.locator("#four-step-4");
  await expect(step4).toContainText("超过千亿元");
  await expect(step4).toContainText("超过20万户");
  // A 2024 target has passed its deadline with no published result, whatever day the suite runs.
  await expect(page.locator("#four-step-1 [data-status]").first()).toHaveText(/已到期，本站暂无结果/);
  const results = page.getByRole("region", { name: "2023年回顾中报告的数字" });
  await expect(results).toContainText("132.8亿元");
  await expect(results).toContainText("7709人");
  await expect(page.getByRole("region", { name: "2024年重点工作" })).toContainText("1–2家");
});

test("a sector page lists every indicator of the sector with its 2023 result", async ({ page }) => {
  await page.goto("/sectors/integration-investment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("融入京津冀与招商引资");
  const card = page.locator("#signed-projects");
  await expect(card).toContainText("66个");
  await expect(page.locator("#signed-projects-investment")).toContainText("132.8亿元");
  await expect(page.locator("#market-entities")).toContainText("22845户");
  await expect(page.locator("#market-entities")).toContainText("超过20万户");
});

test("an indicator page shows value, target, status, gauge, chart and the source excerpt, and measures no progress across definitions", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("市场主体");
  await expect(page.getByTestId("actual-value")).toHaveText("22845户");
  const target = page.locator("#target-2035");
  await expect(target.getByTestId("target-value")).toHaveText("超过20万户");
  await expect(target).toContainText("市场主体突破20万户");
  await expect(target).toContainText("口径");
  // The source's 2023 figure and the 2035 target may be counted differently (22845 is a ninth of
  // 200000), so no progress is measured from it: no share, no required growth.
  await expect(target.locator("[data-status]")).toHaveText(/缺少起点数据/);
  await expect(target).toContainText("口径可能不同");
  await expect(target.getByRole("img", { name: /无法计算完成比例/ })).toBeVisible();
  await expect(target).not.toContainText("需每年增长");
  await expect(page.getByRole("img", { name: /市场主体：2023年实际22845户；2035年目标超过20万户/ })).toBeVisible();
});

test("a target with no result on this site says so and estimates nothing", async ({ page }) => {
  await page.goto("/indicators/gdp");
  await expect(page.getByTestId("no-baseline")).toContainText("本站还没有这项指标的结果");
  await expect(page.locator("#target-2030").getByTestId("target-value")).toHaveText("850亿元左右");
  await expect(page.locator("#target-2030").locator("[data-status]")).toHaveText(/缺少起点数据|已到期/);
  await expect(page.locator("#target-2030")).toContainText("无法计算进度");
  await expect(page.getByText("2034年→2035年")).toHaveCount(0);
  await expect(page.getByText("2030年→2035年：每年3.3%")).toBeVisible();
});

test("the interactive chart loads Recharts only when asked", async ({ page }) => {
  await page.goto("/indicators/retail-sales");
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  const scriptsAfterLoad: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scriptsAfterLoad.push(r.url()));
  await page.getByRole("button", { name: /打开互动图表/ }).click();
  await expect(page.locator("svg.recharts-surface[role=application]")).toBeVisible();
  expect(scriptsAfterLoad.length).toBeGreaterThan(0);
});

for (const path of ["/indicators/no-such-indicator", "/sectors/no-such-sector", "/no/such/page", "/indicators/GDP"]) {
  test(`an unknown address ${path} is a 404 with a way back`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("抱歉，您访问的页面不存在");
    await expect(page.getByRole("link", { name: "返回总览" })).toBeVisible();
  });
}

test("a phone reader reaches any indicator from the overview in two taps", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await page.getByRole("link", { name: /民生福祉/ }).click();
  await expect(page).toHaveURL(/\/sectors\/livelihoods$/);
  await page.getByRole("link", { name: "城镇新增就业" }).click();
  await expect(page).toHaveURL(/\/indicators\//);
  await expect(page.getByTestId("actual-value")).toHaveText("7709人");
});

for (const [name, viewport] of [["phone", PHONE], ["projector", PROJECTOR]] as const)
  for (const path of ["/", "/sectors/economy", "/sectors/livelihoods", "/indicators/market-entities", "/indicators/retail-sales", "/methodology"])
    test(`${path} fits a ${name} (${viewport.width}×${viewport.height}) without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    });

test("a page view does not prefetch the pages the header, footer and breadcrumbs link to", async ({ page }) => {
  // Issue 7: on a phone on a slow network, every page view used to fetch the overview's and
  // /unknowns' data in the background (6 MB on the 100× synthetic data set).
  const prefetched: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc")) prefetched.push(url.pathname);
  });
  await page.setViewportSize(PHONE);
  for (const path of ["/indicators/market-entities", "/en/sectors/economy", "/sources/pingcheng-2024"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  const chrome = ["/", "/en", "/unknowns", "/en/unknowns", "/methodology", "/en/methodology", "/search", "/en/search", "/updates", "/api"];
  expect(prefetched.filter((p) => chrome.includes(p))).toEqual([]);
});
