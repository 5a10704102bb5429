// The source document as a reader: paragraphs cut into runs of text, each run knowing which cited
// excerpts cover it, so the page can highlight every excerpt (they may overlap: one sentence can
// hold two figures) and give each its own anchor. Passages that look garbled or are printed twice
// are marked too, so a reader sees the damage where it is. Pure.

/** The anchor of an excerpt in /sources/[id]: stable as long as the source text is. */
export function excerptId(start: number, excerpt: string): string {
  return `excerpt-${start}-${start + excerpt.length}`;
}

export interface ExcerptSpan {
  id: string;
  start: number;
  end: number;
}

/** A passage of the source that looks garbled or is printed twice (data/damage.csv). */
export interface DamageSpan {
  id: string;
  start: number;
  end: number;
}

/** The anchor of a damaged passage in /sources/[id]. */
export function damageId(start: number, end: number): string {
  return `damage-${start}-${end}`;
}

export interface Run {
  text: string;
  /** Damaged passages covering this run. */
  damaged: string[];
  /** Damaged passages whose first character is the first of this run (their notes go before it). */
  damageStarting: string[];
  /** Excerpts covering this run. */
  covering: string[];
  /** Excerpts whose first character is the first of this run (their anchors go here). */
  starting: string[];
  /** Excerpts whose last character is the last of this run (their links to indicators go after it). */
  ending: string[];
}

/** Paragraphs are the source's non-empty lines; runs split wherever an excerpt or a damaged passage starts or ends. */
export function readerParagraphs(text: string, spans: ExcerptSpan[], damage: DamageSpan[] = []): Run[][] {
  const paragraphs: Run[][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const [from, to] = [offset, offset + line.length];
    offset = to + 1;
    if (!line.trim()) continue;
    const inside = spans.filter((s) => s.start < to && s.end > from);
    const damagedHere = damage.filter((d) => d.start < to && d.end > from);
    const edges = [...inside, ...damagedHere].flatMap((s) => [s.start, s.end]).filter((c) => c > from && c < to);
    const cuts = [...new Set([from, to, ...edges])].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      const covering = inside.filter((s) => s.start <= a && s.end >= b);
      const damaged = damagedHere.filter((d) => d.start <= a && d.end >= b);
      runs.push({
        text: text.slice(a, b),
        damaged: damaged.map((d) => d.id),
        damageStarting: damaged.filter((d) => d.start === a).map((d) => d.id),
        covering: covering.map((s) => s.id),
        starting: covering.filter((s) => s.start === a).map((s) => s.id),
        ending: covering.filter((s) => s.end === b).map((s) => s.id),
      });
    }
    paragraphs.push(runs);
  }
  return paragraphs;
}
