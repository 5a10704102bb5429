// New subjects: numbers of a new document that no indicator counts yet. The drafter proposes an
// indicator row for each subject (data/drafts/<id>-indicators.csv) so that an editor reviews a row
// instead of writing one: a slug from the name's pinyin, the sector whose wording is closest, the
// heading the number sits under as its group, the unit it is written in, and a plain definition that
// says no more than the source. English is left for a translator. Pure: no I/O.
import { pinyin } from "pinyin-pro";
import type { IndicatorRow, SectorRow } from "../data/schema";
import type { Unit } from "../format/units";
import { dice, overlap, pairs } from "./similarity";

export const INDICATOR_COLUMNS = [
  "slug", "sector", "group_zh", "group_en", "order", "name_zh", "name_en", "unit", "direction", "definition_zh", "headline", "definition_en",
] as const;
export type IndicatorDraftRow = Record<(typeof INDICATOR_COLUMNS)[number] | "review", string>;

/** One number of a new subject, as the drafter read it. */
export interface Unplaced {
  name: string;
  unit: Unit;
  /** The heading the number sits under (its words, verbatim), and the headings above it. */
  group: string;
  headings: string[];
  comparator: string;
  /** Kind and year: one subject holds one number of each (a data rule), so a second is another subject. */
  kind: string;
  year: number;
}

/** Two numbers are of one subject when written in one unit and named alike (新建社区食堂 9个 in 2024, 13个 in 2025). */
const SAME_SUBJECT = 0.7;

/**
 * The indicators to propose for `unplaced`, and for each number the slug of its indicator. Slugs
 * never repeat one of `indicators` or each other.
 */
export function proposeIndicators(
  unplaced: Unplaced[],
  indicators: Pick<IndicatorRow, "slug" | "sector" | "order" | "name_zh" | "group_zh">[],
  sectors: Pick<SectorRow, "slug" | "name_zh" | "heading_zh" | "summary_zh">[],
): { rows: IndicatorDraftRow[]; slugOf: string[] } {
  const rows: IndicatorDraftRow[] = [];
  const names: { name: string; unit: Unit; slug: string; keys: Set<string> }[] = [];
  const taken = new Set(indicators.map((i) => i.slug));
  const nextOrder = new Map<string, number>();
  const slugOf = unplaced.map((u) => {
    const key = `${u.kind}|${u.year}`;
    const same = names.find((n) => n.unit === u.unit && !n.keys.has(key) && (n.name === u.name || dice(pairs(n.name), pairs(u.name)) >= SAME_SUBJECT));
    if (same) {
      same.keys.add(key);
      return same.slug;
    }
    const slug = uniqueSlug(slugFor(u.name), taken);
    const sector = closestSector(u, indicators, sectors);
    const order = (nextOrder.get(sector) ?? Math.max(0, ...indicators.filter((i) => i.sector === sector).map((i) => i.order))) + 1;
    nextOrder.set(sector, order);
    names.push({ name: u.name, unit: u.unit, slug, keys: new Set([key]) });
    rows.push({
      slug, sector, group_zh: u.group, group_en: "", order: String(order), name_zh: u.name, name_en: "", unit: u.unit,
      direction: /[≤<]/.test(u.comparator) || /失业率|发生率|事故/.test(u.name) ? "decrease" : "increase",
      definition_zh: `原文所说的“${u.name}”，单位为${u.unit}。原文没有给出更详细的定义。`,
      headline: "", definition_en: "",
      review: `new subject: check the name, the sector (closest: ${sector}), the group and the direction; the slug is for ever once published; English: name_en, group_en and definition_en`,
    });
    return slug;
  });
  return { rows, slugOf };
}

/** 新建社区食堂 → xin-jian-she-qu-shi-tang: the pinyin of the name, at most twelve syllables. */
export function slugFor(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  return syllables.slice(0, 12).join("-") || "new-indicator";
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/**
 * The sector whose vocabulary (its names, heading and summary, its indicators' names and groups) holds
 * most of the character pairs of the number's heading and name, for its size; the heading counts
 * twice, since a report groups its numbers by subject.
 */
function closestSector(
  u: Unplaced,
  indicators: Pick<IndicatorRow, "sector" | "name_zh" | "group_zh">[],
  sectors: Pick<SectorRow, "slug" | "name_zh" | "heading_zh" | "summary_zh">[],
): string {
  // The nearest heading: the ones above it (一、2025年工作回顾) say when, not what about.
  const [headed, named] = [pairs(u.headings.at(-1) ?? ""), pairs(u.name)];
  const score = (s: (typeof sectors)[number]) => {
    const own = pairs([s.name_zh, s.heading_zh, s.summary_zh, ...indicators.filter((i) => i.sector === s.slug).flatMap((i) => [i.name_zh, i.group_zh])].join("|"));
    // Divided by the root of the vocabulary's size, so that a sector with many indicators is not closest by its size alone.
    return (2 * overlap(headed, own) + overlap(named, own)) / Math.sqrt(own.size || 1);
  };
  return [...sectors].sort((a, b) => score(b) - score(a))[0]?.slug ?? "";
}
