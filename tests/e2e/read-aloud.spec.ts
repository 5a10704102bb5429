import { expect, test, type Page } from "@playwright/test";

// Issue 16: 朗读 / read aloud, with the browser's own speech synthesis, on the overview, sector and
// indicator pages, in the page's language, offered only where the browser has a voice for it.

const PAGES = ["/", "/sectors/livelihoods", "/indicators/market-entities"];
const BUTTON = /朗读本页|Read this page aloud/;

/**
 * A browser whose voices are `langs`, arriving as Chromium's do: none when the page loads, then all at
 * once with voiceschanged, here when the test calls deliverVoices (no waiting on the real browser,
 * which on this machine has no voices at all).
 */
async function withVoices(page: Page, langs: string[]) {
  await page.addInitScript((langs) => {
    let voices: SpeechSynthesisVoice[] = [];
    speechSynthesis.getVoices = () => voices;
    (window as unknown as { deliverVoices: () => void }).deliverVoices = () => {
      voices = langs.map((lang) => ({ name: `Test ${lang}`, lang, localService: true, default: false, voiceURI: `test-${lang}` }) as SpeechSynthesisVoice);
      speechSynthesis.dispatchEvent(new Event("voiceschanged"));
    };
  }, langs);
}

for (const langs of [[], ["zh-CN"], ["en-GB"], ["zh_TW", "en-US"]])
  test(`the button is offered exactly where the browser has a voice for the page's language (voices: ${langs.join(", ") || "none"})`, async ({ page }) => {
    await withVoices(page, langs);
    for (const lang of ["zh", "en"] as const)
      for (const path of PAGES) {
        const url = lang === "en" ? `/en${path === "/" ? "" : path}` : path;
        await page.goto(url);
        // Before any voice has arrived, nothing is offered.
        await expect(page.getByRole("button", { name: BUTTON })).toHaveCount(0);
        await page.evaluate(() => (window as unknown as { deliverVoices: () => void }).deliverVoices());
        const has = langs.some((v) => v.toLowerCase().startsWith(lang));
        await expect(page.getByRole("button", { name: BUTTON }), `${url}: voices ${langs.join(", ")}`).toHaveCount(has ? 1 : 0);
      }
  });

/**
 * A browser that reports one Chinese voice and records what it is asked to say instead of saying it
 * (this machine's Chromium has no voices; the speaking itself is the browser's).
 */
async function withChineseVoice(page: Page) {
  await page.addInitScript(() => {
    const voice = { name: "Test Mandarin", lang: "zh-CN", localService: true, default: true, voiceURI: "test-zh" } as SpeechSynthesisVoice;
    const said: { text: string; lang: string; voice?: string }[] = ((window as unknown as { said: unknown }).said = []) as never;
    speechSynthesis.getVoices = () => [voice];
    // The browser accepts only its own voice objects on an utterance; this one is the test's.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", {
      configurable: true,
      set(this: { chosen: unknown }, v: unknown) { this.chosen = v; },
      get(this: { chosen: unknown }) { return this.chosen; },
    });
    speechSynthesis.speak = (u) => void said.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
  });
}

test("with a Chinese voice, an indicator page reads its figure, target, status and excerpt in Chinese, and nothing of its tools", async ({ page }) => {
  await withChineseVoice(page);
  await page.goto("/indicators/market-entities");
  const button = page.getByRole("button", { name: "朗读本页" });
  await button.click();
  await expect(page.getByRole("button", { name: "停止朗读" })).toBeVisible();
  const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string; voice: string }[] }).said);
  expect(new Set(said.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(["zh-CN Test Mandarin"]));
  const text = said.map((s) => s.text).join("");
  for (const part of ["市场主体", "22845户", "超过20万户", "缺少起点数据", "市场主体突破20万户"]) expect(text).toContain(part);
  for (const tool of ["复制本页链接", "下载", "嵌入代码", "搜索指标"]) expect(text).not.toContain(tool);
  await page.getByRole("button", { name: "停止朗读" }).click();
  await expect(button).toBeVisible();
});

test("with only a Chinese voice, the English pages offer no reading and the Chinese overview and sector pages do", async ({ page }) => {
  await withChineseVoice(page);
  for (const path of PAGES) {
    await page.goto(`/en${path === "/" ? "" : path}`);
    await expect(page.getByRole("button", { name: BUTTON })).toHaveCount(0);
    await page.goto(path);
    await expect(page.getByRole("button", { name: "朗读本页" })).toBeVisible();
  }
});
