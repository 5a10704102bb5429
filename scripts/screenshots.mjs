// Takes full-page screenshots of pages at phone (390×844) and projector (1280×720) size, to look at.
// Usage: node scripts/screenshots.mjs http://localhost:3000 /out/dir / /sectors/economy ...
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base, outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["projector", { width: 1280, height: 720 }]]) {
  const page = await browser.newPage({ viewport });
  for (const p of paths) {
    await page.goto(base + p);
    const file = path.join(outDir, `${name}${p.replace(/[/#?]+/g, "_") || "_"}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
    console.log(file);
  }
  await page.close();
}
await browser.close();
