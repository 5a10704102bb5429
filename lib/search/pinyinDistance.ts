// How far a typed pinyin query is from a name's pinyin, for a search that forgives a small typo.
// Two kinds of slip are common: a letter wrong, missing, extra or swapped ("shichnag"), and a whole
// syllable's initial or final wrong ("shangchang" for shichang, 市场). The second costs three letters
// but is one slip, so the distance is the smaller of the two counts. Pure, and small enough to run
// in the browser: no dictionary.

// Longest first, so "zh" is taken before "z" and "iang" before "ian".
const INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];
const FINALS = [
  "iang", "iong", "uang",
  "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "van",
  "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "ve", "er", "an", "en", "in", "un", "vn", "ia", "ua", "uo",
  "a", "o", "e", "i", "u", "v",
];

/** Letters as pinyin initials and finals: "shichang" → ["sh", "i", "ch", "ang"]; a letter that fits neither stands alone. */
export function pinyinUnits(letters: string): string[] {
  const units: string[] = [];
  let at = 0;
  while (at < letters.length) {
    const rest = letters.slice(at);
    const initial = INITIALS.find((i) => rest.startsWith(i)) ?? "";
    const final = FINALS.find((f) => rest.startsWith(f, initial.length)) ?? "";
    if (initial) units.push(initial);
    if (final) units.push(final);
    const used = initial.length + final.length;
    if (used === 0) units.push(rest[0]);
    at += Math.max(used, 1);
  }
  return units;
}

/**
 * Fewest edits that turn `query` into some run of `text` (the run may start and end anywhere):
 * Sellers' algorithm. With `swaps`, two neighbours swapped count as one edit. Stops as soon as
 * every run needs more than `limit` edits, and then answers limit + 1.
 */
function editsToRun(query: readonly string[], text: readonly string[], swaps: boolean, limit: number): number {
  let before: number[] = [];
  let previous: number[] = new Array(text.length + 1).fill(0);
  for (let i = 1; i <= query.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= text.length; j++) {
      const change = query[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change);
      if (swaps && i > 1 && j > 1 && query[i - 1] === text[j - 2] && query[i - 2] === text[j - 1])
        current[j] = Math.min(current[j], before[j - 2] + 1);
      best = Math.min(best, current[j]);
    }
    // A row never gets cheaper further down, so no run can come back under the limit.
    if (best > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(...previous);
}

// The index's pinyin strings are few and searched on every keystroke: split each once.
const unitsOfPinyin = new Map<string, string[]>();

/**
 * Distance from `query` (letters only, e.g. "shangchangzhuti") to the closest run of `pinyin`
 * (syllables separated by spaces, e.g. "shi chang zhu ti"): edits counted in letters, or in
 * initials and finals, whichever is fewer. A short query has few initials and finals, and one wrong
 * of two syllables is a different word, not a typo, so counting in them is trusted only for one
 * edit per four of them in the query: shangchang (4) may be shichang (one edit) but not shengchan (two).
 * Past `limit` the exact distance is not worked out: the answer is then just more than `limit`.
 */
export function pinyinDistance(query: string, pinyin: string, limit = Infinity): number {
  const letters = editsToRun([...query], [...pinyin.replace(/ /g, "")], true, limit);
  if (letters === 0) return 0;
  let textUnits = unitsOfPinyin.get(pinyin);
  if (!textUnits) unitsOfPinyin.set(pinyin, (textUnits = pinyin.split(" ").flatMap(pinyinUnits)));
  const queryUnits = pinyinUnits(query);
  const trusted = Math.floor(queryUnits.length / 4);
  const units = editsToRun(queryUnits, textUnits, false, Math.min(trusted, limit));
  return units <= trusted ? Math.min(letters, units) : letters;
}
