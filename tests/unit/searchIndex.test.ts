// Search over the real data/: what a reader types, and what must come first.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatabase } from "../../lib/data/loadDatabase";
import { readDataset } from "../../lib/data/readDataset";
import { pinyinDistance, pinyinUnits } from "../../lib/search/pinyinDistance";
import { searchEntries } from "../../lib/search/searchEntries";
import type { SearchEntry } from "../../lib/search/searchIndex";
import { fixtureDataDir, rawRows, removeScratch, repoRoot, scratchDir } from "../data/helpers";

afterAll(removeScratch);

let index: SearchEntry[];
beforeAll(async () => {
  const result = readDataset(fixtureDataDir);
  if (!result.ok) throw new Error("tests/fixtures/data must be valid");
  // The index exactly as the build makes it: the frozen data loaded into a real SQLite file, read by
  // the site's own query (getSearchIndex), so no copy of the rows-to-views mapping lives here.
  const file = path.join(scratchDir("search-index"), "dashboard.db");
  await loadDatabase(result.dataset, file, new Date("2026-12-02T00:00:00Z"));
  process.env.DATABASE_FILE = file;
  const { getSearchIndex } = await import("../../lib/queries/queries");
  index = await getSearchIndex();
}, 60_000);

const urls = (query: string, limit = 10) => searchEntries(query, index, limit).map((e) => e.url);

describe("buildSearchIndex", () => {
  it("has one entry per sector, indicator and target, with pinyin and initials", () => {
    // Counted from the CSV files themselves, not through readDataset.
    const count = (kind: SearchEntry["kind"]) => index.filter((e) => e.kind === kind).length;
    expect({ sector: count("sector"), indicator: count("indicator"), target: count("target") }).toEqual({
      sector: rawRows(fixtureDataDir, "sectors.csv").length,
      indicator: rawRows(fixtureDataDir, "indicators.csv").length,
      target: rawRows(fixtureDataDir, "figures.csv").filter((f) => f.kind === "target").length,
    });
    expect(index.find((e) => e.url === "/indicators/market-entities")).toEqual({
      url: "/indicators/market-entities", kind: "indicator", zh: "市场主体", en: "Market entities",
      pinyin: "shi chang zhu ti", initials: "sczt",
    });
    expect(index.find((e) => e.url === "/indicators/gdp")?.initials).toBe("dqsczz gdp");
    expect(index.every((e) => /^[a-z]+( [a-z]+)*$/.test(e.pinyin))).toBe(true);
  });

  it("writes a target with its year and figure in both languages, the digits as published", () => {
    expect(index.find((e) => e.url === "/indicators/market-entities#target-2035")).toMatchObject({
      kind: "target", zh: "市场主体：到2035年目标 超过20万户", en: "Market entities: target by 2035, more than 200,000 (20万户)",
    });
    expect(index.find((e) => e.url === "/indicators/gdp#target-2030")?.en).toBe(
      "Gross domestic product (GDP): target by 2030, about 85 billion yuan (850亿元)");
    // A qualitative target is described by its excerpt.
    expect(index.find((e) => e.url === "/indicators/transformation#target-2024")?.en).toBe(
      "Progress of all-round transformation: target by the end of 2024, a breakthrough in transformation");
  });

  it("is small enough to send to the browser whole", () => {
    expect(JSON.stringify(index).length).toBeLessThan(60_000);
  });
});

describe("searchEntries", () => {
  // [query, the url that must come first]
  it.each<[string, string]>([
    ["市场", "/indicators/market-entities"],
    ["市场主体", "/indicators/market-entities"],
    ["sczt", "/indicators/market-entities"],
    ["SCZT", "/indicators/market-entities"],
    ["shichang", "/indicators/market-entities"],
    ["shichang zhuti", "/indicators/market-entities"],
    ["shichangzhuti", "/indicators/market-entities"],
    ["shangchang zhuti", "/indicators/market-entities"],
    ["shichnag zhuti", "/indicators/market-entities"],
    ["market entities", "/indicators/market-entities"],
    ["Market Entities", "/indicators/market-entities"],
    ["market", "/indicators/market-entities"],
    ["gdp", "/indicators/gdp"],
    ["GDP", "/indicators/gdp"],
    ["ＧＤＰ", "/indicators/gdp"],
    ["地区生产总值", "/indicators/gdp"],
    ["dqsczz", "/indicators/gdp"],
    ["diqu shengchan zongzhi", "/indicators/gdp"],
    ["gross domestic", "/indicators/gdp"],
    ["  空气质量  ", "/indicators/good-air-quality-days"],
    ["air quality", "/indicators/good-air-quality-days"],
    ["smes", "/indicators/tech-smes-registered"],
    ["四上企业", "/indicators/new-above-scale-enterprises"],
    ["party building", "/sectors/party-building"],
    ["dang de jianshe", "/sectors/party-building"],
  ])("%s → %s first", (query, first) => {
    expect(urls(query)[0]).toBe(first);
  });

  it("finds 市场主体 by its initials' start (sc), among others", () => {
    expect(urls("sc", 50)).toContain("/indicators/market-entities");
  });

  it.each(["", "   ", "\t"])("an empty query (%j) finds nothing", (query) => {
    expect(searchEntries(query, index)).toEqual([]);
  });

  it.each(["xyzxyzxyz", "qqqqqqqqqq", "火星"])("nonsense (%s) finds nothing", (query) => {
    expect(searchEntries(query, index)).toEqual([]);
  });

  it("puts the exact name first, then names that start with it, then its targets", () => {
    const found = urls("地区生产总值");
    expect(found[0]).toBe("/indicators/gdp");
    // 地区生产总值排位 starts with the query; the GDP targets too, but an indicator comes before targets.
    expect(found[1]).toBe("/indicators/gdp-rank");
    expect(found.slice(2, 4)).toEqual(["/indicators/gdp#target-2030", "/indicators/gdp#target-2035"]);
  });

  it("puts an exact English name before a name that only contains its words", () => {
    const found = urls("gdp");
    expect(found.indexOf("/indicators/gdp")).toBeLessThan(found.indexOf("/indicators/gdp-rank"));
    expect(found).toContain("/indicators/services-share");
  });

  it("finds a target by its name and year, each term matching", () => {
    expect(urls("市场主体 2035")).toEqual(["/indicators/market-entities#target-2035"]);
    expect(urls("gdp 2030")[0]).toBe("/indicators/gdp#target-2030");
    expect(urls("2035", 50)).toContain("/indicators/market-entities#target-2035");
  });

  it("returns at most `limit` entries", () => {
    expect(urls("企业", 3)).toHaveLength(3);
  });

  it("forgives a typo only in a long pinyin query (8 letters or more)", () => {
    expect(urls("shichnag")).toContain("/indicators/market-entities");
    // 7 letters: too short to guess from.
    expect(urls("sichang")).not.toContain("/indicators/market-entities");
  });
});

describe("pinyinDistance", () => {
  it.each<[string, string[]]>([
    ["shichangzhuti", ["sh", "i", "ch", "ang", "zh", "u", "t", "i"]],
    ["shangchang", ["sh", "ang", "ch", "ang"]],
    ["diqu", ["d", "i", "q", "u"]],
    ["er", ["er"]],
    ["xiang", ["x", "iang"]],
    ["lv", ["l", "v"]],
    ["zzz", ["z", "z", "z"]],
  ])("pinyinUnits(%s) → %j", (letters, units) => {
    expect(pinyinUnits(letters)).toEqual(units);
  });

  it.each<[string, string, number]>([
    ["shichangzhuti", "shi chang zhu ti", 0],
    ["shichang", "shi chang zhu ti", 0],
    ["zhuti", "shi chang zhu ti", 0],
    // a whole final wrong (shi → shang) is one edit, though three letters differ
    ["shangchangzhuti", "shi chang zhu ti", 1],
    // two letters swapped is one edit
    ["shichnagzhuti", "shi chang zhu ti", 1],
    ["shichangzuti", "shi chang zhu ti", 1],
    ["diqushengchanzongzhi", "di qu sheng chan zong zhi", 0],
    ["diqushengcanzongzi", "di qu sheng chan zong zhi", 2],
  ])("%s ~ %s: %d", (query, pinyin, distance) => {
    expect(pinyinDistance(query, pinyin)).toBe(distance);
  });

  it("is large for an unrelated name", () => {
    expect(pinyinDistance("kongqizhiliang", "shi chang zhu ti")).toBeGreaterThan(5);
  });
});

describe("lib/search/searchEntries.ts runs in the browser", () => {
  // It may import only modules that import nothing from npm: pinyin-pro's dictionary stays on the server.
  function imports(file: string): string[] {
    const source = fs.readFileSync(file, "utf8");
    return [...source.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gm)].map((m) => m[1]);
  }

  it("imports no package, directly or through lib/", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of imports(file)) {
        expect(spec, `${path.relative(repoRoot, file)} imports ${spec}`).toMatch(/^\.\.?\//);
        visit(path.resolve(path.dirname(file), `${spec}.ts`));
      }
    };
    visit(path.join(repoRoot, "lib", "search", "searchEntries.ts"));
    expect([...seen].map((f) => path.relative(repoRoot, f)).sort()).toEqual(["lib/search/pinyinDistance.ts", "lib/search/searchEntries.ts"]);
  });
});
