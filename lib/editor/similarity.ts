// How alike two Chinese phrases are, by the pairs of neighbouring characters they share (Dice's
// coefficient over bigrams): the drafter's measure for placing a number with an indicator. Pure.

/** The pairs of neighbouring characters of a text, numbers and punctuation left out. */
export function pairs(text: string): Set<string> {
  const words = text.replace(/\d+(?:\.\d+)?余?[万亿]?/g, "|").replace(/[\s“”"'‘’（）()《》【】、，。；：,.;:%％·\-—]/g, "|");
  const found = new Set<string>();
  for (const part of words.split("|")) for (let i = 0; i + 1 < part.length; i++) found.add(part.slice(i, i + 2));
  return found;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function dice(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size);
}
