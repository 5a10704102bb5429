// How the drafter reads a document's structure: its headings, and what each part of it is about.
// Chinese government reports look back on last year under one heading (2024年工作回顾) and set the
// coming year's targets under another (2025年主要预期目标, 2025年重点工作): a number under the second
// is a target of that year even where its own sentence has no 力争 or 目标. Pure: no I/O.

/** A heading line of the document, with its level and its words without the list marker. */
export interface Heading {
  /** Offset of the line's first character (after leading spaces). */
  start: number;
  end: number;
  /** 1 for 一、, 2 for （一）, 3 for 1. / 1．, 4 for a short unnumbered line. */
  level: number;
  /** The heading's words, the list marker left out: "2024年工作回顾". */
  words: string;
  /** The list marker as written ("一、", "（一）", "1. "), or "" when there is none. */
  marker: string;
  /** What the part under it is about, where the heading says (lib/editor/draftSections.ts, contextOf). */
  context: SectionContext | null;
}

/** What a stretch of the document is about, as its headings say. */
export interface SectionContext {
  /** "past": a look back on `year`'s work; "coming": `year`'s targets and tasks. */
  about: "past" | "coming";
  year: number;
}

const MARKERS: [RegExp, number][] = [
  [/^[一二三四五六七八九十]+、\s*/, 1],
  [/^[（(][一二三四五六七八九十]+[）)]\s*/, 2],
  [/^\d{1,2}\s*[.．、]\s*/, 3],
];
/** An unnumbered heading: a short line without the punctuation of a sentence. */
const SHORT_HEADING = /^[^，。；！？,;!?：:]{2,24}$/;

const COMING = /目标|重点工作|任务|安排|打算|计划|预期|展望/;
const PAST = /回顾|成绩|成效|完成情况|执行情况|工作总结/;
/** A heading may name its year only as "last year" or "this year" (过去一年的工作回顾, 今年的目标任务). */
const RELATIVE_YEAR = /过去一年|去年|上年|一年来|今年|明年|新的一年/;

export function headings(text: string): Heading[] {
  const found: Omit<Heading, "context">[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const start = at + lead;
    at += raw.length + 1;
    if (!line) continue;
    const numbered = MARKERS.map(([re, level]) => ({ m: re.exec(line), level })).find((x) => x.m);
    if (numbered?.m) {
      const words = line.slice(numbered.m[0].length);
      // "1. 做强轨道交通专业镇" is a heading; "1. 全年新增企业3家，……。" is a numbered paragraph.
      if (numbered.level < 3 || SHORT_HEADING.test(words))
        found.push({ start, end: start + line.length, level: numbered.level, words, marker: numbered.m[0] });
    } else if (SHORT_HEADING.test(line) && !/\d+(?:\.\d+)?[^年\d]/.test(line.replace(/20\d\d年/g, ""))) {
      found.push({ start, end: start + line.length, level: 4, words: line, marker: "" });
    }
  }
  return found.map((h, i) => {
    // A heading that says only "last year" or "this year" is about the first year written under it.
    const next = found.slice(i + 1).find((n) => n.level <= h.level)?.start ?? text.length;
    const below = RELATIVE_YEAR.test(h.words) ? /(20\d\d)年/.exec(text.slice(h.end, next))?.[1] : undefined;
    return { ...h, context: contextOf(below ? `${below}年${h.words}` : h.words) };
  });
}

/** What a heading's words say the part under it is about, if they say: a year and past or coming. */
export function contextOf(words: string): SectionContext | null {
  const year = /(20\d\d)年/.exec(words);
  if (!year) return null;
  // "2025年计划执行情况" looks back although it names a plan: the look back is checked first.
  if (PAST.test(words)) return { about: "past", year: Number(year[1]) };
  if (COMING.test(words)) return { about: "coming", year: Number(year[1]) };
  return null;
}

/**
 * The headings above `at` that are still open (each deeper than the one before), outermost first,
 * and the context the nearest of them with one gives.
 */
export function sectionAt(all: Heading[], at: number): { chain: Heading[]; context: SectionContext | null } {
  const chain: Heading[] = [];
  for (const h of all) {
    if (h.start > at) break;
    while (chain.length && chain[chain.length - 1].level >= h.level) chain.pop();
    chain.push(h);
  }
  const withContext = [...chain].reverse().map((h) => h.context).find((c) => c !== null) ?? null;
  return { chain, context: withContext };
}
