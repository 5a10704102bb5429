import { describe, expect, it } from "vitest";
import { nameIn, otherLang, pathIn, textIn } from "@/lib/i18n/language";

describe("pathIn: the same page in the other language", () => {
  it.each([
    ["/", "/en", "/"],
    ["/en", "/en", "/"],
    ["/indicators/gdp", "/en/indicators/gdp", "/indicators/gdp"],
    ["/en/indicators/gdp", "/en/indicators/gdp", "/indicators/gdp"],
    ["/#step-1", "/en#step-1", "/#step-1"],
    ["/en#step-1", "/en#step-1", "/#step-1"],
    ["/en?x=1", "/en?x=1", "/?x=1"],
    ["/present/step-1", "/en/present/step-1", "/present/step-1"],
    ["/embed/indicators/gdp", "/en/embed/indicators/gdp", "/embed/indicators/gdp"],
    // Not the English prefix: a page whose name starts with "en".
    ["/energy", "/en/energy", "/energy"],
  ])("%s → %s in English, %s in Chinese", (path, en, zh) => {
    expect(pathIn("en", path)).toBe(en);
    expect(pathIn("zh", path)).toBe(zh);
  });
});

describe("textIn and nameIn: data held in both languages, in one", () => {
  it.each([
    ["zh", "市场主体", "market entities", "市场主体"],
    ["en", "市场主体", "market entities", "market entities"],
    // No English yet: the Chinese, marked, never an empty line.
    ["en", "市场主体", null, "市场主体 [not yet translated]"],
    ["zh", "市场主体", null, "市场主体"],
  ] as const)("%s, %s / %s → %s", (lang, zh, en, expected) => {
    expect(textIn(lang, zh, en)).toBe(expected);
    expect(nameIn(lang, { nameZh: zh, nameEn: en })).toBe(expected);
  });
});

describe("otherLang: what the language switch offers", () => {
  it("swaps the two languages", () => {
    expect(otherLang("zh")).toBe("en");
    expect(otherLang("en")).toBe("zh");
  });
});
