// Chinese punctuation on every Chinese page (issue 20): quotation marks nested as ‘’ inside “”, never
// “ inside “; full-width brackets in Chinese text; no space between two Chinese characters. The
// source's own words, shown verbatim (an excerpt, the source reader), are left as published: they carry
// data-verbatim and are not checked, except what we add among them (data-ours); nor is a title in 《》.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_SITE_DIR } from "./site";

const site = path.join(process.cwd(), E2E_SITE_DIR);
const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const pages = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".html"))
  .map((e) => path.relative(site, path.join(e.parentPath, e.name)))
  .filter((f) => f !== "en.html" && !f.startsWith("en/") && !f.startsWith("_next/"));

/** Every place in `text` that breaks the rules, with a few characters around it. */
function problems(text: string): string[] {
  const found: string[] = [];
  const around = (i: number) => text.slice(Math.max(0, i - 12), i + 12).replace(/\s+/g, " ");
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "“") {
      if (depth > 0) found.push(`“ inside “: …${around(i)}…`);
      depth++;
    } else if (text[i] === "”") depth = Math.max(0, depth - 1);
  }
  for (const m of text.matchAll(new RegExp(`[${CJK}][()]|[()][${CJK}]`, "g"))) found.push(`half-width bracket: …${around(m.index)}…`);
  for (const m of text.matchAll(new RegExp(`[${CJK}] +[${CJK}]`, "g"))) found.push(`space between Chinese characters: …${around(m.index)}…`);
  return found;
}

test("every Chinese page nests quotation marks, uses full-width brackets and puts no space between Chinese characters", async ({ page }) => {
  test.setTimeout(300_000); // every Chinese page of the build, one after the other
  expect(pages.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  for (const file of pages) {
    await page.setContent(readFileSync(path.join(site, file), "utf8"), { waitUntil: "domcontentloaded" });
    const text = await page.evaluate(() => {
      const ours = [...document.querySelectorAll("[data-verbatim] [data-ours]")].map((e) => e.textContent).join("\n");
      document.querySelectorAll("script, style, template, [data-verbatim]").forEach((e) => e.remove());
      document.body.append(Object.assign(document.createElement("div"), { textContent: ours }));
      // Each block's text on its own line, so two blocks' words never run together.
      return [...document.body.querySelectorAll("*")].filter((e) => e.children.length === 0 || e.childNodes.length > e.children.length)
        .map((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("")).join("\n");
    });
    wrong.push(...problems(text.replace(/《[^》]*》/g, "《》")).map((p) => `${file}: ${p}`));
  }
  expect([...new Set(wrong)]).toEqual([]);
});

test("the checks themselves catch what they are for", () => {
  expect(problems("原文章节：““四步走”战略目标”")).toHaveLength(1);
  expect(problems("原文章节：“‘四步走’战略目标”")).toEqual([]);
  expect(problems("原有学校(15)所")).toHaveLength(2);
  expect(problems("原有学校（15）所")).toEqual([]);
  expect(problems("引用 本页")).toHaveLength(1);
  expect(problems("数据版本 21570e")).toEqual([]);
});
