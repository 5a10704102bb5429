// Each rule of the reader (lib/data/checks) on a few rows written here, so that what a rule accepts
// and refuses, and what it says, can be read in one place. The loader tests with broken copies of the
// data (tests/data/broken-data.test.ts) check that the reader runs them all.
import { describe, expect, it } from "vitest";
import type { Figure, Source } from "@/lib/data/dataset";
import { formatDataError } from "@/lib/data/errors";
import type { DamageRow, FigureRow, IndicatorRow, NotFigureRow, RedirectRow, SectorRow } from "@/lib/data/schema";
import { locateDamage } from "@/lib/data/checks/damage";
import { duplicates } from "@/lib/data/checks/duplicates";
import { checkFigures } from "@/lib/data/checks/figures";
import { checkIndicators, checkSectors } from "@/lib/data/checks/headings";
import { checkNotFigures } from "@/lib/data/checks/notFigures";
import { checkRedirects } from "@/lib/data/checks/redirects";
import { translationErrors, translationProblems } from "@/lib/data/checks/translations";
import { uncoveredNumbers } from "@/lib/data/checks/uncoveredNumbers";

const TEXT = ["一、招商引资", "全年签约项目66个，总投资132.8亿元。", "（二）市场主体", "市场主体达到22845户，2035年突破20万户。", "完成3项改革。"].join("\n");
const source = { id: "doc", file: "sources/doc.txt", title_zh: "文件", title_en: null, published: null, sha256: null, text: TEXT } as unknown as Source;
const sourceById = new Map([["doc", source]]);
const shown = (errors: Parameters<typeof formatDataError>[0][]) => errors.map(formatDataError);

const indicator = (over: Partial<IndicatorRow> & { slug: string; line?: number }) =>
  ({ sector: "economy", group_zh: "市场主体", unit: null, line: 2, ...over }) as IndicatorRow & { line: number };
const figure = (over: Partial<FigureRow> & { line: number }) =>
  ({ indicator: "entities", kind: "actual", year: 2023, comparator: "=", value: 22845, value_max: null, plan: null, step: null, source: "doc", excerpt: "市场主体达到22845户", ...over }) as FigureRow & { line: number };
const entities = indicator({ slug: "entities", unit: "户" });
const indicators = new Map([["entities", entities], ["reforms", indicator({ slug: "reforms" })]]);

describe("duplicates", () => {
  it("names each later row with the line of the first", () => {
    const rows = [{ line: 2, id: "a" }, { line: 3, id: "b" }, { line: 4, id: "a" }, { line: 5, id: "a" }];
    expect(shown(duplicates("data/x.csv", rows, "id", (r) => r.id))).toEqual(["data/x.csv:4 id: duplicate of line 2", "data/x.csv:5 id: duplicate of line 2"]);
  });
});

describe("checkSectors and checkIndicators: headings are the source's own, at the start of a line", () => {
  const sector = (heading_zh: string, line: number) => ({ slug: "s", heading_zh, line }) as SectorRow & { line: number };
  it("accepts a heading after its list marker, refuses a phrase of a sentence and words not in the source", () => {
    expect(shown(checkSectors("data/sectors.csv", [sector("招商引资", 2), sector("签约项目", 3), sector("旅游", 4)], [TEXT]))).toEqual([
      "data/sectors.csv:3 heading_zh: occurs in a source, but not as a heading (at the start of a line)",
      "data/sectors.csv:4 heading_zh: does not occur verbatim in any source",
    ]);
  });
  it("an indicator names a known sector and a group heading", () => {
    const rows = [indicator({ slug: "a", line: 2 }), indicator({ slug: "b", sector: "tourism", group_zh: "旅游", line: 3 })];
    expect(shown(checkIndicators("data/indicators.csv", rows, new Set(["economy"]), [TEXT]))).toEqual([
      "data/indicators.csv:3 sector: no sector 'tourism' in sectors.csv",
      "data/indicators.csv:3 group_zh: does not occur verbatim in any source",
    ]);
  });
});

describe("translations", () => {
  it("keeps every number exactly, in English words: 132.8亿元 is 13.28 billion yuan", () => {
    expect(translationProblems("总投资132.8亿元", "a total investment of 13.28 billion yuan")).toEqual([]);
    expect(translationProblems("总投资132.8亿元", "a total investment of 13.3 billion yuan")).not.toEqual([]);
    expect(translationProblems("总投资132.8亿元", "a total investment of 132.8 hundred million yuan")).not.toEqual([]);
  });
  it("checks a written English field and leaves an empty one for the translator", () => {
    const rows = [{ line: 2, zh: "66个", en: "66" }, { line: 3, zh: "66个", en: null }, { line: 4, zh: "66个", en: "67" }];
    const errors = translationErrors("data/x.csv", rows, [["zh", "en"]]);
    expect([...new Set(errors.map((e) => `${e.line} ${e.field}`))]).toEqual(["4 en"]);
  });
});

describe("locateDamage", () => {
  const damage = (over: Partial<DamageRow> & { line: number }) => ({ source: "doc", excerpt: "市场主体", occurrence: null, note_zh: "n", note_en: "n", ...over }) as DamageRow & { line: number };
  it("finds every occurrence, or the one named, and refuses what is not there", () => {
    const { damage: found, errors } = locateDamage("data/damage.csv", [damage({ line: 2 }), damage({ line: 3, occurrence: 3 }), damage({ line: 4, excerpt: "旅游" }), damage({ line: 5, source: "other" })], sourceById);
    expect(found.map((d) => TEXT.slice(d.start, d.end))).toEqual(["市场主体", "市场主体"]);
    expect(shown(errors)).toEqual([
      "data/damage.csv:3 occurrence: the excerpt occurs 2 time(s) in the source, not 3",
      "data/damage.csv:4 excerpt: does not occur verbatim in the source (copy it character for character)",
      "data/damage.csv:5 source: no source 'other' in sources.csv",
    ]);
  });
});

describe("checkFigures", () => {
  it("accepts a value written in its excerpt, in its indicator's unit, and locates the excerpt", () => {
    const { figures, errors } = checkFigures("data/figures.csv", [figure({ line: 2 }), figure({ line: 3, kind: "target", year: 2035, comparator: ">", value: 200000, excerpt: "2035年突破20万户" })], indicators, sourceById);
    expect(errors).toEqual([]);
    expect(figures.map((f) => TEXT.slice(f.excerptStart, f.excerptStart + f.excerpt.length))).toEqual(["市场主体达到22845户", "2035年突破20万户"]);
  });
  it("refuses a rounded value, a value on an indicator without a unit, an early target and an excerpt not in the source", () => {
    const rows = [
      figure({ line: 2, value: 22800 }),
      figure({ line: 3, indicator: "reforms", excerpt: "完成3项改革", value: 3 }),
      figure({ line: 4, kind: "target", year: 2020, excerpt: "2035年突破20万户", value: 200000 }),
      figure({ line: 5, excerpt: "市场主体达到22846户" }),
      figure({ line: 6, indicator: "gdp", source: "other" }),
    ];
    expect(shown(checkFigures("data/figures.csv", rows, indicators, sourceById).errors)).toEqual([
      "data/figures.csv:2 value: 22800户 is not a number written in the excerpt",
      "data/figures.csv:3 value: indicator 'reforms' has no unit, so it cannot have a numeric figure",
      "data/figures.csv:4 year: target year 2020 is before the indicator's first result (2023)",
      "data/figures.csv:5 excerpt: does not occur verbatim in the source (copy it character for character)",
      "data/figures.csv:6 indicator: no indicator 'gdp' in indicators.csv",
      "data/figures.csv:6 source: no source 'other' in sources.csv",
    ]);
  });
});

describe("checkRedirects and checkNotFigures", () => {
  it("a redirect leads to a current indicator and hides none", () => {
    const rows = [{ from: "old", to: "entities", line: 2 }, { from: "entities", to: "gone", line: 3 }] as (RedirectRow & { line: number })[];
    expect(shown(checkRedirects("data/redirects.csv", rows, new Set(["entities"])))).toEqual([
      "data/redirects.csv:3 from: 'entities' is a current indicator: its page must keep working, not redirect",
      "data/redirects.csv:3 to: no indicator 'gone' in indicators.csv",
    ]);
  });
  it("a number that is not a figure is quoted verbatim from a known source", () => {
    const rows = [{ source: "doc", excerpt: "完成3项改革", line: 2 }, { source: "doc", excerpt: "完成4项改革", line: 3 }, { source: "x", excerpt: "a", line: 4 }] as (NotFigureRow & { line: number })[];
    expect(shown(checkNotFigures("data/not-figures.csv", rows, sourceById))).toEqual([
      "data/not-figures.csv:3 excerpt: does not occur verbatim in the source",
      "data/not-figures.csv:4 source: no source 'x'",
    ]);
  });
});

describe("uncoveredNumbers", () => {
  const label = (name: string) => `data/${name}`;
  const located = (f: FigureRow & { line: number }): Figure => ({ ...f, excerptStart: TEXT.indexOf(f.excerpt) });
  const figures = [
    located(figure({ line: 2 })),
    located(figure({ line: 3, indicator: "projects", excerpt: "全年签约项目66个", value: 66 })),
    located(figure({ line: 4, indicator: "investment", excerpt: "总投资132.8亿元", value: 132.8 })),
  ];
  const units = [entities, indicator({ slug: "projects", unit: "个" }), indicator({ slug: "investment", unit: "亿元" })];

  it("names, by source file and line, each number no figure or not-figure claims (years are not figures)", () => {
    expect(shown(uncoveredNumbers([source], figures, [], units, label))).toEqual([
      "data/sources/doc.txt:4 -: the number 20 (“…845户，2035年突破20万户。 完成3…”) is in no figure of figures.csv and not in not-figures.csv",
      "data/sources/doc.txt:5 -: the number 3 (“…5年突破20万户。 完成3项改革。…”) is in no figure of figures.csv and not in not-figures.csv",
    ]);
  });
  it("is satisfied when a not-figure claims the rest", () => {
    const notFigures = [{ source: "doc", excerpt: "2035年突破20万户" }, { source: "doc", excerpt: "完成3项改革" }] as NotFigureRow[];
    expect(uncoveredNumbers([source], figures, notFigures, units, label)).toEqual([]);
  });
});
