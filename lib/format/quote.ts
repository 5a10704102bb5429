// Quoting a text in our own words: “…” outside, and the quotation marks already inside the quoted
// words turn into ‘…’, as both Chinese and English typesetting nest them (“‘四步走’战略目标”, never
// ““四步走”战略目标”). Pure.
export function quote(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
