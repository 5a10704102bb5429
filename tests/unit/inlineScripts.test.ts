import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withScriptPolicy } from "@/lib/http/inlineScripts";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
const PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><title>t</title>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  // A pre-paint script a layout might add, with Chinese in it.
  "<script>document.documentElement.dataset.size=localStorage.getItem('字号')||'';</script>",
  "</head><body><p>x</p>",
  '<script id="_R_">self.__next_f=self.__next_f||[]</script>',
  '<script type="application/ld+json">{"a":1}</script>',
  "</body></html>",
].join("");

describe("inlineScriptHashes", () => {
  it("hashes every inline script's exact text, and no script with a src", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha("document.documentElement.dataset.size=localStorage.getItem('字号')||'';"),
      sha("self.__next_f=self.__next_f||[]"),
      sha('{"a":1}'),
    ]);
  });

  it("an empty inline script has a hash too", () => {
    expect(inlineScriptHashes("<head></head><script></script>")).toEqual([sha("")]);
  });
});

describe("withScriptPolicy", () => {
  it("puts the policy right after the character set, before any script", () => {
    const html = withScriptPolicy(PAGE);
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(meta).toBeLessThan(html.indexOf("<script"));
    for (const hash of inlineScriptHashes(PAGE)) expect(html).toContain(`'sha256-${hash}'`);
    expect(html).not.toContain("unsafe-inline' 'sha");
  });

  it("run twice, replaces its policy rather than adding a second", () => {
    const twice = withScriptPolicy(withScriptPolicy(PAGE));
    expect(twice).toBe(withScriptPolicy(PAGE));
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it("a changed script gets a new hash", () => {
    const changed = PAGE.replace("self.__next_f||[]", "self.__next_f||[1]");
    expect(withScriptPolicy(changed)).toContain(sha("self.__next_f=self.__next_f||[1]"));
    expect(withScriptPolicy(changed)).not.toContain(sha("self.__next_f=self.__next_f||[]"));
  });

  it("refuses a page with no <head>, rather than leaving it without a policy", () => {
    expect(() => withScriptPolicy("<p>x</p><script>1</script>")).toThrow(/without <head>/);
  });
});
