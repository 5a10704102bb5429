// Every indicator's embed code, in both languages, as the built page offers it to newsrooms: parsed
// by the browser's own HTML parser, it is exactly one iframe, titled with the indicator's name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { englishOr, SITE_NAME } from "../../lib/i18n/language";
import { e2eDataset, E2E_SITE_DIR } from "./site";

const { indicators } = e2eDataset();

/** The embed code in a built indicator page: the value of its read-only textarea, entities decoded by the browser. */
function embedTextarea(lang: "zh" | "en", slug: string): string {
  const html = readFileSync(path.join(E2E_SITE_DIR, lang === "en" ? "en" : "", "indicators", `${slug}.html`), "utf8");
  const textarea = /<textarea[^>]*aria-label="(?:嵌入代码|Embed code)"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!textarea) throw new Error(`no embed code on ${lang} ${slug}`);
  return textarea[1];
}

test("every embed code parses as one iframe whose title is the indicator's name, in both languages", async ({ page }) => {
  await page.goto("/");
  const cases = indicators.flatMap((i) => (["zh", "en"] as const).map((lang) => ({
    lang, slug: i.slug, textarea: embedTextarea(lang, i.slug),
    title: lang === "en" ? `${englishOr(i.name_zh, i.name_en)} (${SITE_NAME.en})` : `${i.name_zh}（${SITE_NAME.zh}）`,
  })));
  // The textarea's HTML is decoded as the browser shows it, then the code is parsed as a page would parse it.
  const parsed = await page.evaluate((all) => all.map(({ textarea }) => {
    const code = new DOMParser().parseFromString(`<textarea>${textarea}</textarea>`, "text/html").querySelector("textarea")!.value;
    const doc = new DOMParser().parseFromString(code, "text/html");
    const frames = [...doc.querySelectorAll("iframe")];
    return { iframes: frames.length, title: frames[0]?.getAttribute("title") ?? null, attributes: frames[0]?.getAttributeNames() ?? [] };
  }), cases);
  const wrong = cases.flatMap((c, i) => {
    const p = parsed[i];
    const ok = p.iframes === 1 && p.title === c.title && p.attributes.join(",") === "src,title,width,height,style,loading";
    return ok ? [] : [`${c.lang} ${c.slug}: ${JSON.stringify(p)}`];
  });
  expect(wrong).toEqual([]);
  expect(cases.filter((c) => c.title.includes('"')).length).toBeGreaterThan(0); // names with quotes are among them
});
