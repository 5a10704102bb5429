// Ready-made citations of an indicator page and of the source document behind it, in GB/T 7714-2015
// (the Chinese national standard) and APA (7th edition). Nothing is made up: where a source names no
// publisher or date, the citations say 不详 / n.d. rather than guess; APA gives a title in another
// language with its English in square brackets, where we have one. Pure.
export interface CitationInput {
  site: string;
  /** e.g. "市场主体：2023年22845户；到2035年目标超过20万户" */
  title: string;
  url: string;
  /** When the data were last updated (the page's date). */
  updated: Date;
  /** The access date: the day the page was built, since the page is prerendered. */
  accessed: Date;
  source: { titleZh: string; titleEn: string | null; publisher: string | null; published: string | null; url: string | null };
}

export interface Citations {
  gbt: { page: string; source: string };
  apa: { page: string; source: string };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
// The dates are the build's, in UTC, so a page says the same day wherever it was built.
const english = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
const part = (d: Date, type: Intl.DateTimeFormatPartTypes) => english.formatToParts(d).find((p) => p.type === type)!.value;
/** APA's date of a web page: 2026, November 29. */
const apaDate = (d: Date) => `${part(d, "year")}, ${part(d, "month")} ${part(d, "day")}`;
/** APA's retrieval date: November 29, 2026. */
const apaDay = (d: Date) => english.format(d);

export function citations(c: CitationInput): Citations {
  const { source } = c;
  // GB/T 7714-2015 §8.4: an unknown publisher is written [出版者不详]; a missing date is not estimated.
  const gbtSource = [
    `${source.titleZh}[EB/OL]. ${source.publisher ?? "[出版者不详]"}, ${source.published ?? "[出版日期不详]"}.`,
    source.url ? ` ${source.url}.` : "",
  ].join("");
  // APA: a work with no author is cited by its title, and with no date as (n.d.); a non-English title
  // is followed by its English translation in square brackets (APA 7, §9.38).
  const title = source.titleEn ? `${source.titleZh} [${source.titleEn}]` : source.titleZh;
  const apaSource = [
    source.publisher ? `${source.publisher}. (${source.published ?? "n.d."}). ${title}.` : `${title}. (${source.published ?? "n.d."}).`,
    source.url ? ` ${source.url}` : "",
  ].join("");
  return {
    gbt: {
      page: `${c.site}. ${c.title}[EB/OL]. (${iso(c.updated)})[${iso(c.accessed)}]. ${c.url}.`,
      source: gbtSource,
    },
    apa: {
      page: `${c.site}. (${apaDate(c.updated)}). ${c.title} [Data set]. Retrieved ${apaDay(c.accessed)}, from ${c.url}`,
      source: apaSource,
    },
  };
}
