// The journalist's tools on the English indicator page: the same as the Chinese page's, in English.
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataset } from "./site";

const result = { dataset: e2eDataset() };
const { sources } = result.dataset;
const SOURCE_TITLE = sources[0].title_zh;
/** APA gives a title in another language with its English translation in square brackets. */
const APA_SOURCE_TITLE = sources[0].title_en ? `${SOURCE_TITLE} [${sources[0].title_en}]` : SOURCE_TITLE;

async function download(page: Page, name: string | RegExp): Promise<{ bytes: Buffer; filename: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), filename: file.suggestedFilename() };
}

test("the English CSV has English headers and translations beside the published digits", async ({ page }) => {
  await page.goto("/en/indicators/market-entities");
  const { bytes, filename } = await download(page, /CSV \(opens in Excel\)/);
  expect(filename).toBe("pingcheng-market-entities-en.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: Record<string, string>[] = parse(bytes.toString("utf8"), { bom: true, columns: true });
  expect(Object.keys(rows[0]).slice(0, 4)).toEqual(["Indicator (our translation)", "Indicator (Chinese)", "Indicator id", "Kind"]);
  expect(rows[1]).toMatchObject({
    Kind: "target", Year: "2035", "Figure (our translation)": "more than 200,000", Value: "200000", Unit: "户 (a count of households or registered businesses)",
    Status: "No starting figure", "Excerpt (Chinese original)": "市场主体突破20万户",
  });
  expect(rows[0].Page).toMatch(/\/en\/indicators\/market-entities#actual-2023$/);
});

test("the English chart downloads are drawn in English and cite the Chinese source", async ({ page }) => {
  await page.goto("/en/indicators/market-entities");
  const svg = await download(page, "SVG vector image");
  const text = svg.bytes.toString("utf8");
  expect(svg.filename).toBe("pingcheng-market-entities-en.svg");
  expect(text).toContain("Pingcheng District · Market entities");
  expect(text).toContain(`Source: ${sources[0].title_en} (《${SOURCE_TITLE}》)`);
  expect(text).toMatch(/\/en\/indicators\/market-entities/);
  expect(text).toContain("more than 200,000");
  const png = await download(page, "PNG image");
  expect(png.filename).toBe("pingcheng-market-entities-en.png");
  expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  const json = JSON.parse((await download(page, /^JSON$/)).bytes.toString("utf8"));
  expect(json.figures[0]).toMatchObject({ indicator_en: "Market entities", text_en: "22,845" });
});

test("the English citation panel gives APA first, then GB/T 7714, of the English page and of the source", async ({ page }) => {
  await page.goto("/en/indicators/market-entities");
  const cited = page.locator("#cite ~ dl [data-testid^=citation-]");
  await expect(cited.first()).toHaveAttribute("data-testid", "citation-apa");
  await expect(page.getByTestId("citation-apa")).toContainText("Pingcheng progress dashboard. (");
  await expect(page.getByTestId("citation-apa")).toContainText("/en/indicators/market-entities");
  await expect(page.getByTestId("citation-apa-source")).toHaveText(`${APA_SOURCE_TITLE}. (n.d.).`);
  await expect(page.getByTestId("citation-gbt")).toContainText("[EB/OL]");
  await expect(page.getByTestId("qr").locator("svg path").first()).toBeAttached();
});

test("the English page keeps the view in its address and opens its slide and its print footer", async ({ page }) => {
  await page.goto("/en/indicators/gdp?view=table,embed,interactive#target-2030");
  await expect(page.locator("#chart-table")).toHaveAttribute("open", "");
  // The table follows the English number rule (850亿元 is 85 billion yuan); the CSV and the API keep the published digits.
  await expect(page.locator("#chart-table th").filter({ hasText: /^Target$/ })).toHaveCount(1);
  await expect(page.locator("#chart-table td").filter({ hasText: /^about 85 billion yuan$/ })).toHaveCount(1);
  await expect(page.locator("#embed-code")).toHaveAttribute("open", "");
  await expect(page.locator("svg.recharts-surface[role=application]")).toBeVisible();
  await expect(page.locator("[data-print-footer]")).toContainText("/en/indicators/gdp");
  await page.locator("[data-present-link]").click();
  await expect(page).toHaveURL(/\/en\/present\/four-step-\d/);
});

test("the English page says where an earlier figure is not comparable, and has no empty chart section", async ({ page }) => {
  await page.goto("/en/indicators/market-entities");
  await expect(page.getByTestId("not-comparable")).toContainText("may be counted differently");
  await page.goto("/en/indicators/transformation");
  await expect(page.locator("section[aria-labelledby=chart]")).toHaveCount(0);
});

test("every page announces both languages with hreflang", async ({ page }) => {
  for (const [zh, en] of [["/", "/en"], ["/indicators/gdp", "/en/indicators/gdp"], ["/methodology", "/en/methodology"], ["/updates", "/en/updates"], ["/present/four-step-1", "/en/present/four-step-1"], ["/sources/pingcheng-2024", "/en/sources/pingcheng-2024"], ["/api", "/en/api"]])
    for (const url of [zh, en]) {
      await page.goto(url);
      const alternates = await page.locator("link[rel=alternate][hreflang]").evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])),
      );
      expect(alternates, url).toEqual({ "zh-CN": zh, en, "x-default": zh });
    }
});
