// The real site, built from data/ into out/ (npm test builds it before the browser tests, which run on
// the frozen data): what must hold whatever the editor adds. Every indicator, sector, source and plan
// has its pages in both languages, and every figure's excerpt is on its indicator page, verbatim.
// Read from the files themselves, as any server would send them. And the two kinds of build: a local
// preview (no SITE_URL) says so on every page; a public one (the browser tests') never names localhost.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readDataset } from "../../lib/data/readDataset";
import { e2eDataset, E2E_SITE_DIR } from "./site";

const out = path.join(process.cwd(), "out");
const result = readDataset(path.join(process.cwd(), "data"));
if (!result.ok) throw new Error("data/ is invalid: run npm run data:check");
const { indicators, sectors, sources, figures, plans } = result.dataset;

/** A page's HTML with the entities React writes turned back into characters. */
function html(page: string): string {
  return readFileSync(path.join(out, `${page}.html`), "utf8")
    .replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test("every indicator, sector, source and plan has its pages in both languages, and the deck its slides", () => {
  const pages = [
    "index", "en", "methodology", "en/methodology", "updates", "en/updates", "unknowns", "en/unknowns", "404",
    ...indicators.flatMap((i) => [`indicators/${i.slug}`, `en/indicators/${i.slug}`, `embed/indicators/${i.slug}`, `en/embed/indicators/${i.slug}`]),
    ...sectors.flatMap((s) => [`sectors/${s.slug}`, `en/sectors/${s.slug}`, `present/sector-${s.slug}`]),
    ...sources.flatMap((s) => [`sources/${s.id}`, `en/sources/${s.id}`]),
    ...plans.flatMap((p) => [`present/${p.id}`, `en/present/${p.id}`]),
  ];
  expect(pages.filter((p) => !existsSync(path.join(out, `${p}.html`)))).toEqual([]);
  // Every indicator has its data as files (charts only where there is something to chart).
  const files = indicators.flatMap((i) => ["data.csv", "data.json"].map((f) => `indicators/${i.slug}/${f}`));
  expect(files.filter((f) => !existsSync(path.join(out, f)))).toEqual([]);
});

test("every figure's excerpt is on its indicator page in both languages, and every plan on the overview", () => {
  const missing = figures.flatMap((f) =>
    [`indicators/${f.indicator}`, `en/indicators/${f.indicator}`].filter((page) => !html(page).includes(f.excerpt)).map((page) => `${page}: ${f.excerpt}`));
  expect(missing).toEqual([]);
  const [zh, en] = [html("index"), html("en")];
  expect(plans.filter((p) => !zh.includes(`id="${p.id}"`) || !zh.includes(p.name_zh) || !en.includes(`id="${p.id}"`)).map((p) => p.id)).toEqual([]);
});

/** Every file of a built site, by its path inside it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

test("a build without SITE_URL is a local preview, and every page of it says so", () => {
  // npm test builds the real site without SITE_URL, as `npm start` on a new machine does.
  const pages = files(out).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.filter((f) => !readFileSync(path.join(out, f), "utf8").includes("data-preview"))).toEqual([]);
});

test("the preview's line is seen on a page, a slide and a shared slide on a phone, above everything", async ({ page }) => {
  // The files of out/ as a server sends them, at an address of our own (no server needed).
  await page.route("http://preview.test/**", (route) => {
    const p = new URL(route.request().url()).pathname;
    const file = path.join(out, p === "/" ? "index.html" : path.extname(p) ? p : `${p}.html`);
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: "" });
  });
  const hidden: string[] = [];
  for (const [width, height] of [[1280, 720], [390, 844]]) {
    await page.setViewportSize({ width, height });
    for (const p of ["/", "/present", "/en/present/four-step"]) {
      await page.goto(`http://preview.test${p}`);
      const line = page.locator("[data-preview]");
      const seen = await line.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.height > 0 && r.bottom <= window.innerHeight && !!top && el.contains(top);
      });
      if (!seen) hidden.push(`${p} at ${width}px`);
    }
  }
  expect(hidden).toEqual([]);
});

test("a build with SITE_URL names no localhost anywhere, and says nothing of a preview", () => {
  const site = path.join(process.cwd(), E2E_SITE_DIR);
  // The pages, payloads, downloads, feeds and API records; Next's own framework code (_next/) is not ours.
  const text = files(site).filter((f) => !f.startsWith("_next/") && (/\.(html|txt|json|csv|xml|svg|webmanifest)$/.test(f) || !path.extname(f)));
  expect(text.length).toBeGreaterThan(100);
  expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(path.join(site, f), "utf8")))).toEqual([]);
  expect(text.filter((f) => f.endsWith(".html") && readFileSync(path.join(site, f), "utf8").includes("data-preview"))).toEqual([]);
});

test("no page names a publisher the data do not hold, or says the source was published by anyone", () => {
  // data/sources.csv leaves publisher_zh empty where the document does not say who published it; then
  // no page may say who did (as the deck's first slide once did: 每个数字都摘自平城区公开发布的文章).
  const site = path.join(process.cwd(), E2E_SITE_DIR);
  const unnamed = e2eDataset().sources.filter((s) => s.publisher_zh === null);
  expect(unnamed.length).toBeGreaterThan(0);
  const claims = /published by|issued by|由[^。，]{1,12}发布|[区市省]政府发布|平城区(?:公开)?发布|发布的文章/;
  const pages = files(site).filter((f) => f.endsWith(".html"));
  const text = (f: string) => readFileSync(path.join(site, f), "utf8").replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
  expect(pages.flatMap((f) => (claims.exec(text(f)) ?? []).map((m) => `${f}: ${m}`))).toEqual([]);
  // Each source page says the publisher is not stated, rather than naming one.
  for (const s of unnamed) expect(text(`sources/${s.id}.html`)).toMatch(/发布单位\s*原文未注明/);
});
