import { expect, test, type Page } from "@playwright/test";

// Issue 6: a chart is read on a 360 px phone. Its labels (years under the axis, figures beside
// the points) must not run into each other or off the chart, in Chinese and in English, on the
// indicator page and in the embed. Every indicator that has a chart is checked.

interface Box { text: string; x: number; y: number; width: number; height: number }

async function chartedSlugs(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const { indicators } = (await (await request.get("/api/v1/indicators.json")).json()) as { indicators: { slug: string }[] };
  const charted = await Promise.all(
    indicators.map(async ({ slug }) => ((await request.get(`/indicators/${slug}/chart.svg`, { failOnStatusCode: false })).ok() ? slug : null)),
  );
  return charted.filter((s): s is string => s !== null);
}

async function labelBoxes(page: Page): Promise<{ labels: Box[]; chart: Box }> {
  const svg = page.locator("figure svg").first();
  await expect(svg).toBeVisible();
  return svg.evaluate((el) => {
    const box = (r: DOMRect, text = "") => ({ text, x: r.x, y: r.y, width: r.width, height: r.height });
    return {
      labels: [...el.querySelectorAll("text")].map((t) => box(t.getBoundingClientRect(), t.textContent ?? "")),
      chart: box(el.getBoundingClientRect()),
    };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("chart labels neither collide nor leave the chart at 360 px, in both languages", async ({ page, request }) => {
  test.setTimeout(120_000);
  const slugs = await chartedSlugs(request);
  expect(slugs.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 360, height: 800 });
  const problems: string[] = [];
  for (const slug of slugs)
    for (const path of [`/indicators/${slug}`, `/en/indicators/${slug}`, `/embed/indicators/${slug}`, `/en/embed/indicators/${slug}`]) {
      await page.goto(path);
      const { labels, chart } = await labelBoxes(page);
      for (const [i, a] of labels.entries()) {
        if (a.x < chart.x - 0.5 || a.x + a.width > chart.x + chart.width + 0.5) problems.push(`${path}: “${a.text}” leaves the chart`);
        for (const b of labels.slice(i + 1)) if (overlap(a, b)) problems.push(`${path}: “${a.text}” runs into “${b.text}”`);
      }
    }
  expect(problems).toEqual([]);
});
