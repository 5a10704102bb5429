// Builds what the search box searches: one small entry per sector, indicator and target, with the
// pinyin of each Chinese name worked out here, at build time, so that the browser can match
// "shichang zhuti" or "sczt" without a pinyin dictionary. Search itself is lib/search/searchEntries.ts,
// which a client component can import without pulling in pinyin-pro. Pure: no Next, React or Prisma.
import { pinyin } from "pinyin-pro";
import { formatFigure } from "../format/format";
import { formatFigureEnWithPublished } from "../format/formatEn";
import { englishOr, nameIn } from "../i18n/language";
import { deadline } from "../progress/steps";
import type { FigureView, IndicatorSummary, SectorSummary } from "../model/views";

export interface SearchEntry {
  /** Path of the Chinese page, e.g. "/indicators/gdp#target-2030"; the English page is "/en" + url. */
  url: string;
  kind: "sector" | "indicator" | "target";
  /** What a result shows in Chinese: the name; for a target, the name, its year and the figure. */
  zh: string;
  /** The same in English (our unofficial translation). */
  en: string;
  /** Pinyin of the Chinese name without tones, syllables split by spaces: "shi chang zhu ti" (ü is v). */
  pinyin: string;
  /** First letters of that pinyin ("sczt"), then any acronym of the English name: "dqsczz gdp". */
  initials: string;
}

// What the index needs of lib/model/views.ts's objects. A type-only import: nothing of queries.ts (or
// Prisma behind it) is loaded with this module.
export type SearchableSector = Pick<SectorSummary, "slug" | "nameZh" | "nameEn">;
export type SearchableIndicator = Pick<IndicatorSummary, "slug" | "nameZh" | "nameEn" | "unit"> & {
  figures: Pick<FigureView, "anchor" | "kind" | "year" | "comparator" | "value" | "valueMax" | "excerpt" | "excerptEn" | "published" | "dueAtYearEnd">[];
};

/** Pinyin and initials of a Chinese name; punctuation and Latin letters in it are left out. */
function spell(nameZh: string, nameEn: string): Pick<SearchEntry, "pinyin" | "initials"> {
  const syllables = pinyin(nameZh, { toneType: "none", type: "array", nonZh: "removed", v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
  // Acronyms such as GDP or SMEs, which English readers type as they are.
  const acronyms = (nameEn.match(/\b[A-Z]{2,}s?\b/g) ?? []).map((a) => a.toLowerCase());
  return { pinyin: syllables.join(" "), initials: [syllables.map((s) => s[0]).join(""), ...acronyms].join(" ") };
}

export function buildSearchIndex(sectors: SearchableSector[], indicators: SearchableIndicator[]): SearchEntry[] {
  const index: SearchEntry[] = [];
  for (const s of sectors)
    index.push({ url: `/sectors/${s.slug}`, kind: "sector", zh: s.nameZh, en: s.nameEn, ...spell(s.nameZh, s.nameEn) });
  for (const i of indicators)
    index.push({ url: `/indicators/${i.slug}`, kind: "indicator", zh: i.nameZh, en: nameIn("en", i), ...spell(i.nameZh, i.nameEn ?? "") });
  // Targets last: for the same match an indicator ranks before its own targets.
  for (const i of indicators) {
    const spelled = spell(i.nameZh, i.nameEn ?? "");
    for (const f of i.figures.filter((f) => f.kind === "target")) {
      const figure = { ...f, unit: i.unit ?? "" };
      // A qualitative target (转型取得突破) has no value: its excerpt says what it is.
      const [zh, en] = f.value === null ? [f.excerpt, englishOr(f.excerpt, f.excerptEn)] : [formatFigure(figure), formatFigureEnWithPublished(figure)];
      index.push({
        url: `/indicators/${i.slug}#${f.anchor}`,
        kind: "target",
        zh: `${i.nameZh}：${deadline("zh", f)}目标 ${zh}`,
        en: `${nameIn("en", i)}: target ${deadline("en", f)}, ${en}`,
        ...spelled,
      });
    }
  }
  return index;
}
