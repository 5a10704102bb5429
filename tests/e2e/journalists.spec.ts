import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { excerptId } from "../../lib/source/sourceReader";
import { E2E_DATA_DIR, e2eDataset } from "./site";

// What a journalist needs from one indicator page: a link that keeps the view, the data and the
// chart as files, an embeddable view, link previews, and a way to check every figure in its source.
const result = { dataset: e2eDataset() };
const { figures, sources, indicators } = result.dataset;

const SOURCE_TITLE = sources[0].title_zh;
/** APA gives a title in another language with its English translation in square brackets. */
const APA_SOURCE_TITLE = sources[0].title_en ? `${SOURCE_TITLE} [${sources[0].title_en}]` : SOURCE_TITLE;
// The changelog's dates, oldest first, read from the file itself: the latest is the "数据更新于" of every page.
const UPDATE_DATES = (parse(readFileSync(path.join(E2E_DATA_DIR, "updates.csv")), { bom: true, columns: true }) as { date: string }[])
  .map((u) => u.date).sort();
/** 2026-11-05 → 2026年11月5日, written out here rather than with the site's formatter. */
const dateZh = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature and the chunk's name. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The body of a download started by clicking `name` on the page. */
async function download(page: Page, name: string | RegExp): Promise<{ bytes: Buffer; filename: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), filename: file.suggestedFilename() };
}

/** The path and query of a site address (built for SITE_URL), to fetch from the test server. */
const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

test.describe("a link keeps the view", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a copied link reopens the same view: data table and interactive chart, at the same anchor", async ({ page, context }) => {
    await page.goto("/indicators/retail-sales#target-2035");
    await page.waitForLoadState("networkidle");
    await page.getByText("查看图表数据表").click();
    await expect(page).toHaveURL(/\?view=table#target-2035$/);
    await page.getByRole("button", { name: /打开互动图表/ }).click();
    await expect(page.locator("svg.recharts-surface[role=application]")).toBeVisible();
    await page.getByText("获取嵌入代码（iframe）").click();
    await expect(page).toHaveURL(/\?view=table,interactive,embed#target-2035$/);
    await page.getByRole("button", { name: "复制本页链接" }).click();
    await expect(page.getByText("已复制")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/indicators\/retail-sales\?view=table,interactive,embed#target-2035$/);

    const reopened = await context.newPage();
    await reopened.goto(copied);
    await expect(reopened.locator("#chart-table")).toHaveAttribute("open", "");
    await expect(reopened.getByRole("cell", { name: "700亿元" })).toBeVisible();
    await expect(reopened.locator("svg.recharts-surface[role=application]")).toBeVisible();
    await expect(reopened.locator("#embed-code")).toHaveAttribute("open", "");
    // Closing a panel takes it out of the address again.
    await reopened.getByText("查看图表数据表").click();
    await expect(reopened).toHaveURL(/\?view=interactive,embed#target-2035$/);
  });

  test("without a view in the address the page opens plain", async ({ page }) => {
    await page.goto("/indicators/retail-sales");
    await page.waitForLoadState("networkidle");
    await expect(page.locator("#chart-table")).not.toHaveAttribute("open");
    await expect(page.locator("#embed-code")).not.toHaveAttribute("open");
    await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  });
});

test("the CSV download opens with its Chinese headers and values, and starts with a BOM", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  const { bytes, filename } = await download(page, /CSV（Excel/);
  expect(filename).toBe("pingcheng-market-entities.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: Record<string, string>[] = parse(bytes.toString("utf8"), { bom: true, columns: true });
  expect(Object.keys(rows[0]).slice(0, 5)).toEqual(["指标", "指标代码", "类型", "年份", "数字"]);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ 指标: "市场主体", 类型: "结果", 年份: "2023", 数字: "22845户", 数值: "22845", 单位: "户", 原文摘录: "市场主体22845户", 来源: SOURCE_TITLE });
  expect(rows[1]).toMatchObject({ 类型: "目标", 年份: "2035", 数字: "超过20万户", 比较方式: ">", 数值: "200000", 进展状态: "缺少起点数据", 原文摘录: "市场主体突破20万户" });
  expect(rows[1]["编者注"]).toContain("口径");
  expect(rows[0]["原文位置"]).toMatch(/\/sources\/pingcheng-2024#excerpt-\d+-\d+$/);
});

test("the whole dataset downloads as CSV (every figure) and JSON", async ({ request }) => {
  const csv = await request.get("/downloads/pingcheng-figures.csv");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parse(body.toString("utf8"), { bom: true, columns: true })).toHaveLength(figures.length);
  const json = await (await request.get("/downloads/pingcheng-dataset.json")).json();
  expect(json.indicators).toHaveLength(indicators.length);
  expect(json.sources[0]).toMatchObject({ title_zh: SOURCE_TITLE, publisher_zh: null, published: null });
});

test("the chart downloads are valid images that say what they show and where it came from", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  const png = await download(page, "PNG 图片");
  expect(png.filename).toBe("pingcheng-market-entities.png");
  expect(pngSize(png.bytes)).toEqual({ width: 960, height: 730 });

  const svg = await download(page, "SVG 矢量图");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
  }, svg.bytes.toString("utf8"));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.text).toContain(SOURCE_TITLE);
  expect(parsed.text).toMatch(/https?:\/\/[^\s]+\/indicators\/market-entities/);
  expect(parsed.text).toContain("单位：户");
  expect(parsed.text).toContain("22845户");
  expect(parsed.text).toContain("超过20万户");
});

test.describe("embedding", () => {
  // A newsroom's page on another origin: a second tiny server on the next port, on 127.0.0.1 where
  // the site is localhost (another port and host: another origin). A real server rather than
  // intercepted requests, because Chromium blocks a page of unknown address from framing a local one.
  test.describe.configure({ mode: "serial" });
  let newsroom: Server;
  let newsroomOrigin = "";
  let iframeSrc = "";
  test.beforeAll(async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port) + 1;
    newsroom = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><title>newsroom</title><iframe id="f" src="${iframeSrc}" width="600" height="460"></iframe>`);
    });
    await new Promise<void>((resolve) => newsroom.listen(port, "127.0.0.1", resolve));
    newsroomOrigin = `http://127.0.0.1:${port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => newsroom.close(() => resolve())));

  async function frameOnOtherOrigin(page: Page, src: string) {
    iframeSrc = src;
    await page.goto(`${newsroomOrigin}/story`);
    expect(new URL(page.url()).origin).not.toBe(new URL(src).origin);
  }

  test("the embed page loads inside another site's iframe, without the site's header, with a link back", async ({ page, baseURL }) => {
    await frameOnOtherOrigin(page, `${baseURL}/embed/indicators/market-entities`);
    const frame = page.frameLocator("#f");
    await expect(frame.getByTestId("embed-actual")).toHaveText("22845户");
    await expect(frame.getByRole("img", { name: /市场主体：2023年实际22845户/ })).toBeVisible();
    await expect(frame.getByTestId("embed-link-back")).toHaveAttribute("href", /\/indicators\/market-entities$/);
    await expect(frame.getByText("平城区发展目标进展", { exact: true })).toHaveCount(0);
  });

  test("the indicator page itself refuses to be framed", async ({ page, baseURL, request }) => {
    const response = await request.get("/indicators/market-entities");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await frameOnOtherOrigin(page, `${baseURL}/indicators/market-entities`);
    await page.waitForLoadState("load");
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect.poll(() => frame!.url()).not.toContain("/indicators/market-entities");
    await expect(page.frameLocator("#f").getByRole("heading", { level: 1 })).toHaveCount(0);
  });

  test("the embed dialog on the indicator page gives iframe code for the embed page", async ({ page }) => {
    await page.goto("/indicators/market-entities");
    await page.getByText("获取嵌入代码（iframe）").click();
    const code = await page.getByRole("textbox", { name: "嵌入代码" }).inputValue();
    expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/indicators\/market-entities" title="市场主体/);
  });
});

test.describe("link previews", () => {
  for (const pagePath of ["/indicators/market-entities", "/indicators/gdp", "/sectors/economy"])
    test(`${pagePath} has its own 1200×630 PNG card for Open Graph and Twitter, with Chinese title and description`, async ({ page, request }) => {
      await page.goto(pagePath);
      const meta = (selector: string) => page.locator(selector).getAttribute("content");
      expect(await meta('meta[property="og:title"]')).toMatch(/[\u4e00-\u9fff]/);
      expect(await meta('meta[property="og:description"]')).toMatch(/[\u4e00-\u9fff]/);
      expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
      for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        const url = (await meta(selector))!;
        expect(url).toContain(pagePath);
        const image: APIResponse = await request.get(local(url));
        expect(image.headers()["content-type"]).toBe("image/png");
        expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
      }
    });
});

test.describe("provenance", () => {
  for (const slug of ["market-entities", "signed-projects", "signed-projects-investment", "signed-projects-started", "gdp-rank", "new-urban-jobs"])
    test(`every excerpt link of /indicators/${slug} opens its highlighted excerpt in the source`, async ({ page }) => {
      await page.goto(`/indicators/${slug}`);
      const quotes = page.locator("blockquote");
      const count = await quotes.count();
      expect(count).toBe(figures.filter((f) => f.indicator === slug).length);
      const links: { href: string; excerpt: string }[] = [];
      for (let i = 0; i < count; i++) {
        const quote = quotes.nth(i);
        const excerpt = (await quote.locator("p").first().innerText()).replace(/^原文：\s*/, "");
        links.push({ href: (await quote.getByTestId("excerpt-link").getAttribute("href"))!, excerpt });
      }
      for (const { href, excerpt } of links) {
        await page.goto(href);
        const id = href.split("#")[1];
        const mark = page.locator(`[id="${id}"]`);
        await expect(mark).toBeAttached();
        expect(await mark.evaluate((el) => el.tagName)).toBe("MARK");
        // The anchor starts the excerpt: its text is the excerpt's beginning.
        expect(excerpt.startsWith(await mark.innerText())).toBe(true);
        await expect(mark).toBeInViewport();
        await expect(page.locator(`a[href^="/indicators/${slug}#"]`).first()).toBeAttached();
      }
    });

  test("the source page has a highlighted anchor for every figure's excerpt and names the unknowns", async ({ page }) => {
    await page.goto(`/sources/${sources[0].id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SOURCE_TITLE);
    await expect(page.getByText("原文未注明").first()).toBeVisible();
    const ids = new Set(await page.locator("mark[id]").evaluateAll((marks) => marks.map((m) => m.id)));
    const missing = figures.map((f) => excerptId(f.excerptStart, f.excerpt)).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});

test("the citation panel cites the page and the verbatim source, saying what the source does not", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  const gbt = page.getByTestId("citation-gbt");
  await expect(gbt).toContainText("平城区市场主体：2023年22845户；到2035年目标超过20万户[EB/OL]");
  await expect(gbt).toContainText("/indicators/market-entities.");
  await expect(page.getByTestId("citation-gbt-source")).toHaveText(`${SOURCE_TITLE}[EB/OL]. [出版者不详], [出版日期不详].`);
  await expect(page.getByTestId("citation-apa")).toContainText("Retrieved");
  await expect(page.getByTestId("citation-apa-source")).toHaveText(`${APA_SOURCE_TITLE}. (n.d.).`);
  await expect(page.getByTestId("qr").locator("svg path").first()).toBeAttached();
});

test("every page has a canonical link and says when its data were last updated", async ({ page }) => {
  for (const pagePath of ["/", "/indicators/gdp", "/sectors/economy", "/methodology", "/updates", "/api", "/sources/pingcheng-2024"]) {
    await page.goto(pagePath);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical && new URL(canonical).pathname, pagePath).toBe(pagePath);
    await expect(page.getByTestId("data-freshness"), pagePath).toContainText(`数据更新于${dateZh(UPDATE_DATES.at(-1)!)}`);
  }
  await page.goto("/updates");
  for (const date of UPDATE_DATES) await expect(page.getByTestId("updates")).toContainText(dateZh(date));
});

test("the open data API answers JSON to any origin, and the sitemap and robots.txt list the pages", async ({ request }) => {
  const indicatorsDoc = await request.get("/api/v1/indicators.json");
  expect(indicatorsDoc.headers()["access-control-allow-origin"]).toBe("*");
  expect((await indicatorsDoc.json()).indicators).toHaveLength(indicators.length);
  expect((await (await request.get("/api/v1/sectors")).json()).sectors).toHaveLength(result.dataset.sectors.length);
  expect((await (await request.get("/api/v1/figures")).json()).figures).toHaveLength(figures.length);
  const one = await (await request.get("/api/v1/indicators/market-entities")).json();
  expect(one.figures.map((f: { value: number }) => f.value)).toEqual([22845, 200000]);
  expect((await request.get("/api/v1/indicators/no-such-indicator")).status()).toBe(404);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/indicators/market-entities</loc>");
  expect(sitemap).toContain("/sources/pingcheng-2024</loc>");
  expect(sitemap).toContain("/en/indicators/market-entities</loc>");
  expect(sitemap).toContain("/en/sources/pingcheng-2024</loc>");
  // Both languages name each other (hreflang), on the Chinese and on the English entry.
  const entries = sitemap.split("<url>").filter((u) => /\/indicators\/market-entities<\/loc>/.test(u));
  expect(entries).toHaveLength(2);
  for (const entry of entries) {
    expect(entry).toMatch(/hreflang="zh-CN" href="https?:\/\/[^/"]+\/indicators\/market-entities"/);
    expect(entry).toMatch(/hreflang="en" href="[^"]*\/en\/indicators\/market-entities"/);
  }
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
