import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { ROWS_PER_SLIDE } from "../../lib/deck/deck";
import { e2eDataset, E2E_SITE_URL } from "./site";

// The projector deck at /present, driven the way officials drive it: a clicker or a keyboard, on a
// projector of 1024×768, 1280×720 or 1920×1080. The expected slides come from the data files.
const result = { dataset: e2eDataset() };
const { sectors, figures, plans } = result.dataset;

/** A slide per ROWS_PER_SLIDE targets: `slug`, `slug-2`, … */
const slidesOf = (slug: string, targets: number, page: string) =>
  Array.from({ length: Math.ceil(targets / ROWS_PER_SLIDE) }, (_, i) => ({ slug: i ? `${slug}-${i + 1}` : slug, page }));
const targetsOf = (plan: string, step: number | null) => figures.filter((f) => f.plan === plan && f.step === step).length;
// Each plan's slides, the newest year's key tasks first, then the plans in steps (each with a slide per
// step that has targets), then earlier years' tasks.
const tasks = plans.filter((p) => p.kind === "tasks").sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
const planSlides = [...tasks.slice(0, 1), ...plans.filter((p) => p.kind === "steps"), ...tasks.slice(1)].flatMap((plan) =>
  plan.kind === "tasks"
    ? slidesOf(plan.id, targetsOf(plan.id, null), `/#${plan.id}`)
    : [
        { slug: plan.id, page: `/#${plan.id}` },
        ...[...new Set(figures.filter((f) => f.plan === plan.id).map((f) => f.step as number))].sort((a, b) => a - b)
          .flatMap((step) => slidesOf(`${plan.id}-${step}`, targetsOf(plan.id, step), `/#${plan.id}-${step}`)),
      ],
);
const SLIDES = [
  { slug: "start", page: "/" },
  ...planSlides,
  ...[...sectors].sort((a, b) => a.order - b.order).map((s) => ({ slug: `sector-${s.slug}`, page: `/sectors/${s.slug}` })),
  { slug: "end", page: "/" },
];
const SITE = E2E_SITE_URL;
const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const MIN_FONT_PX = 24;
const MIN_CONTRAST = 7;

// /present also holds the other slides, for print only.
const counter = (page: Page) => page.locator("[data-slide-counter] [aria-hidden]:visible");

/** Open a slide and wait until its keys listen (the full-screen button appears only then). */
async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("button", { name: /全屏/ })).toBeVisible();
}

async function expectSlide(page: Page, index: number) {
  await expect(page).toHaveURL(new RegExp(`/present/${SLIDES[index].slug}$`));
  await expect(counter(page)).toHaveText(`${index + 1} / ${SLIDES.length}`);
}

test("the deck has the slides the data calls for, each with its own title", async ({ page }) => {
  expect(SLIDES.length).toBeGreaterThan(8);
  for (const [i, slide] of SLIDES.entries()) {
    const response = await page.goto(`/present/${slide.slug}`);
    expect(response?.status(), slide.slug).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`（演示 ${i + 1}/${SLIDES.length}）`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto("/present");
  await expect(counter(page)).toHaveText(`1 / ${SLIDES.length}`);
  await expect(page.locator("[data-slide]:visible")).toHaveAttribute("data-slide", SLIDES[0].slug);
});

test("a clicker or keyboard drives the deck from first to last slide and back", async ({ page }) => {
  await openDeck(page, "/present");
  await expect(counter(page)).toHaveText(`1 / ${SLIDES.length}`);
  // A clicker sends PageDown; keyboards send arrows and Space. Take turns with all three.
  const forward = ["PageDown", "ArrowRight", "Space"];
  for (let i = 1; i < SLIDES.length; i++) {
    await page.keyboard.press(forward[i % forward.length]);
    await expectSlide(page, i);
  }
  await page.keyboard.press("PageDown"); // past the end: stays
  await expectSlide(page, SLIDES.length - 1);
  await expect(page.getByRole("link", { name: /下一张/ })).toHaveCount(0);

  await page.keyboard.press("PageUp");
  await expectSlide(page, SLIDES.length - 2);
  await page.keyboard.press("ArrowLeft");
  await expectSlide(page, SLIDES.length - 3);
  await page.keyboard.press("Shift+Space");
  await expectSlide(page, SLIDES.length - 4);
  await page.keyboard.press("Home");
  await expectSlide(page, 0);
  await page.keyboard.press("PageUp"); // before the start: stays
  await expectSlide(page, 0);
  await page.keyboard.press("End");
  await expectSlide(page, SLIDES.length - 1);
});

test("F enters full screen, which lasts across slides, and Esc leaves it", async ({ page }) => {
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await openDeck(page, `/present/${SLIDES[1].slug}`);
  await page.keyboard.press("f");
  await expect.poll(fullScreen).toBe(true);
  await page.keyboard.press("PageDown");
  await expectSlide(page, 2);
  expect(await fullScreen()).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(fullScreen).toBe(false);
  await page.getByRole("link", { name: "返回网站" }).click();
  await expect(page).toHaveURL((url) => url.pathname + url.hash === SLIDES[2].page);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("plain links turn the slides, reachable from the keyboard", async ({ page }) => {
    await page.goto("/present/start");
    await page.getByRole("link", { name: /下一张/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/present/${SLIDES[1].slug}$`));
    await page.getByRole("link", { name: /上一张/ }).click();
    await expect(page).toHaveURL(/\/present\/start$/);
    await expect(page.getByRole("button", { name: /全屏/ })).toHaveCount(0);
  });
});

/** Everything a projector check needs, measured in the page. */
function measure() {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const deck = document.querySelector(".deck") as HTMLElement;
  const problems: string[] = [];
  const name = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 20)}”`;
  const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  if (document.documentElement.scrollWidth > vw || document.documentElement.scrollHeight > vh) problems.push("the page scrolls");
  if (deck.scrollWidth > deck.clientWidth || deck.scrollHeight > deck.clientHeight) problems.push("the slide scrolls");
  const texts: { size: number; figure: boolean }[] = [];
  for (const el of deck.querySelectorAll("*")) {
    if (!el.checkVisibility() || el.closest(".sr-only")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < -0.5 || rect.top < -0.5 || rect.right > vw + 0.5 || rect.bottom > vh + 0.5) problems.push(`${name(el)} is cut off`);
    const style = getComputedStyle(el);
    if (style.display !== "inline" && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`${name(el)} overflows its box`);
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!ownText) continue;
    const size = parseFloat(style.fontSize);
    if (size < 24) problems.push(`${name(el)} is ${size}px`);
    const [fg, bg] = [luminance(rgba(style.color)), luminance(background(el))];
    const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (contrast < 7) problems.push(`${name(el)} has contrast ${contrast.toFixed(2)}`);
    texts.push({ size, figure: el.closest("[data-figure]") !== null });
  }
  const figureSizes = texts.filter((t) => t.figure).map((t) => t.size);
  const otherSizes = texts.filter((t) => !t.figure).map((t) => t.size);
  if (figureSizes.length && Math.min(...figureSizes) <= Math.max(...otherSizes)) problems.push("a figure is not the largest type");
  return problems;
}

for (const viewport of PROJECTORS)
  for (const slide of SLIDES)
    test(`/present/${slide.slug} fits ${viewport.width}×${viewport.height}: no scrolling or clipping, type ≥ ${MIN_FONT_PX}px, contrast ≥ ${MIN_CONTRAST}:1`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/present/${slide.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(measure)).toEqual([]);
    });

for (const slide of SLIDES)
  test(`/present/${slide.slug} has a QR code that opens ${slide.page}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/present/${slide.slug}`);
    const qr = page.getByRole("img", { name: /二维码/ });
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(SITE + slide.page);
  });

test("an unknown slide is a 404", async ({ page }) => {
  for (const slug of ["999", "FOUR-STEP-1", "step-1", "sector-no-such-sector"]) {
    const response = await page.goto(`/present/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
});

for (const [from, slide, shows] of [
  ["/indicators/gdp", "four-step-3", "850亿元左右"], // targets in steps 3 and 4: the earliest
  ["/indicators/market-entities", "four-step-4", "超过20万户"],
  ["/indicators/signed-projects-investment", "sector-integration-investment", "132.8亿元"], // no target: its sector
  ["/indicators/model-villages", "tasks-2024-2", "6个"], // a 2024 task, on the second slide of that year's tasks
  ["/indicators/good-air-quality-days", "sector-governance", "300天"],
  ["/sectors/livelihoods", "sector-livelihoods", "7709人"],
] as const)
  test(`the 演示 link on ${from} opens /present/${slide}`, async ({ page }) => {
    await page.goto(from);
    await page.getByRole("link", { name: /演示/ }).click();
    await expect(page).toHaveURL(new RegExp(`/present/${slide}$`));
    await expect(page.locator(`[data-slide="${slide}"]`)).toContainText(shows);
  });

test("printed, an indicator page keeps its chart and table and drops the navigation", async ({ page }) => {
  await page.goto("/indicators/market-entities");
  const offPaper = ['nav[aria-label="主导航"]', 'nav[aria-label="当前位置"]', "[data-present-link]"]
    .map((s) => page.locator(s))
    .concat(page.locator("button", { hasText: "互动图表" }));
  const footer = page.locator("[data-print-footer]");
  for (const hidden of offPaper) await expect(hidden).toBeVisible();
  await expect(footer).toBeHidden();

  await page.emulateMedia({ media: "print" });
  for (const hidden of offPaper) await expect(hidden).toBeHidden();
  await expect(page.getByRole("img", { name: /市场主体：2023年实际22845户/ })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`${SITE}/indicators/market-entities`);
  await expect(footer).toContainText(/状态计算日期\d{4}年\d+月\d+日/);
});

test("printed, /present is the whole deck, one slide per A4 page", async ({ page }) => {
  await page.goto("/present");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-slide]")).toHaveCount(SLIDES.length);
  for (const slide of await page.locator("[data-slide]").all()) await expect(slide).toBeVisible();
  await expect(page.locator(".deck nav")).toHaveCount(SLIDES.length);
  for (const nav of await page.locator(".deck nav").all()) await expect(nav).toBeHidden();
  await expect(page.locator("[data-print-footer]").first()).toContainText(SITE);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(SLIDES.length);
});
