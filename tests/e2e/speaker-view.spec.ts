import { expect, test, type Page } from "@playwright/test";
import { e2eDataset } from "./site";

// The speaker view (/present/speaker) in a second window of the same browser: it follows the audience
// window's slide, and its keys move the audience window, both ways, with no server in between.
const { figures } = e2eDataset();

/** Open a slide and wait until its keys listen (the full-screen button appears only then). */
async function openAudience(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("button", { name: /全屏|Full screen/ })).toBeVisible();
}

/** The speaker view, once its keys listen (the clock ticks only after hydration). */
async function openSpeaker(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("time")).toHaveText(/^\d\d:\d\d:\d\d$/);
}

const slideOf = (page: Page) => page.locator("[data-speaker-slide]").getAttribute("data-speaker-slide");

test("the speaker view follows the audience window, and moves it, with the clicker's keys", async ({ context }) => {
  const audience = await context.newPage();
  const speaker = await context.newPage();
  await openAudience(audience, "/present/start");
  await openSpeaker(speaker, "/present/speaker");
  // It asked where the audience window is, and shows that slide.
  await expect(speaker.locator("[data-speaker-slide]")).toHaveAttribute("data-speaker-slide", "start");

  // A key in the audience window moves the speaker view.
  await audience.keyboard.press("PageDown");
  await expect(audience).not.toHaveURL(/\/present\/start$/);
  const second = new URL(audience.url()).pathname.split("/").at(-1)!;
  await expect(speaker.locator("[data-speaker-slide]")).toHaveAttribute("data-speaker-slide", second);

  // A key in the speaker view moves the audience window.
  await speaker.keyboard.press("ArrowRight");
  const third = await slideOf(speaker);
  expect(third).not.toBe(second);
  await expect(audience).toHaveURL(new RegExp(`/present/${third}$`));
  await speaker.keyboard.press("End");
  await expect(audience).toHaveURL(/\/present\/end$/);
  await audience.keyboard.press("Home");
  await expect(speaker.locator("[data-speaker-slide]")).toHaveAttribute("data-speaker-slide", "start");
});

test("the English speaker view follows the English deck", async ({ context }) => {
  const audience = await context.newPage();
  const speaker = await context.newPage();
  await openAudience(audience, "/en/present/start");
  await openSpeaker(speaker, "/en/present/speaker");
  await audience.keyboard.press("ArrowRight");
  // The router moves after the key: read the address once it has.
  await expect(audience).not.toHaveURL(/\/en\/present\/start$/);
  const second = new URL(audience.url()).pathname.split("/").at(-1)!;
  await expect(speaker.locator("[data-speaker-slide]")).toHaveAttribute("data-speaker-slide", second);
  await speaker.keyboard.press("ArrowRight");
  await expect(audience).toHaveURL(new RegExp(`/en/present/${await slideOf(speaker)}$`));
});

test("the speaker view shows the slide, the next one, the notes with excerpts, and works offline once loaded", async ({ context }) => {
  const speaker = await context.newPage();
  await openSpeaker(speaker, "/present/speaker");
  await context.setOffline(true);
  const seen = new Set<string>();
  // Through the deck, offline: every slide with figures has notes holding their excerpts verbatim.
  for (let i = 0; i < 40; i++) {
    const slug = (await slideOf(speaker))!;
    if (seen.has(slug)) break;
    seen.add(slug);
    const notes = (await speaker.locator("[data-speaker-notes]").textContent()) ?? "";
    expect(notes.trim(), slug).not.toBe("");
    await speaker.keyboard.press("ArrowRight");
  }
  expect(seen.size).toBeGreaterThan(8);
  // The third slide (the first of targets) holds excerpts of the data, verbatim.
  await speaker.keyboard.press("Home");
  await speaker.keyboard.press("ArrowRight");
  await speaker.keyboard.press("ArrowRight");
  const notes = (await speaker.locator("[data-speaker-notes]").textContent()) ?? "";
  expect(figures.some((f) => notes.includes(f.excerpt))).toBe(true);
  await context.setOffline(false);
});

for (const [width, height] of [[390, 844], [1280, 720]]) {
  test(`at ${width}×${height} the speaker view fits the screen's width and the indicator page offers its slide`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const prefix of ["", "/en"]) {
      await openSpeaker(page, `${prefix}/present/speaker`);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/speaker${prefix.replace("/", "-")}-${width}.png`, fullPage: width < 600 });
      const slug = figures[0].indicator;
      await page.goto(`${prefix}/indicators/${slug}`);
      const link = page.getByRole("link", { name: prefix ? "Download slide (.pptx)" : "下载幻灯片 (.pptx)" });
      await link.scrollIntoViewIfNeeded();
      await expect(link).toBeVisible();
      await page.screenshot({ path: `test-results/slide-link${prefix.replace("/", "-")}-${width}.png` });
    }
  });
}
