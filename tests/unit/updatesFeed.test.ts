// The changelog's Atom feeds must be valid Atom (RFC 4287): the elements every feed and entry
// requires, exactly once, with permanent absolute ids and RFC 3339 dates. Read back with an XML parser.
import { xml2js, type Element } from "xml-js";
import { describe, expect, it } from "vitest";
import { updatesFeed } from "../../lib/feed/updatesFeed";

const UPDATES = [
  { date: new Date("2026-11-25T00:00:00Z"), summaryZh: "首次发布：收录全部数字。", summaryEn: "First release: every figure." },
  { date: new Date("2026-11-29T00:00:00Z"), summaryZh: "合成测试：收录虚构的2025年政府工作报告（<含尖括号与&符号>）。", summaryEn: null },
];

const children = (e: Element, name: string) => (e.elements ?? []).filter((c) => c.name === name);
const text = (e: Element) => (e.elements ?? []).map((c) => c.text ?? c.cdata ?? "").join("");
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe.each(["zh", "en"] as const)("updatesFeed(%s)", (lang) => {
  const xml = updatesFeed(lang, UPDATES);
  const feed = (xml2js(xml) as Element).elements!.find((e) => e.name === "feed")!;

  it("is an Atom feed with the required elements, once each", () => {
    expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated"]) expect(children(feed, name), name).toHaveLength(1);
    expect(text(children(feed, "updated")[0])).toMatch(RFC3339);
    expect(text(children(feed, "updated")[0])).toBe("2026-11-29T00:00:00.000Z");
    expect(children(feed, "author").length).toBeGreaterThan(0);
    const self = children(feed, "link").find((l) => l.attributes?.rel === "self");
    expect(self?.attributes?.href).toMatch(lang === "en" ? /\/en\/updates\.xml$/ : /[^n]\/updates\.xml$/);
  });

  it("has one entry per update, newest first, each with a permanent absolute id, a title, a date and the text", () => {
    const entries = children(feed, "entry");
    expect(entries).toHaveLength(UPDATES.length);
    const ids = entries.map((e) => text(children(e, "id")[0]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^https?:\/\/\S+$/);
    for (const e of entries) {
      for (const name of ["id", "title", "updated"]) expect(children(e, name), name).toHaveLength(1);
      expect(text(children(e, "updated")[0])).toMatch(RFC3339);
      expect(children(e, "content").length + children(e, "link").filter((l) => (l.attributes?.rel ?? "alternate") === "alternate").length).toBeGreaterThan(0);
    }
    expect(text(children(entries[0], "updated")[0])).toBe("2026-11-29T00:00:00.000Z");
    // The text arrives intact: content is type="html", so its markup characters are escaped. An entry
    // without English shows the Chinese, marked, on the English feed.
    const content = children(entries[0], "content")[0];
    expect(content.attributes?.type).toBe("html");
    const shown = (e: Element) => text(children(e, "content")[0]).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(shown(entries[0])).toBe(lang === "en" ? `${UPDATES[1].summaryZh} [not yet translated]` : UPDATES[1].summaryZh);
    expect(text(content)).not.toContain("<含");
    expect(shown(entries[1])).toBe(lang === "en" ? UPDATES[0].summaryEn : UPDATES[0].summaryZh);
  });

  it("gives the same ids for the same updates (a reader's feed app must not see them as new)", () => {
    expect(updatesFeed(lang, [...UPDATES].reverse())).toBe(xml);
  });
});
