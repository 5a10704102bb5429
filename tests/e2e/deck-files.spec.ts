import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import JSZip from "jszip";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { e2eDataset, E2E_SITE_URL } from "./site";

// The deck and an indicator as PowerPoint files (issue 22), fetched from the served build and opened as
// what they are, zip files of XML. What each PowerPoint slide must hold comes from the browser deck
// (the same slide, its figures as shown) and from the frozen data (the excerpts, the figures' values).
const { figures } = e2eDataset();
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

const decode = (xml: string) =>
  xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
/** The text of a slide or notes part: its runs, entities decoded. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]));
const squash = (s: string) => s.replace(/\s+/g, "");

async function openPptx(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(PPTX);
  return JSZip.loadAsync(await response.body());
}

const read = (zip: JSZip, name: string) => {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing`);
  return file.async("string");
};

/** The parts a slide points to (charts, images), by type, as paths inside the zip. */
async function related(zip: JSZip, n: number, kind: "chart" | "image"): Promise<string[]> {
  const rels = await read(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
  // pptxgenjs writes chart targets from the package root (/ppt/charts/…) and images relative (../media/…).
  return [...rels.matchAll(/Type="[^"]*\/(chart|image)"[^>]*Target="([^"]+)"/g)]
    .filter((m) => m[1] === kind)
    .map((m) => (m[2].startsWith("/") ? m[2].slice(1) : `ppt/${m[2].replace(/^\.\.\//, "")}`));
}

/** The values a chart caches, series by series (an empty point is null). */
async function chartValues(zip: JSZip, part: string): Promise<(number | null)[][]> {
  const xml = await read(zip, part);
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) =>
    [...m[1].matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => (p[1] === "" ? null : Number(p[1]))),
  );
}

async function qrText(zip: JSZip, part: string): Promise<string | undefined> {
  const png = PNG.sync.read(Buffer.from(await zip.file(part)!.async("uint8array")));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Each slide of the browser deck (/present holds them all, for print): its figures as shown, its rows and its QR address. */
async function browserDeck(page: Page, path: string) {
  await page.goto(path);
  return page.locator("[data-slide]").evaluateAll((slides) =>
    slides.map((s) => ({
      slug: s.getAttribute("data-slide")!,
      figures: [...s.querySelectorAll("[data-figure]")].map((f) => f.textContent ?? ""),
      rows: [...s.querySelectorAll("[data-row]")].map((r) => r.getAttribute("data-row")!),
      statuses: s.querySelectorAll("[data-status]").length,
      qr: (s.querySelector("[role=img][aria-label]")?.getAttribute("aria-label") ?? "").split(" ").at(-1)!,
    })),
  );
}

/** The data's figures a row shows: `slug actual-2023` or `slug target-2030-2` (a second one of that year). */
const figuresOfRow = (row: string) => {
  const [slug, anchor] = row.split(" ");
  const [kind, year] = anchor.split("-");
  return figures.filter((f) => f.indicator === slug && f.kind === kind && String(f.year) === year);
};

for (const lang of ["zh", "en"] as const) {
  const prefix = lang === "en" ? "/en" : "";

  test(`the ${lang} deck as .pptx: a slide per deck slide with its figures, charts of the data, excerpts in the notes, its QR code`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const deck = await browserDeck(page, `${prefix}/present`);
    const zip = await openPptx(request, `${prefix}/present/pingcheng-deck.pptx`);
    const slideParts = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(deck.length).toBeGreaterThan(8);
    expect(slideParts).toHaveLength(deck.length);

    for (const [i, slide] of deck.entries()) {
      const n = i + 1;
      const where = `${lang} slide ${n} (${slide.slug})`;
      const shown = squash(runs(await read(zip, `ppt/slides/slide${n}.xml`)).join(""));
      for (const figure of slide.figures) expect(shown, where).toContain(squash(figure));

      const notes = runs(await read(zip, `ppt/notesSlides/notesSlide${n}.xml`)).join("\n");
      expect(notes.trim(), where).not.toBe("");
      const values = (await Promise.all((await related(zip, n, "chart")).map((c) => chartValues(zip, c)))).flat(2).filter((v) => v !== null);
      for (const row of slide.rows) {
        const data = figuresOfRow(row);
        expect(data.length, `${where}: ${row} is in the data`).toBeGreaterThan(0);
        // The excerpt verbatim, and in English our English too where we have it.
        expect(data.some((f) => notes.includes(f.excerpt)), `${where}: the excerpt of ${row} in the notes`).toBe(true);
        if (lang === "en") for (const f of data.filter((d) => d.excerpt_en)) expect(notes, where).toContain(f.excerpt_en);
        // A figure with a number is drawn in a chart of its slide, with the number as published.
        const numbers = data.map((f) => f.value).filter((v): v is number => v !== null && v !== undefined);
        if (numbers.length) expect(numbers.some((v) => values.includes(Number(v))), `${where}: ${row} in a chart`).toBe(true);
      }
      // Every value a chart holds is one of the data's figures of the indicators on the slide.
      const slugs = new Set(slide.rows.map((r) => r.split(" ")[0]));
      const allowed = new Set(figures.filter((f) => slugs.has(f.indicator) && f.value != null).map((f) => Number(f.value)));
      for (const v of values) expect(allowed.has(v), `${where}: chart value ${v}`).toBe(true);

      const [qr] = await related(zip, n, "image");
      expect(await qrText(zip, qr), where).toBe(slide.qr);
      expect(slide.qr.startsWith(E2E_SITE_URL), where).toBe(true);
    }
  });

  test(`every slide of the ${lang} deck but the first and last shows a figure or a target`, async ({ page }) => {
    const deck = await browserDeck(page, `${prefix}/present`);
    for (const slide of deck.slice(1, -1)) expect(slide.figures.length + slide.statuses, slide.slug).toBeGreaterThan(0);
  });

  test(`an indicator as a ${lang} .pptx slide: its figures, its chart, its excerpts, its QR code, linked from its page`, async ({ page, request }) => {
    // The indicator with the most numeric figures in the data: its chart has a series to check.
    const counts = new Map<string, number>();
    for (const f of figures) if (f.value != null) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1);
    const [slug] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const path = `${prefix}/indicators/${slug}/slide.pptx`;
    await page.goto(`${prefix}/indicators/${slug}`);
    const link = page.getByRole("link", { name: lang === "en" ? "Download slide (.pptx)" : "下载幻灯片 (.pptx)" });
    await expect(link).toHaveAttribute("href", path);

    const zip = await openPptx(request, path);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
    const notes = runs(await read(zip, "ppt/notesSlides/notesSlide1.xml")).join("\n");
    const own = figures.filter((f) => f.indicator === slug);
    for (const f of own) expect(notes).toContain(f.excerpt);
    const [chart] = await related(zip, 1, "chart");
    const values = (await chartValues(zip, chart)).flat().filter((v) => v !== null);
    const published = own.filter((f) => f.value != null).map((f) => Number(f.value));
    for (const v of values) expect(published).toContain(v);
    for (const f of own.filter((x) => x.kind === "actual" && x.value != null)) expect(values).toContain(Number(f.value));
    const [qr] = await related(zip, 1, "image");
    expect(await qrText(zip, qr)).toBe(`${E2E_SITE_URL}${prefix}/indicators/${slug}`);
  });
}

test("the deck's first slide and /present link to the .pptx in their language", async ({ page }) => {
  for (const prefix of ["", "/en"]) {
    for (const path of [`${prefix}/present`, `${prefix}/present/start`]) {
      await page.goto(path);
      await expect(page.locator("[data-deck-file]:visible")).toHaveAttribute("href", `${prefix}/present/pingcheng-deck.pptx`);
    }
  }
});
