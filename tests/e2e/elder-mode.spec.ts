import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EVERY_KIND_IN_BOTH_LANGUAGES } from "./pageKinds";
import { smallTargets } from "./tapTargets";

// Issue 16, 长辈模式 / "Larger text" (互联网网站适老化通用设计规范; GB/T 37668-2019): on one page of
// each kind with the site's header, in both languages, at 320, 390 and 1280 px: every text at
// least 24 px (18 pt) with line height at least 1.3, paragraphs spaced at least 1.3 times their line
// height, text contrast at least 7:1 (axe's color-contrast-enhanced), main controls at least 60×60
// px, one column, no sideways scrolling, a large pointer with a mouse. The deck (/present, already
// 24 px and 7:1) and embeds (sized by the site that frames them) have no header and no switch.

const SITE_PAGES = EVERY_KIND_IN_BOTH_LANGUAGES.filter(({ url }) => !/\/(present|embed)\//.test(url));
const WIDTHS = [320, 390, 1280];
const SWITCH = /^✓?\s*(长辈模式|Larger text)$/;
const isOn = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute("data-elder"));

/** Text smaller than 24 px or set tighter than 1.3: every visible element with text of its own in the header, main and footer. */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body > header *, #main *, body > footer *")) {
      if (el.closest("svg") || !el.checkVisibility({ visibilityProperty: true })) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const { width, height } = el.getBoundingClientRect();
      if (!own || width <= 1 || height <= 1) continue; // screen-reader-only text is not seen
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const ratio = parseFloat(style.lineHeight) / size; // NaN for "normal", which is not allowed either
      if (size < 24 || !(ratio >= 1.3)) out.push(`${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 30)}” ${style.fontSize}/${style.lineHeight}`);
    }
    return out;
  });
}

/** Paragraphs that follow one another closer than 1.3 times the first's line height. */
function crampedParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const p of document.querySelectorAll<HTMLElement>("#main p, body > footer p")) {
      const next = p.nextElementSibling;
      if (!(next instanceof HTMLParagraphElement) || !p.checkVisibility() || !next.checkVisibility()) continue;
      const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      if (gap + 0.5 < 1.3 * lineHeight) out.push(`“${p.textContent!.trim().slice(0, 30)}” gap ${gap.toFixed(1)} px, line ${lineHeight} px`);
    }
    return out;
  });
}

/** Grids in the page that still lay out more than one column. */
function multiColumnGrids(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("#main *, body > footer *")]
      .filter((el) => getComputedStyle(el).display === "grid" && el.checkVisibility())
      .filter((el) => getComputedStyle(el).gridTemplateColumns.trim().split(/\s+/).length > 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

for (const { url, ready } of SITE_PAGES)
  test(`长辈模式 on ${url}: 24 px text, 1.3 spacing, 7:1 contrast, 60 px controls, one column, at 320, 390 and 1280 px`, async ({ page }) => {
    test.setTimeout(120_000); // axe's contrast check on the whole source document takes ~10 s a width
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    const toggle = page.locator("body > header").getByRole("button", { name: SWITCH });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await isOn(page)).toBe(true);
    await page.reload(); // kept across visits, applied before the page is shown
    await ready(page);
    expect(await isOn(page)).toBe(true);

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 1000 ? 800 : 720 });
      expect(await smallText(page), `${url} at ${width} px: text under 24 px or line height under 1.3`).toEqual([]);
      expect(await crampedParagraphs(page), `${url} at ${width} px: paragraph spacing`).toEqual([]);
      expect(await smallTargets(page, 60), `${url} at ${width} px: controls under 60×60 px`).toEqual([]);
      expect(await multiColumnGrids(page), `${url} at ${width} px: more than one column`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`)), `${url} at ${width} px: contrast under 7:1`).toEqual([]);
      if (width === 1280) {
        // A mouse gets the large pointer; links and buttons the large hand.
        const cursors = await page.evaluate(() => [getComputedStyle(document.getElementById("main")!).cursor, getComputedStyle(document.querySelector("body > header a")!).cursor]);
        expect(cursors[0]).toContain("/cursors/arrow.svg");
        expect(cursors[1]).toContain("/cursors/hand.svg");
      }
    }
  });

test("the switch is remembered across pages and visits, applied before any script of the page runs, and turns off again", async ({ page, context }) => {
  await page.goto("/sectors/economy");
  const toggle = () => page.locator("body > header").getByRole("button", { name: SWITCH });
  const bodySize = () => page.evaluate(() => getComputedStyle(document.getElementById("main")!).fontSize);
  expect(await bodySize()).toBe("16px");
  await toggle().click();
  expect(await bodySize()).toBe("24px");

  // Navigation inside the site (client-side) and a fresh load of another page, in either language.
  await page.locator("body > header").getByRole("link", { name: "方法说明" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  expect(await isOn(page)).toBe(true);
  await page.goto("/en/indicators/gdp");
  expect(await bodySize()).toBe("24px");
  await expect(toggle()).toHaveAttribute("aria-pressed", "true");

  // With every script file of the site blocked, the page is still in the mode: the small inline
  // script in <head> set it before the body was parsed, so the reader never sees the small page first.
  const blocked = await context.newPage();
  await blocked.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  await blocked.goto("/indicators/gdp");
  expect(await blocked.evaluate(() => getComputedStyle(document.getElementById("main")!).fontSize)).toBe("24px");
  const html = await (await blocked.request.get("/indicators/gdp")).text();
  expect(html.indexOf("data-elder"), "the script comes before the page's body").toBeLessThan(html.indexOf("<body"));
  await blocked.close();

  await toggle().click();
  await expect(toggle()).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  expect(await isOn(page)).toBe(false);
  expect(await bodySize()).toBe("16px");
});

test("the reader's system settings are followed without the switch: more contrast, forced colours", async ({ page }) => {
  await page.emulateMedia({ contrast: "more" });
  await page.goto("/indicators/market-entities");
  expect(await isOn(page)).toBe(false);
  const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);

  await page.emulateMedia({ contrast: "no-preference", forcedColors: "active" });
  await page.locator("body > header").getByRole("button", { name: SWITCH }).click();
  // In forced colours the system chooses every colour: the switch's state shows as a tick and an outline.
  const pressed = await page.evaluate(() => {
    const b = document.querySelector<HTMLElement>(".elder-switch")!;
    return { outline: getComputedStyle(b).outlineStyle, tick: getComputedStyle(b.querySelector(".elder-switch-check")!).display !== "none" };
  });
  expect(pressed).toEqual({ outline: "solid", tick: true });
});
