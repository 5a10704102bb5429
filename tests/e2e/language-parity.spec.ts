// One product in two languages: for each page kind, the Chinese and the English page expose the same
// sections, anchors, tools and downloads. A section, anchor or tool added to one language's page and
// not the other's fails here.
import { expect, test, type Page } from "@playwright/test";
import { EVERY_KIND_IN_BOTH_LANGUAGES } from "./pageKinds";

/** What a page offers, written the same way in both languages (the /en prefix taken off addresses). */
async function shape(page: Page) {
  return page.evaluate(() => {
    const bare = (href: string) => {
      const url = new URL(href, location.href);
      if (url.origin !== location.origin) return url.href;
      const path = url.pathname.replace(/^\/en(?=\/|$)/, "") || "/";
      return path + url.hash;
    };
    const main = document.querySelector("main") ?? document.body;
    return {
      ids: [...main.querySelectorAll("[id]")].map((e) => e.id).sort(),
      testIds: [...main.querySelectorAll("[data-testid]")].map((e) => e.getAttribute("data-testid")).sort(),
      downloads: [...main.querySelectorAll("a[download]")].map((a) => bare((a as HTMLAnchorElement).href)).sort(),
      sections: main.querySelectorAll("section").length,
      buttons: main.querySelectorAll("button, summary").length,
      links: main.querySelectorAll("a").length,
      present: main.querySelectorAll("[data-present-link]").length,
      print: document.querySelectorAll("[data-print-footer]").length,
      internalLinks: [...main.querySelectorAll("a[href^='/']")]
        .map((a) => bare((a as HTMLAnchorElement).href))
        // A page's link to itself in the other language is the language switch, not content.
        .filter((href) => href !== bare(location.href))
        .sort(),
    };
  });
}

const zhKinds = EVERY_KIND_IN_BOTH_LANGUAGES.filter((k) => !k.url.startsWith("/en"));

for (const zh of zhKinds) {
  const en = EVERY_KIND_IN_BOTH_LANGUAGES.find((k) => k.url === (zh.url === "/" ? "/en" : `/en${zh.url}`))!;
  test(`${zh.url} and ${en.url} offer the same sections, anchors, tools and downloads`, async ({ page }) => {
    // Client leaves (the deck's full-screen button) show once hydrated: compare pages at rest.
    await page.goto(zh.url, { waitUntil: "networkidle" });
    await zh.ready(page);
    const zhShape = await shape(page);
    await page.goto(en.url, { waitUntil: "networkidle" });
    await en.ready(page);
    const enShape = await shape(page);
    expect(enShape).toEqual(zhShape);
    // Not vacuous: every page kind has something to compare.
    expect(zhShape.ids.length + zhShape.testIds.length + zhShape.links).toBeGreaterThan(0);
  });
}
