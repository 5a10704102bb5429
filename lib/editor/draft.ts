// The drafter behind `npm run data:draft`: proposes a row for every number of a new document, for an
// editor to review. It never decides: every row carries a `review` column saying what to check, and
// nothing is loaded until `npm run data:accept` takes the reviewed drafts.
//
// Every number that `npm run data:check` will ask about gets one row (a range such as 1-2家 is one):
// - a figure of an indicator the data hold: the candidates are the indicators counted in the unit the
//   number is written in; each is compared with the clauses ending at the number (the shortest first,
//   never crossing into an earlier sentence) by the character pairs they share, against the
//   indicator's Chinese name and the wording of its excerpts so far. The best pair wins if it is close
//   enough; its window is the excerpt, a verbatim slice of the document;
// - a figure of a new subject (a quantity no indicator counts): an indicator row is proposed for it
//   (lib/editor/newSubjects.ts);
// - not a figure (a heading's list number, part of a name, a change on last year): the reason is
//   written for the editor to confirm, and the row goes to not-figures.csv.
// Kind and year come from the document's headings where they say (2024年工作回顾: results of 2024;
// 2025年重点工作: targets of 2025, in a plan of that year's key tasks, proposed too), else from the
// sentence (力争, 目标, 到20xx年…). Pure: no I/O.
import { shiftDecimal } from "../format/exactDecimal";
import { exactValue } from "../format/englishNumbers";
import { findNumbers, type NumberToken } from "../format/sourceNumbers";
import { unitScale, UNITS, type Unit } from "../format/units";
import type { FigureRow, IndicatorRow, PlanRow, SectorRow } from "../data/schema";
import type { FigureKind } from "../model/vocabulary";
import {
  comparatorOf, isChangeOnLastYear, isGrowthRate, kindOf, labelReason, mostWrittenYear, segments, sentenceAround, subjectOf, unitAfter,
  windowsBefore, yearOf,
} from "./draftReading";
import { headings, sectionAt } from "./draftSections";
import { proposeIndicators, type IndicatorDraftRow, type Unplaced } from "./newSubjects";
import { dice, overlap, pairs } from "./similarity";

export const FIGURE_COLUMNS = [
  "indicator", "kind", "year", "comparator", "value", "value_max", "plan", "step", "source", "excerpt",
  "baseline_comparable", "note_zh", "excerpt_en", "note_en",
] as const;
/** A figure row, with the reason a number is not a figure (for not-figures.csv) and what to check. */
export const DRAFT_COLUMNS = [...FIGURE_COLUMNS, "reason_zh", "review"] as const;
export type DraftRow = Record<(typeof DRAFT_COLUMNS)[number], string>;
export const PLAN_COLUMNS = ["id", "kind", "year", "source", "name_zh", "name_en", "summary_zh", "summary_en"] as const;
export type PlanDraftRow = Record<(typeof PLAN_COLUMNS)[number] | "review", string>;

export interface Draft {
  rows: DraftRow[];
  /** New subjects' indicators, for data/drafts/<id>-indicators.csv. */
  indicators: IndicatorDraftRow[];
  /** The plan of the coming year's targets, for data/drafts/<id>-plans.csv. */
  plans: PlanDraftRow[];
  /** Numbers found (years not counted): placed with an indicator the data hold, with a new subject, or marked not a figure. */
  summary: { found: number; placed: number; newSubjects: number; notFigures: number };
}

interface Choice { slug: string; window: { start: number; end: number }; score: number }
/** What stands between the two ends of a range: 1-2家, 10—15个, 50%—60%. */
const RANGE_BETWEEN = /^[%％]?[-—–~～至]$/;

interface Reading {
  token: NumberToken;
  /** The upper end of a range (1-2家), read with the token. */
  upper?: NumberToken;
  unit: ReturnType<typeof unitAfter>;
  kind: FigureKind;
  year: number;
  /** For a target under a heading about a coming year: that year, whose key tasks it belongs to. */
  planYear: number | null;
  choices: Choice[];
  /** Why the number is not a figure, when it plainly is not. */
  notFigure?: string;
}

/** Below this share of character pairs in common, a number is not placed with an indicator the data hold. */
const MIN_SIMILARITY = 0.5;

export function draftFigures(input: {
  text: string;
  sourceId: string;
  indicators: IndicatorRow[];
  figures: Pick<FigureRow, "indicator" | "excerpt">[];
  sectors?: Pick<SectorRow, "slug" | "name_zh" | "heading_zh" | "summary_zh">[];
  plans?: Pick<PlanRow, "id">[];
}): Draft {
  const { text, sourceId, indicators } = input;
  const wording = new Map(indicators.map((i) => [i.slug, [i.name_zh, ...input.figures.filter((f) => f.indicator === i.slug).map((f) => f.excerpt)].map(pairs)]));
  const nameOf = new Map(indicators.map((i) => [i.slug, pairs(i.name_zh)]));
  const all = segments(text);
  const outline = headings(text);
  const fallbackYear = mostWrittenYear(text);
  const numbers = findNumbers(text).filter((t) => !t.isYear);
  // 1-2家 is one figure, a range: its upper end is read with it, not as a number of its own.
  const upperEnd = new Map<NumberToken, NumberToken>();
  numbers.forEach((t, i) => {
    const next = numbers[i + 1];
    if (next && RANGE_BETWEEN.test(text.slice(t.end, next.start))) upperEnd.set(t, next);
  });
  const uppers = new Set(upperEnd.values());
  const tokens = numbers.filter((t) => !uppers.has(t));
  const readings = tokens.map((t) => read(t));

  // One numeric figure per indicator, kind, year (and plan) (a data rule): the closest matches are placed
  // first, and a number that loses its best indicator to a closer one falls back to its next best.
  const chosen = new Map<number, Choice>();
  const taken = new Set<string>();
  const ranked = readings.flatMap((r, at) => r.choices.map((c) => ({ at, c }))).sort((x, y) => y.c.score - x.c.score);
  for (const { at, c } of ranked) {
    const key = `${c.slug}|${readings[at].kind}|${readings[at].year}|${readings[at].planYear ?? ""}`;
    if (chosen.has(at) || taken.has(key)) continue;
    chosen.set(at, c);
    taken.add(key);
  }

  const planIds = new Map<number, string>();
  const planId = (year: number) => {
    if (!planIds.has(year)) {
      const id = `tasks-${year}`;
      planIds.set(year, (input.plans ?? []).some((p) => p.id === id) ? `${sourceId}-tasks-${year}` : id);
    }
    return planIds.get(year)!;
  };

  // The rest, quantities with a unit the site counts in, are new subjects.
  const fresh = readings.flatMap((r, at) => (chosen.has(at) || r.notFigure ? [] : [{ at, subject: newSubject(r) }]));
  const proposals = proposeIndicators(fresh.map((f) => f.subject), indicators, input.sectors ?? []);
  const freshSlug = new Map(fresh.map((f, i) => [f.at, proposals.slugOf[i]]));

  const rows = readings.map((r, at) => {
    const c = chosen.get(at);
    if (c) return figureRow(r, c.slug, c.window, [`proposed: ${indicators.find((i) => i.slug === c.slug)!.name_zh} (similarity ${c.score.toFixed(2)})`]);
    const slug = freshSlug.get(at);
    if (slug) return figureRow(r, slug, excerptWindow(r, fresh.find((f) => f.at === at)!.subject.name), [`new subject: ${slug} (see the -indicators draft)`]);
    return notFigureRow(r);
  });
  const plans = [...planIds].map(([year, id]): PlanDraftRow => ({
    id, kind: "tasks", year: String(year), source: sourceId, name_zh: `${year}年目标与重点工作`, name_en: `${year} targets and key tasks`,
    summary_zh: `原文提出的${year}年目标和重点工作中带数字的目标。`, summary_en: `The targets with numbers that the source sets for ${year}.`,
    review: "the plan of the coming year's targets: check its names and summary (ours)",
  }));
  const notFigures = rows.filter((r) => !r.indicator).length;
  return {
    rows, indicators: proposals.rows, plans,
    summary: { found: tokens.length, placed: chosen.size, newSubjects: tokens.length - chosen.size - notFigures, notFigures },
  };

  /** What the words around a number say, and the indicators it may belong to, closest first. */
  function read(t: NumberToken): Reading {
    const upper = upperEnd.get(t);
    const unit = unitAfter(text, (upper ?? t).end);
    const { context } = sectionAt(outline, t.start);
    const sentence = sentenceAround(text, t.start);
    let kind: FigureKind, year: number, planYear: number | null = null;
    if (context?.about === "coming") {
      // The deadline written before the number in its sentence, else the year the heading is about.
      const deadlines = [...text.slice(sentence.start, t.start).matchAll(/到(20\d\d)年|(20\d\d)年底/g)];
      const by = deadlines.at(-1);
      [kind, year, planYear] = ["target", by ? Number(by[1] ?? by[2]) : context.year, context.year];
    } else if (context?.about === "past") {
      [kind, year] = ["actual", context.year];
    } else {
      kind = kindOf(text.slice(text.lastIndexOf("\n", t.start) + 1, t.start));
      year = yearOf(text, t.start, kind, fallbackYear);
    }
    const reading: Reading = { token: t, upper, unit, kind, year, planYear, choices: [] };
    const [segment] = windowsBefore(all, t.start, 1);
    const clauseBefore = segment ? text.slice(segment.start, t.start) : "";
    const notFigure = labelReason(text, t.start, t.end) ?? (
      unit.unit === null ? "数字后没有本站所用的计量单位，看来是名称、编号或别的说法的一部分，不是数量；如果是数量，请为它指定指标。"
      : unit.unit === "个百分点" ? "这是百分点的变化，不是本站记录的水平值。"
      : isChangeOnLastYear(clauseBefore) ? "这是与上年相比的变化量，不是本站记录的水平值。"
      : moneyUnit(unit.unit, text.slice(t.start, t.end)) === null ? `以“${unit.unit}”计的数额，本站只以亿元或万元记录金额。`
      : undefined);
    if (notFigure) return { ...reading, notFigure };
    const candidates = indicators.filter((i) => fits(unit.unit, i.unit));
    const best = new Map<string, Choice>();
    for (const window of windowsBefore(all, t.start)) {
      // A clause further back with a figure in the same unit names that figure's subject, not this one's
      // (服务业…保持在80%以上，…失业率控制在5.5%以内); a change on last year (较上年增加6天) names none.
      const sameUnit = (n: NumberToken) => n !== t && n.start >= window.start && n.end <= t.start && unitAfter(text, n.end).unit === unit.unit;
      if (numbers.some((n) => sameUnit(n) && !isChangeOnLastYear(text.slice(window.start, n.start)))) break;
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
    return { ...reading, choices: [...best.values()].sort((a, b) => b.score - a.score) };
  }

  /** A number no indicator counts: its subject's name, unit and place in the document. */
  function newSubject(r: Reading): Unplaced {
    const windows = windowsBefore(all, r.token.start);
    const clauseBefore = windows[0] ? text.slice(windows[0].start, r.token.start) : "";
    // A growth rate is named after the subject of the clause before it: 地区生产总值…，同比增长5.3% → 地区生产总值增速.
    const previous = windows[1] ? text.slice(windows[1].start, windows[0].start - 1) : "";
    const name = isGrowthRate(clauseBefore, r.unit.unit) && previous
      ? `${subjectOf(previous.replace(/\d[\s\S]*$/, ""))}增速`
      : subjectOf(clauseBefore) || clauseBefore.trim() || text.slice(r.token.start, r.unit.end);
    const { chain } = sectionAt(outline, r.token.start);
    return {
      name, unit: moneyUnit(r.unit.unit!, text.slice(r.token.start, r.token.end))!, kind: r.kind, year: r.year,
      group: chain.at(-1)?.words ?? text.split("\n").find((l) => l.trim())!.trim(),
      headings: chain.map((h) => h.words), comparator: comparatorFor(r),
    };
  }

  /** The shortest clause window before the number that writes the subject's name, else its own clause. */
  function excerptWindow(r: Reading, name: string): { start: number; end: number } {
    const windows = windowsBefore(all, r.token.start);
    const named = pairs(name);
    return windows.find((w) => overlap(named, pairs(text.slice(w.start, w.end))) >= Math.min(2, named.size)) ?? windows[0];
  }

  function comparatorFor({ token: t, unit }: Reading): string {
    return comparatorOf(text.slice(Math.max(0, t.start - 3), t.start), text.slice(unit.end, unit.end + 3), unit.more || /余/.test(text.slice(t.start, unit.end)));
  }

  function figureRow(r: Reading, slug: string, window: { start: number; end: number }, why: string[]): DraftRow {
    const { token: t, upper, kind, year } = r;
    const unit = indicators.find((i) => i.slug === slug)?.unit ?? moneyUnit(r.unit.unit!, text.slice(t.start, t.end));
    // In 10-20万户 the multiplier written after the upper end applies to both ends.
    const shared = upper && !/[万亿]$/.test(text.slice(t.start, t.end)) ? text.slice(upper.start, upper.end).match(/[万亿]$/)?.[0] : undefined;
    const lower = shared ? shiftDecimal(exactValue(t, text), shared === "亿" ? 8 : 4) : exactValue(t, text);
    const valueMax = upper ? inUnit(exactValue(upper, text), unit) : "";
    const plan = kind === "target" && r.planYear !== null ? planId(r.planYear) : "";
    const checks = [
      ...why,
      "check indicator, kind, year and value against the excerpt",
      kind === "target" && !plan ? "a target: name its plan (an id of plans.csv)" : "",
      "excerpt_en: our English, or leave it for a translator",
    ].filter(Boolean);
    return {
      ...emptyRow(), indicator: slug, kind, year: String(year), comparator: valueMax ? "range" : comparatorFor(r),
      value: inUnit(lower, unit), value_max: valueMax, plan, source: sourceId, excerpt: text.slice(window.start, window.end).trim(),
      review: checks.join("; "),
    };
  }

  function notFigureRow(r: Reading): DraftRow {
    const { token: t } = r;
    const line = { start: text.lastIndexOf("\n", t.start) + 1, end: text.indexOf("\n", t.end) === -1 ? text.length : text.indexOf("\n", t.end) };
    const heading = outline.find((h) => h.start <= t.start && t.end <= h.end);
    const [window] = windowsBefore(all, t.start);
    const span = heading ?? (window && window.end >= t.end ? window : line);
    const reason = r.notFigure ?? `这个数字附近的说法与本站的指标都不相近（${r.choices.map((c) => c.slug).join("、")}已有更接近的数字）；如果是数量，请为它指定指标。`;
    return {
      ...emptyRow(), source: sourceId, excerpt: text.slice(span.start, span.end).trim(), value: text.slice(t.start, t.end), reason_zh: reason,
      review: "not a figure: confirm the reason (it goes to not-figures.csv), or give the number an indicator and fill in the figure's columns",
    };
  }
}

/** Whether a number written with `written` after it can be a figure of an indicator counted in `unit`. */
function fits(written: string | null, unit: Unit | null): boolean {
  if (written === null || unit === null) return false;
  if (written === "元") return unit === "亿元" || unit === "万元";
  return written === unit;
}

/** The unit a new subject is counted in: money in 亿元 or 万元 as written (132.8亿元), null for plain 元. */
function moneyUnit(written: string, number: string): Unit | null {
  if (written !== "元") return (UNITS as readonly string[]).includes(written) ? (written as Unit) : null;
  return /亿$/.test(number) ? "亿元" : /万$/.test(number) ? "万元" : null;
}

/** The exact value in the indicator's unit: 13280000000 yuan is 132.8 (亿元); never rounded. */
function inUnit(value: string, unit: Unit | string | null): string {
  return shiftDecimal(value, -Math.round(Math.log10(unitScale(unit as Unit | null))));
}

function emptyRow(): DraftRow {
  return Object.fromEntries(DRAFT_COLUMNS.map((c) => [c, ""])) as DraftRow;
}
