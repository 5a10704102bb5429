// Which slices of a web font cover a text. @fontsource packages cut a CJK font into ~100 files by
// unicode-range (listed in the package's unicode.json); an image needs only the few files its text
// uses. Pure, so that a test can prove every character the images may draw is covered: a character
// no font covers would make next/og try to download a font, which these machines cannot.

/** unicode.json: subset name → "U+4e00-4e8f,U+4e91,…" */
export type UnicodeRanges = Record<string, string>;

function parseRanges(value: string): [number, number][] {
  return value.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** The subset names covering every visible character of `text`, and the characters none covers. */
export function subsetsFor(text: string, ranges: UnicodeRanges): { subsets: string[]; uncovered: string[] } {
  const parsed = Object.entries(ranges).map(([name, value]) => [name, parseRanges(value)] as const);
  const subsets = new Set<string>();
  const uncovered = new Set<string>();
  for (const char of new Set(text.replace(/\s/g, ""))) {
    const code = char.codePointAt(0)!;
    const hit = parsed.find(([, rs]) => rs.some(([a, b]) => code >= a && code <= b));
    if (hit) subsets.add(hit[0]);
    else uncovered.add(char);
  }
  return { subsets: [...subsets].sort(), uncovered: [...uncovered] };
}
