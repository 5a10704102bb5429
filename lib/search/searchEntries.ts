// Instant search over the entries of lib/search/searchIndex.ts. Runs in the browser: it imports nothing
// but the entry type and the pinyin distance, and needs no dictionary, since every entry carries
// its pinyin. A query may be Chinese (市场), English words (market entities, any case), full pinyin
// with or without spaces (shichang zhuti, shichangzhuti), initials (sczt) or an acronym (gdp).
import { pinyinDistance } from "./pinyinDistance";
import type { SearchEntry } from "./searchIndex";

// How well an entry matches, best first. Equal scores keep the index's order (sectors, indicators,
// then targets), so an indicator comes before its own targets.
const EXACT = 100; // the whole name: 市场主体, "market entities", shichangzhuti, GDP for "(GDP)"
const INITIALS_OR_ACRONYM = 90; // all of sczt, or an acronym of the English name: gdp
const STARTS = 80; // the name starts with the query: 市场, shichang, "market"
const WORDS = 70; // every English word of the query is a word of the name
const INSIDE = 60; // inside the name, at a syllable's start in pinyin: 主体, zhuti
const INITIALS_START = 55; // the initials start with the query: sc
const WORD_STARTS = 50; // every English word of the query starts a word of the name: "mark ent"
const INITIALS_INSIDE = 40; // inside the initials: zt
const TYPO = 30; // pinyin within TYPO_EDITS of the name, for queries of TYPO_FROM letters or more
const TYPO_FROM = 8;
const TYPO_EDITS = 2;

/** Lowercase, half-width (ＧＤＰ → gdp), ü typed as v, apostrophes (xi'an) and outer spaces removed. */
function normalise(query: string): string {
  return query.normalize("NFKC").toLowerCase().replace(/ü/g, "v").replace(/['’]/g, "").replace(/\s+/g, " ").trim();
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

function scoreText(q: string, text: string): number {
  const t = text.toLowerCase();
  if (t === q) return EXACT;
  if (t.startsWith(q)) return STARTS;
  return t.includes(q) ? INSIDE : 0;
}

function scoreEnglish(q: string, en: string): number {
  const words = wordsOf(en);
  const typed = wordsOf(q);
  // One letter ("a") would match half the site.
  if (typed.join("").length < 2) return 0;
  if (typed.join(" ") === words.join(" ")) return EXACT;
  // "Gross domestic product (GDP)": the acronym in brackets is another name for the whole.
  if (en.match(/\(([A-Za-z]{2,})\)$/)?.[1].toLowerCase() === typed.join(" ")) return EXACT;
  if (typed.every((w) => words.includes(w))) return WORDS;
  if (typed.every((w) => words.some((word) => word.startsWith(w)))) return WORD_STARTS;
  return 0;
}

function scorePinyin(letters: string, entry: SearchEntry): number {
  if (letters.length < 2) return 0;
  const syllables = entry.pinyin.split(" ");
  const joined = syllables.join("");
  // Offsets at which a syllable starts: "zhuti" may match 主体 in 市场主体, "angzhu" may not.
  const starts = syllables.map((_, i) => syllables.slice(0, i).join("").length);
  const [initials, ...acronyms] = entry.initials.split(" ");
  const best = Math.max(
    letters === joined ? EXACT : 0,
    joined.startsWith(letters) ? STARTS : 0,
    starts.some((at) => joined.startsWith(letters, at)) ? INSIDE : 0,
    letters === initials || acronyms.includes(letters) ? INITIALS_OR_ACRONYM : 0,
    initials.startsWith(letters) ? INITIALS_START : 0,
    initials.includes(letters) ? INITIALS_INSIDE : 0,
  );
  if (best > 0 || letters.length < TYPO_FROM) return best;
  const edits = pinyinDistance(letters, entry.pinyin, TYPO_EDITS);
  return edits <= TYPO_EDITS ? TYPO - edits : 0;
}

const HAS_CHINESE = /[\u3400-\u9fff]/;

function scoreWhole(q: string, entry: SearchEntry): number {
  // Pinyin only when the query is nothing but letters and spaces; English only without Chinese in it.
  const pinyinScore = /^[a-z ]+$/.test(q) ? scorePinyin(q.replace(/ /g, ""), entry) : 0;
  const englishScore = HAS_CHINESE.test(q) ? 0 : scoreEnglish(q, entry.en);
  return Math.max(scoreText(q, entry.zh), englishScore, pinyinScore);
}

/**
 * The query as a whole ("shichang zhuti", "market entities"), or each of its terms matching
 * ("市场主体 2035", "gdp 2030": an entry scores as well as its worst-matching term).
 */
function score(q: string, entry: SearchEntry): number {
  const whole = scoreWhole(q, entry);
  const terms = q.split(" ");
  if (terms.length < 2) return whole;
  return Math.max(whole, Math.min(...terms.map((term) => scoreWhole(term, entry))));
}

/** The best `limit` entries for `query`, best first; nothing for an empty query. */
export function searchEntries(query: string, index: readonly SearchEntry[], limit = 10): SearchEntry[] {
  const q = normalise(query);
  if (!q) return [];
  return index
    .map((entry, order) => ({ entry, order, score: score(q, entry) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.entry);
}
