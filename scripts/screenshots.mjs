// Takes screenshots of pages at phone (390×844) and projector (1280×720) size, to look at.
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
    const stem = path.join(outDir, `${name}${p.replace(/[/#?]+/g, "_") || "_"}`);
    // Long phone pages are cut into screen-sized parts (…-1.png, …-2.png) so each can be read.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const parts = Math.min(Math.ceil(height / viewport.height), 8);
    for (let i = 0; i < parts; i++) {
      const file = `${stem}-${i + 1}.png`;
      const clip = { x: 0, y: i * viewport.height, width: viewport.width, height: Math.min(viewport.height, height - i * viewport.height) };
      await page.screenshot({ path: file, fullPage: true, clip });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
