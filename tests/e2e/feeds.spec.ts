import { expect, test } from "@playwright/test";
import { e2eDataset } from "./site";

// The changelog's Atom feeds, as a feed reader finds and reads them on the production build: announced
// by the updates pages, served as Atom, one entry per line of data/updates.csv, newest first.
const result = { dataset: e2eDataset() };
const { updates } = result.dataset;

for (const [page, feed] of [["/updates", "/updates.xml"], ["/en/updates", "/en/updates.xml"]]) {
  test(`${page} announces ${feed}, which carries every update`, async ({ page: browser, request }) => {
    await browser.goto(page);
    const link = browser.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    expect(new URL((await link.getAttribute("href"))!, "http://x").pathname).toBe(feed);

    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    // The static servers type files by extension, so the feed goes out as XML (every feed reader reads
    // it by its root element); application/atom+xml would need a rule for two addresses in each server.
    expect(response.headers()["content-type"]).toMatch(/^application\/(atom\+)?xml/);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.match(/<entry>/g)).toHaveLength(updates.length);
    const newest = updates.at(-1)!;
    expect(xml).toContain(`<updated>${newest.date}T00:00:00.000Z</updated>`);
    // The English feed carries our English of a line, the Chinese feed the line as written.
    const summary = feed.startsWith("/en/") ? (newest.summary_en ?? `${newest.summary_zh} [not yet translated]`) : newest.summary_zh;
    expect(xml.indexOf(summary.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"))).toBeGreaterThan(-1);
  });
}
