// The data against its contract (data/README.md). Most checks read the CSVs with csv-parse directly
// instead of trusting readDataset, so a bug in the validator cannot hide a bad row. What must always
// hold is checked on the real data/ (which an editor changes) and on the frozen copy under
// tests/fixtures/data; exact values, counts and names only on the frozen copy
// (tests/fixtures/data.expected.json), so the editor's workflow never breaks this file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset, translationProblems } from "../../lib/data/readDataset";
import { findNumbers, occurrences, sameNumber } from "../../lib/format/sourceNumbers";
import { UNITS, unitScale, type Unit } from "../../lib/format/units";
import { fixtureDataDir, rawRows, realDataDir, repoRoot } from "./helpers";

/** The rows of a data folder, read without lib/data. */
function folder(dir: string) {
  const sources = rawRows(dir, "sources.csv");
  const indicators = rawRows(dir, "indicators.csv");
  const figures = rawRows(dir, "figures.csv");
  const sourceText = new Map(sources.map((s) => [s.id, fs.readFileSync(path.join(dir, s.file), "utf8")]));
  return {
    sources, indicators, figures, sourceText,
    sectors: rawRows(dir, "sectors.csv"),
    notFigures: rawRows(dir, "not-figures.csv"),
    allText: [...sourceText.values()].join("\n"),
    unitOf: new Map(indicators.map((i) => [i.slug, (i.unit || null) as Unit | null])),
    numeric: figures.filter((f) => f.value !== ""),
  };
}
const label = (f: Record<string, string>) => `${f.indicator} ${f.kind} ${f.year}: ${f.excerpt}`;

const SEED_FILE = path.join("seed", "000_45756bba61a6cf9f.txt");
const seedCandidates = [...new Set(["/work/shared", path.join(repoRoot, "..", "shared")].map((dir) => path.join(dir, SEED_FILE)))];
const seed = seedCandidates.find((file) => fs.existsSync(file));
if (!seed) console.warn(`Skipping the seed comparison: no shared seed document at ${seedCandidates.join(" or ")}.`);

describe.each([
  ["the real data/", realDataDir],
  ["the frozen copy", fixtureDataDir],
])("%s", (_name, dir) => {
  const { sources, sectors, indicators, figures, notFigures, sourceText, allText, unitOf, numeric } = folder(dir);

  it("passes readDataset with no errors", () => {
    const result = readDataset(dir);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("every figure excerpt occurs verbatim in its source", () => {
    const missing = figures.filter((f) => !sourceText.get(f.source)?.includes(f.excerpt)).map(label);
    expect(missing).toEqual([]);
  });

  it("every not-figure excerpt occurs verbatim in its source", () => {
    expect(notFigures.filter((n) => !sourceText.get(n.source)?.includes(n.excerpt)).map((n) => n.excerpt)).toEqual([]);
  });

  it("every figure's value (and value_max) is a number written in its excerpt", () => {
    const wrong: string[] = [];
    for (const f of numeric) {
      const written = findNumbers(f.excerpt).map((t) => t.absolute);
      for (const v of [f.value, f.value_max].filter(Boolean))
        if (!written.some((n) => sameNumber(n, Number(v) * unitScale(unitOf.get(f.indicator) ?? null)))) wrong.push(`${v} ← ${label(f)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("every sector heading_zh and indicator group_zh is a heading of the source: verbatim at the start of a line", () => {
    // An empty heading would pass a plain "occurs in the text" check, and so would any phrase of a sentence.
    // A heading's list marker (一、 （四） 1.) is not part of its words.
    const lineStarts = allText.split("\n").map((l) => l.trimStart().replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.．、])\s*/, ""));
    const headings = [...sectors.map((s) => [s.slug, s.heading_zh]), ...indicators.map((i) => [i.slug, i.group_zh])];
    const isHeading = (h: string) => h.trim() !== "" && lineStarts.some((l) => l.startsWith(h));
    expect(headings.filter(([, h]) => !isHeading(h)).map(([slug, h]) => `${slug}: ${h}`)).toEqual([]);
  });

  it.each([
    ["sources.csv", sources, "id"],
    ["sectors.csv", sectors, "slug"],
    ["indicators.csv", indicators, "slug"],
  ] as const)("%s: every %s is a valid slug and unique", (_file, rows, key) => {
    const slugs = rows.map((r) => r[key]);
    expect(slugs.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s))).toEqual([]);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it("every indicator's unit is one of UNITS (or empty), and an empty unit has only qualitative figures", () => {
    expect(indicators.filter((i) => i.unit !== "" && !(UNITS as readonly string[]).includes(i.unit)).map((i) => `${i.slug}: ${i.unit}`)).toEqual([]);
    expect(numeric.filter((f) => unitOf.get(f.indicator) === null).map(label)).toEqual([]);
  });

  it("every figure names a known indicator and source, and every indicator has a figure", () => {
    expect(figures.filter((f) => !unitOf.has(f.indicator) || !sourceText.has(f.source)).map(label)).toEqual([]);
    const used = new Set(figures.map((f) => f.indicator));
    expect(indicators.filter((i) => !used.has(i.slug)).map((i) => i.slug)).toEqual([]);
  });

  it("no numeric result is recorded twice for an indicator and year, nor a target twice in one plan", () => {
    const keys = numeric.map((f) => `${f.indicator}|${f.kind}|${f.year}|${f.kind === "target" ? f.plan : ""}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("every non-year number in the source is claimed by a figure or a not-figure", () => {
    // Independent restatement of the README rule: a token is claimed when it lies inside an
    // occurrence of a figure's excerpt and equals that figure's value, or inside a not-figure excerpt.
    let numbers = 0;
    for (const [id, text] of sourceText) {
      const tokens = findNumbers(text).filter((t) => !t.isYear);
      const claimed = new Set<number>();
      const claim = (excerpt: string, ok: (n: number) => boolean) => {
        for (const at of occurrences(text, excerpt))
          for (const t of tokens) if (t.start >= at && t.end <= at + excerpt.length && ok(t.absolute)) claimed.add(t.start);
      };
      for (const f of numeric.filter((x) => x.source === id)) {
        const scale = unitScale(unitOf.get(f.indicator) ?? null);
        const values = [f.value, f.value_max].filter(Boolean).map((v) => Number(v) * scale);
        claim(f.excerpt, (n) => values.some((v) => sameNumber(n, v)));
      }
      for (const n of notFigures.filter((x) => x.source === id)) claim(n.excerpt, () => true);
      const unclaimed = tokens.filter((t) => !claimed.has(t.start)).map((t) => text.slice(Math.max(0, t.start - 8), t.end + 2));
      expect(unclaimed).toEqual([]);
      numbers += tokens.length;
    }
    // Not vacuous: the sources hold numbers.
    expect(numbers).toBeGreaterThan(0);
  });

  it("an English note only translates a Chinese one (English may wait for a translator, never stand alone)", () => {
    expect(figures.filter((f) => f.note_zh === "" && f.note_en !== "").map(label)).toEqual([]);
  });

  it("every number written in an excerpt has its exact value in its excerpt_en, and no other number does", () => {
    // Restated without lib/: each number as an exact value (digits and a power of ten, BigInt-free):
    // 132.8亿 and "13.28 billion" are both 1328e7; "22,845" is 22845e0.
    const exact = (digits: string, places: number) => {
      const [whole, fraction = ""] = digits.replaceAll(",", "").split(".");
      const all = (whole + fraction).replace(/^0+(?=\d)/, "");
      const exponent = places - fraction.length;
      const trimmed = all.replace(/0+$/, "") || "0";
      return `${trimmed}e${trimmed === "0" ? 0 : exponent + all.length - trimmed.length}`;
    };
    const zhPlaces: Record<string, number> = { 亿: 8, 万: 4 };
    const enPlaces: Record<string, number> = { billion: 9, million: 6 };
    const zhValues = (text: string) =>
      [...text.matchAll(/(\d+(?:\.\d+)?|(?<![\d.])千(?=亿))余?([万亿])?/g)]
        .map((m) => exact(m[1] === "千" ? "1000" : m[1], m[2] ? zhPlaces[m[2]] : 0)).sort();
    const enValues = (text: string) =>
      [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?: (billion|million)\b)?/g)]
        .map((m) => exact(m[1] + (m[2] ?? ""), m[3] ? enPlaces[m[3]] : 0)).sort();
    const translated = figures.filter((f) => f.excerpt_en !== "");
    const differ = translated.filter((f) => zhValues(f.excerpt).join(" ") !== enValues(f.excerpt_en).join(" "));
    expect(differ.map((f) => `${label(f)} → ${f.excerpt_en}`)).toEqual([]);
    // Not vacuous: translated excerpts carry numbers, and the rule is the English one (132.8亿 → 13.28 billion).
    expect(translated.filter((f) => zhValues(f.excerpt).length > 0).length).toBeGreaterThan(0);
    expect(enValues("13.28 billion yuan")).toEqual(zhValues("132.8亿元"));
    expect(enValues("132.8 yuan")).not.toEqual(zhValues("132.8亿元"));
  });

  it.each([
    ["sectors.csv", sectors, "summary_zh", "summary_en"],
    ["sectors.csv", sectors, "name_zh", "name_en"],
    ["indicators.csv", indicators, "definition_zh", "definition_en"],
    ["indicators.csv", indicators, "name_zh", "name_en"],
    ["figures.csv", figures, "excerpt", "excerpt_en"],
    ["figures.csv", figures, "note_zh", "note_en"],
  ] as const)("%s: %s → %s keeps every number exactly, as English readers read it (132.8亿 → 13.28 billion)", (_file, rows, zh, en) => {
    // An empty English field is not translated yet; every written one is checked.
    const wrong = rows.filter((r) => r[en] !== "").flatMap((r) => translationProblems(r[zh], r[en]).map((p) => `${r[zh]} → ${r[en]}: ${p}`));
    expect(wrong).toEqual([]);
  });

  it("no English text in data/ writes a Chinese multiplier in words", () => {
    const english = [...sectors, ...indicators, ...figures].flatMap((r) => Object.entries(r).filter(([k]) => k.endsWith("_en")).map(([, v]) => v));
    expect(english.filter((t) => /\d\s+(hundred million|ten thousand)|thousand hundred million/.test(t))).toEqual([]);
  });

});

const expected = JSON.parse(fs.readFileSync(path.join(repoRoot, "tests", "fixtures", "data.expected.json"), "utf8"));

describe("the frozen copy: exact values of the first document", () => {
  const { sources, sectors, indicators, figures, unitOf } = folder(fixtureDataDir);

  it("has every English translation written", () => {
    const untranslated = [...indicators.flatMap((i) => [i.name_en, i.definition_en]), ...figures.map((f) => f.excerpt_en)].filter((t) => t === "");
    expect(untranslated).toEqual([]);
  });

  it("has the sources, sections and rows it was frozen with", () => {
    const result = readDataset(fixtureDataDir);
    if (!result.ok) throw new Error("readDataset failed");
    const { dataset } = result;
    expect({
      sources: sources.map((s) => s.id),
      sectors: sectors.length,
      indicators: indicators.length,
      figures: figures.length,
      targets: figures.filter((f) => f.kind === "target").length,
      plans: dataset.plans.map((p) => p.id),
    }).toEqual(expected.counts);
    // readDataset keeps every row of the files.
    expect([dataset.sectors.length, dataset.indicators.length, dataset.figures.length]).toEqual([sectors.length, indicators.length, figures.length]);
  });

  // The shared seed folder exists only on machines that received the original document. Where it is
  // absent there is nothing to compare with: the comparison is reported as skipped, never as passed.
  it.skipIf(!seed)("the copy of the source is byte-identical to the shared seed document", () => {
    const copy = fs.readFileSync(path.join(fixtureDataDir, expected.seedCopy));
    expect(copy.equals(fs.readFileSync(seed!))).toBe(true);
  });


  // [indicator, kind, year, comparator, value, unit]
  it.each<[string, string, string, string, number, string]>([
    ["signed-projects", "actual", "2023", "=", 66, "个"],
    ["signed-projects-investment", "actual", "2023", "=", 132.8, "亿元"],
    ["market-entities", "actual", "2023", "=", 22845, "户"],
    ["market-entities", "target", "2035", ">", 200000, "户"],
    ["gdp", "target", "2030", "≈", 850, "亿元"],
    ["gdp", "target", "2035", ">", 1000, "亿元"],
    ["retail-sales", "target", "2027", "=", 450, "亿元"],
    ["retail-sales", "target", "2035", "=", 700, "亿元"],
    ["good-air-quality-days", "actual", "2023", "=", 300, "天"],
    ["new-urban-jobs", "actual", "2023", "=", 7709, "人"],
  ])("%s %s %s is %s %d %s", (indicator, kind, year, comparator, value, unit) => {
    const rows = figures.filter((f) => f.indicator === indicator && f.kind === kind && f.year === year);
    expect(rows).toHaveLength(1);
    expect({ comparator: rows[0].comparator, value: Number(rows[0].value), unit: unitOf.get(indicator) }).toEqual({ comparator, value, unit });
  });

  it("the 2035 market-entities target carries a note about 口径 (it dwarfs the 2023 result)", () => {
    const target = figures.find((f) => f.indicator === "market-entities" && f.kind === "target" && f.year === "2035");
    expect(target?.note_zh).toContain("口径");
  });
});
