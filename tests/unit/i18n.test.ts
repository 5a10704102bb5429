import { describe, expect, it } from "vitest";
import { pathIn } from "@/lib/i18n/language";

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
