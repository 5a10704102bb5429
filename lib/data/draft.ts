// The drafter behind `npm run data:draft`: proposes a figures.csv row for every number of a new
// document, for an editor to review. It never decides: every row carries a `review` column saying
// what to check, and nothing is loaded until `npm run data:accept` appends the reviewed rows.
//
// Placing a number: the candidates are the indicators whose unit the number is written in (132.8亿元
// fits 亿元 and 万元 indicators; 26家 only 家 ones). Each is compared with the clauses ending at the
// number (the shortest first, never crossing into an earlier sentence) by the character pairs they
// share, against the indicator's Chinese name (how much of it the clause writes) and the wording of
// its excerpts so far (Dice's coefficient over bigrams). The best pair wins if it is close enough and names the indicator; its
// window is the excerpt, a verbatim slice of the document. Pure: no I/O.
import { shiftDecimal } from "../format/exactDecimal";
import { exactValue } from "../format/englishNumbers";
import { findNumbers, type NumberToken } from "../format/sourceNumbers";
import { unitScale, type Unit } from "../format/units";
import { comparatorOf, kindOf, mostWrittenYear, segments, unitAfter, windowsBefore, yearOf } from "./draftReading";
import type { FigureRow, IndicatorRow } from "./schema";
import type { FigureKind } from "./vocabulary";

export const FIGURE_COLUMNS = [
  "indicator", "kind", "year", "comparator", "value", "value_max", "plan", "step", "source", "excerpt",
  "baseline_comparable", "note_zh", "excerpt_en", "note_en",
] as const;
export const DRAFT_COLUMNS = [...FIGURE_COLUMNS, "review"] as const;
export type DraftRow = Record<(typeof DRAFT_COLUMNS)[number], string>;

export interface Draft {
  rows: DraftRow[];
  /** Numbers found (years not counted), placed with an indicator, and left for the editor. */
  summary: { found: number; placed: number; left: number };
}

interface Choice { slug: string; window: { start: number; end: number }; score: number }
const RANGE_MARK = /[-—–~～至]/;

interface Reading {
  token: NumberToken;
  /** The upper end of a range (1-2家), read with the token. */
  upper?: NumberToken;
  unit: ReturnType<typeof unitAfter>;
  kind: FigureKind;
  year: number;
  choices: Choice[];
  /** Why no indicator is offered, when none is. */
  why?: string;
}

/** Below this share of character pairs in common, a number is left unplaced rather than guessed. */
const MIN_SIMILARITY = 0.5;

export function draftFigures(input: {
  text: string;
  sourceId: string;
  indicators: IndicatorRow[];
  figures: Pick<FigureRow, "indicator" | "excerpt">[];
}): Draft {
  const { text, sourceId, indicators } = input;
  const wording = new Map(indicators.map((i) => [i.slug, [i.name_zh, ...input.figures.filter((f) => f.indicator === i.slug).map((f) => f.excerpt)].map(pairs)]));
  const nameOf = new Map(indicators.map((i) => [i.slug, pairs(i.name_zh)]));
  const all = segments(text);
  const fallbackYear = mostWrittenYear(text);
  const numbers = findNumbers(text).filter((t) => !t.isYear && !isLabel(text, t));
  // 1-2家 is one figure, a range: its upper end is read with it, not as a number of its own.
  const upperEnd = new Map<NumberToken, NumberToken>();
  numbers.forEach((t, i) => {
    const next = numbers[i + 1];
    if (next && next.start === t.end + 1 && RANGE_MARK.test(text[t.end])) upperEnd.set(t, next);
  });
  const uppers = new Set(upperEnd.values());
  const tokens = numbers.filter((t) => !uppers.has(t));

  const readings = tokens.map((t) => read(t));
  // One numeric figure per indicator, kind and year (a data rule): the closest matches are placed
  // first, and a number that loses its best indicator to a closer one falls back to its next best.
  const chosen = new Map<number, Choice>();
  const taken = new Map<string, number>();
  const ranked = readings.flatMap((r, at) => r.choices.map((c) => ({ at, c }))).sort((x, y) => y.c.score - x.c.score);
  for (const { at, c } of ranked) {
    const key = `${c.slug}|${readings[at].kind}|${readings[at].year}`;
    if (chosen.has(at) || taken.has(key)) continue;
    chosen.set(at, c);
    taken.set(key, at);
  }
  const rows = readings.map((r, at) => {
    const c = chosen.get(at);
    if (c) return rowFor(r, c);
    const why = r.why ?? `every indicator near it already has a closer number for ${r.year} (${r.choices.map((o) => o.slug).join(", ")})`;
    return unplaced(r.token, clauseOf(r.token), why);
  });
  const placed = chosen.size;
  return { rows, summary: { found: tokens.length, placed, left: tokens.length - placed } };

  /** What the words around a number say, and the indicators it may belong to, closest first. */
  function read(t: NumberToken): Reading {
    const upper = upperEnd.get(t);
    const unit = unitAfter(text, (upper ?? t).end);
    const kind = kindOf(text.slice(text.lastIndexOf("\n", t.start) + 1, t.start));
    const reading = { token: t, upper, unit, kind, year: yearOf(text, t.start, kind, fallbackYear), choices: [] as Choice[] };
    const candidates = indicators.filter((i) => fits(unit.unit, i.unit));
    if (candidates.length === 0) return { ...reading, why: unit.unit ? `no indicator is counted in ${unit.unit}` : "no unit after the number" };
    const best = new Map<string, Choice>();
    for (const window of windowsBefore(all, t.start)) {
      const here = pairs(text.slice(window.start, window.end));
      for (const i of candidates) {
        const name = nameOf.get(i.slug)!;
        const named = overlap(name, here);
        if (named < 2) continue;
        // Half how much of the indicator's name the clause writes, half how alike the clause and the
        // indicator's wording are: the name tells 服务业 from 现代服务业 where the wording is alike.
        const score = named / name.size / 2 + Math.max(...wording.get(i.slug)!.map((w) => dice(w, here))) / 2;
        if (score >= MIN_SIMILARITY && score > (best.get(i.slug)?.score ?? 0) + 1e-9) best.set(i.slug, { slug: i.slug, window, score });
      }
    }
    const choices = [...best.values()].sort((a, b) => b.score - a.score);
    return { ...reading, choices, why: choices.length ? undefined : "no indicator's name or wording is near it" };
  }

  function rowFor({ token: t, upper, unit, kind, year }: Reading, choice: Choice): DraftRow {
    const indicator = indicators.find((i) => i.slug === choice.slug)!;
    const written = text.slice(t.start, unit.end);
    const comparator = comparatorOf(text.slice(Math.max(0, t.start - 3), t.start), text.slice(unit.end, unit.end + 3), unit.more || /余/.test(written));
    // In 10-20万户 the multiplier written after the upper end applies to both ends.
    const shared = upper && !/[万亿]$/.test(text.slice(t.start, t.end)) ? text.slice(upper.start, upper.end).match(/[万亿]$/)?.[0] : undefined;
    const lower = shared ? shiftDecimal(exactValue(t, text), shared === "亿" ? 8 : 4) : exactValue(t, text);
    const value = inUnit(lower, indicator.unit);
    const valueMax = upper ? inUnit(exactValue(upper, text), indicator.unit) : "";
    const checks = [
      `proposed: ${indicator.name_zh} (similarity ${choice.score.toFixed(2)})`,
      "check indicator, kind, year and value against the excerpt",
      kind === "target" ? "a target: choose its plan (lib/data/vocabulary.ts) and step" : "",
      "translate excerpt_en",
    ].filter(Boolean);
    return {
      ...emptyRow(), indicator: indicator.slug, kind, year: String(year), comparator: valueMax ? "range" : comparator,
      value, value_max: valueMax, source: sourceId, excerpt: text.slice(choice.window.start, choice.window.end).trim(),
      review: checks.join("; "),
    };
  }

  function clauseOf(t: NumberToken): string {
    const [window] = windowsBefore(all, t.start);
    return window ? text.slice(window.start, window.end).trim() : text.slice(t.start, t.end);
  }

  function unplaced(t: NumberToken, excerpt: string, why: string): DraftRow {
    return {
      ...emptyRow(), source: sourceId, excerpt,
      value: text.slice(t.start, t.end),
      review: `not placed: ${why}. Give it an indicator, or keep the indicator empty and write why it is not a figure (it goes to not-figures.csv)`,
    };
  }
}

/** A heading's "1." or a name's "5G": digits that are a label, not a quantity. */
function isLabel(text: string, t: NumberToken): boolean {
  const lineStart = t.start === 0 || text[t.start - 1] === "\n";
  return (lineStart && /^[.、．]/.test(text.slice(t.end))) || /^[A-Za-z]/.test(text.slice(t.end));
}

/** Whether a number written with `written` after it can be a figure of an indicator counted in `unit`. */
function fits(written: string | null, unit: Unit | null): boolean {
  if (written === null || unit === null) return false;
  if (written === "元") return unit === "亿元" || unit === "万元";
  return written === unit;
}

/** The exact value in the indicator's unit: 13280000000 yuan is 132.8 (亿元); never rounded. */
function inUnit(value: string, unit: Unit | null): string {
  return shiftDecimal(value, -Math.round(Math.log10(unitScale(unit))));
}

function emptyRow(): DraftRow {
  return Object.fromEntries(DRAFT_COLUMNS.map((c) => [c, ""])) as DraftRow;
}

/** The pairs of neighbouring characters of a text, numbers and punctuation left out. */
function pairs(text: string): Set<string> {
  const words = text.replace(/\d+(?:\.\d+)?余?[万亿]?/g, "|").replace(/[\s“”"'‘’（）()《》【】、，。；：,.;:%％·\-—]/g, "|");
  const found = new Set<string>();
  for (const part of words.split("|")) for (let i = 0; i + 1 < part.length; i++) found.add(part.slice(i, i + 2));
  return found;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function dice(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size);
}
