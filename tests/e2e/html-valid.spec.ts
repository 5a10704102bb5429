import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { EVERY_KIND_IN_BOTH_LANGUAGES } from "./pageKinds";

// The Nu HTML Checker (npm vnu-jar, the W3C validator's engine) on one page of every kind in both
// languages, every slide of the deck (their bodies differ) and the 404 page, as the production server
// sends them. It needs Java; scripts/test.sh installs Debian's default-jre-headless when it is missing.
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

const NOT_FOUND = "/no-such-page";

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

test("every page kind, in both languages, is valid HTML: no errors from the Nu HTML Checker", async ({ request }) => {
  // The pages are fetched first, then checked in one Java run.
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  try {
    const deck = await (await request.get("/present")).text();
    const slides = [...new Set([...deck.matchAll(/href="\/present\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
    expect(slides.length, "the deck's slides, from the links of /present").toBeGreaterThan(5);
    const urls = [...new Set([
      ...EVERY_KIND_IN_BOTH_LANGUAGES.map((kind) => kind.url),
      ...slides.flatMap((slide) => [`/present/${slide}`, `/en/present/${slide}`]),
      NOT_FOUND,
    ])];

    const pageOf = new Map<string, string>();
    for (const [i, url] of urls.entries()) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(url === NOT_FOUND ? 404 : 200);
      const html = await response.text();
      expect(html, url).toMatch(/^<!DOCTYPE html>/i);
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      pageOf.set(file, url);
    }

    // vnu exits 1 when it reports an error, so its report is read rather than its exit code.
    const run = spawnSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", "--stdout", ...pageOf.keys()], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, "Java is needed for the Nu HTML Checker (apt-get install default-jre-headless)").toBeUndefined();
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    const where = (m: VnuMessage) => (m.url ? pageOf.get(fileURLToPath(m.url)) ?? m.url : "?");
    expect(messages.map((m) => `${where(m)}: ${m.type}: ${m.message} «${m.extract?.trim() ?? ""}»`)).toEqual([]);
    expect(pageOf.size).toBe(urls.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
