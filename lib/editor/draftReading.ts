// How the drafter (lib/editor/draft.ts) reads the words around one number of a new document: the
// clauses before it, its unit, and what the sentence says about kind (result or target), year and
// comparator. Generic rules of Chinese government reports, not of any one document. Pure: no I/O.
import type { Comparator, FigureKind } from "../model/vocabulary";

/** A run of text between clause marks (，。；：、 and line breaks), with its offsets in the document. */
export interface Segment {
  start: number;
  end: number;
  /** The segment ends a sentence (。；！？ or a line break): a window of segments never crosses it. */
  endsSentence: boolean;
}

const CLAUSE_MARK = /[，,。；;：:、！？!?\n]/g;
const SENTENCE_END = /[。；;！？!?\n]/;

export function segments(text: string): Segment[] {
  const found: Segment[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_MARK)) {
    if (m.index > start) found.push({ start, end: m.index, endsSentence: SENTENCE_END.test(m[0]) });
    else if (found.length && SENTENCE_END.test(m[0])) found[found.length - 1].endsSentence = true;
    start = m.index + 1;
  }
  if (start < text.length) found.push({ start, end: text.length, endsSentence: true });
  return found;
}

/**
 * The windows of whole segments that end with the segment holding `at`, shortest first, going back
 * at most `max` segments and never into an earlier sentence.
 */
export function windowsBefore(all: Segment[], at: number, max = 4): { start: number; end: number }[] {
  const i = all.findIndex((s) => s.start <= at && at < s.end);
  if (i === -1) return [];
  const windows = [{ start: all[i].start, end: all[i].end }];
  for (let k = i - 1; k >= 0 && i - k < max && !all[k].endsSentence; k--) windows.push({ start: all[k].start, end: all[i].end });
  return windows;
}

/** The sentence holding offset `at`. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return { start, end };
}

// The units a count is written in. 个百分点 is a change of a percentage, never a count of 个.
const UNIT_AFTER = /^(余)?(个百分点|亿元|万元|元|%|％|人次|场次|个|家|户|人|名|场|期|项|所|套|天|处|条|位|次)/;

/** The unit written right after a number (its 万/亿 already read), and whether 余 ("more than") stands before it. */
export function unitAfter(text: string, end: number): { unit: string | null; more: boolean; end: number } {
  const m = UNIT_AFTER.exec(text.slice(end, end + 6));
  if (!m) return { unit: null, more: false, end };
  const unit = m[2] === "％" ? "%" : m[2];
  return { unit, more: Boolean(m[1]), end: end + m[0].length };
}

const TARGET_WORDS = /力争|争取|目标|确保|计划|预期|预计|到20\d\d年|20\d\d年底前|年内/;

/**
 * A target when the paragraph up to the number speaks of aims (力争, 目标, 到20xx年…): a paragraph
 * that opens with 力争 governs the list that follows it. A result otherwise.
 */
export function kindOf(paragraphBefore: string): FigureKind {
  return TARGET_WORDS.test(paragraphBefore) ? "target" : "actual";
}

/**
 * The year a number is for. A target: the last 到20xx年 / 20xx年底 before it in its sentence, else the
 * nearest year written before it. A result: the nearest 20xx年 written before it in its paragraph or
 * the heading above, else `fallback` (the year the document mostly reports on).
 */
export function yearOf(text: string, at: number, kind: FigureKind, fallback: number): number {
  const sentence = sentenceAround(text, at);
  if (kind === "target") {
    // The deadline written before the number in its sentence: 力争年内…5家，到2027年…10家 has two.
    const deadlines = [...text.slice(sentence.start, at).matchAll(/到(20\d\d)年|(20\d\d)年底/g)];
    const by = deadlines[deadlines.length - 1];
    if (by) return Number(by[1] ?? by[2]);
  }
  const before = [...text.slice(0, at).matchAll(/(20\d\d)年(?!底前)/g)];
  const last = before[before.length - 1];
  return last ? Number(last[1]) : fallback;
}

/** The year written most often with 年 in the text (the year a report mostly looks back on). */
export function mostWrittenYear(text: string): number {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d\d)年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? new Date().getUTCFullYear();
}

/** How the number is meant, from the words right before and after it (…以上, 不少于 ≥, 突破/超过/…余 >, …左右 ≈, 前N位 ≤). */
export function comparatorOf(before: string, after: string, more: boolean): Comparator {
  if (/^(以上|及以上)/.test(after) || /(不少于|不低于)$/.test(before)) return "≥";
  if (/^左右/.test(after) || /约$/.test(before)) return "≈";
  if (/^(以内|以下)/.test(after) || /(不超过|控制在|前)$/.test(before)) return "≤";
  if (more || /^余/.test(after) || /(突破|超过|逾)$/.test(before)) return ">";
  return "=";
}

/**
 * Why the digits at `start`–`end` are not a quantity, when they plainly are not: a heading's list
 * number (1. 2．), part of a name (5G, “1+4”, 12345热线), an ordinal (第3届). Null when they may be one.
 */
export function labelReason(text: string, start: number, end: number): string | null {
  const written = text.slice(start, end);
  const lineStart = start === 0 || text[start - 1] === "\n" || /^\s*$/.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
  if (lineStart && /^\s*[.．、]/.test(text.slice(end))) return `“${written}${text[end]}”是标题的序号，不是数量。`;
  if (/^[A-Za-z]/.test(text.slice(end))) return `“${written}${text.slice(end).match(/^[A-Za-z]+/)![0]}”是名称的一部分，不是数量。`;
  if (/第$/.test(text.slice(Math.max(0, start - 1), start))) return `“第${written}${text[end] ?? ""}”是序号，不是数量。`;
  if (/[+＋]/.test(text[end] ?? "") || /[+＋]$/.test(text.slice(0, start))) return `“${written}”是名称或编号的一部分（如“1+4”），不是数量。`;
  return null;
}

/** A change against the year before (比上年增加5天, 比上年多120人): the site records levels, not differences. */
export function isChangeOnLastYear(clauseBefore: string): boolean {
  return /(比上年|较上年|同比|比去年)(多|少|增加|减少|提高|降低)了?$/.test(clauseBefore);
}

/** A growth rate (同比增长5.3%, 增长6%左右): named after the subject of the clause before it. */
export function isGrowthRate(clauseBefore: string, unit: string | null): boolean {
  return unit === "%" && /^(同比|比上年|较上年)?(增长|下降|增速)$/.test(clauseBefore.trim());
}

const LEADING = /^(全年|全区|当年|年内|累计|共|共计|其中|同时|此外|并|全面|力争|确保|争取|预计|持续|成功|分批|组织|开展|实现|完成)/;
const TRAILING = /(力争|确保|争取|预计|达到|达|实现|完成|突破|超过|为|控制在|保持在|稳定在|提高到|提升到|增加到|增至|总量|总数|总计|合计|累计)$/;

/**
 * The subject a number counts, from the words of its clause before it: 新建社区食堂9个 → 新建社区食堂,
 * 全年接待游客力争突破2100万人次 → 接待游客. Fillers in front (全年, 力争) and verbs behind (达到, 突破)
 * are left out; what remains is a name for an editor to review, not a definition.
 */
export function subjectOf(clauseBefore: string): string {
  let name = clauseBefore.replace(/[“”"'‘’《》（）()]/g, "").trim();
  for (let changed = true; changed; ) {
    const before = name;
    name = name.replace(LEADING, "").replace(TRAILING, "").trim();
    changed = name !== before && name.length > 0;
  }
  return name;
}
