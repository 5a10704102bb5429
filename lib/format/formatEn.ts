/*
 * English display of published figures, for the /en/ pages (our unofficial translation). English
 * readers misread "132.8 hundred million" (as 132.8 million), so 亿 and 万 become billions,
 * millions and plain numbers with thousands commas, the way China's statistics bureau writes English
 * text: 132.8亿元 is "13.28 billion yuan", 20万户 "200,000". Only the decimal point moves, exactly
 * (lib/format/exactDecimal.ts); nothing is rounded (data/README.md, "Numbers in English").
 *
 * Units: a unit that names what is counted gets English words (people, days, events). The Chinese
 * counters 个 家 户 项 所 套 处 条 only say "how many": the indicator's English name says of what, and
 * one word would be wrong for some of them (家 counts firms, but also a procuratorate and a school
 * among the model integrity units), so the number stands alone.
 */
import { inEnglishScale } from "./exactDecimal";
import { formatFigure, formatNumber, RANK_UNIT, type FigureToFormat } from "./format";

const PLACEHOLDER = "—";

/** [singular, plural] for units that name what they count; the empty string for bare counters. */
const UNIT_EN: Record<string, string | [string, string]> = {
  亿元: "yuan",
  万元: "yuan",
  人: ["person", "people"],
  名: ["person", "people"],
  人次: ["attendance", "attendances"],
  场: ["event", "events"],
  场次: ["event", "events"],
  期: ["session", "sessions"],
  天: ["day", "days"],
  次: ["time", "times"],
};

function unitWords(unit: string, plural: boolean): string {
  const words = UNIT_EN[unit] ?? "";
  return typeof words === "string" ? words : words[plural ? 1 : 0];
}

/**
 * What a unit of the source means, for English readers of the unit line, the CSV and the chart image:
 * 亿元 is "100 million yuan" (the statistics bureau's table unit), 家 counts firms. A Chinese counter
 * has no English word of its own, so its gloss says what the source counts with it.
 */
const UNIT_NAME_EN: Record<string, string> = {
  亿元: "100 million yuan", 万元: "10,000 yuan", 位: "rank", 个: "a count of items", 家: "a count of firms or organisations",
  户: "a count of households or registered businesses", 人: "people", 名: "people", 人次: "attendances", 场: "events", 场次: "events",
  期: "sessions", 项: "items", 所: "a count of schools", 套: "a count of housing units", 天: "days", 处: "a count of places",
  条: "a count of roads or lines", 次: "times",
};

/** "家 (a count of firms or organisations)", "亿元 (100 million yuan)"; "%" needs no gloss. */
export function unitNameEn(unit: string): string {
  const words = UNIT_NAME_EN[unit] ?? unitWords(unit, true);
  return words ? `${unit} (${words})` : unit;
}

/** "5th", "21st", "112th". */
export function ordinal(n: number): string {
  const text = formatNumber(n);
  if (!Number.isInteger(n)) return text;
  const lastTwo = Math.abs(n) % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[lastTwo % 10] ?? "th";
  return `${text}${suffix}`;
}

/** Powers of ten in a money unit: a value in 亿元 is value × 10^8 yuan. */
const UNIT_PLACES: Record<string, number> = { 亿元: 8, 万元: 4 };

/** The number alone, English style: 132.8 (亿元) → "13.28 billion", 200000 → "200,000". */
function numberEn(value: number, unit: string): string {
  return inEnglishScale(formatNumber(value), UNIT_PLACES[unit] ?? 0);
}

/** A number with its unit: "13.28 billion yuan", "84.85%", "7,709 people", "200,000", "5th". */
export function formatQuantityEn(value: number, unit: string, plural = value !== 1): string {
  if (!Number.isFinite(value)) return PLACEHOLDER;
  if (unit === RANK_UNIT) return ordinal(value);
  if (unit === "%") return `${formatNumber(value)}%`;
  return [numberEn(value, unit), unitWords(unit, plural)].filter(Boolean).join(" ");
}

function formatRangeEn(min: number, max: number, unit: string): string {
  if (unit === RANK_UNIT) return `${ordinal(min)}–${ordinal(max)}`;
  if (unit === "%") return `${formatNumber(min)}–${formatNumber(max)}%`;
  return [`${numberEn(min, unit)}–${numberEn(max, unit)}`, unitWords(unit, true)].filter(Boolean).join(" ");
}

export function formatFigureEn(f: FigureToFormat): string {
  const { comparator, value, valueMax, unit } = f;
  if (value === null) return "";
  const quantity = formatQuantityEn(value, unit);
  const rank = unit === RANK_UNIT;
  switch (comparator) {
    case "≥":
      return rank ? `${quantity} or lower` : `at least ${quantity}`;
    case ">":
      return rank ? `lower than ${quantity}` : `more than ${quantity}`;
    case "≈":
      return `about ${quantity}`;
    case "≤":
      // For a rank, "at most 5th" is what "top 5" means.
      return rank ? `top ${formatNumber(value)}` : `at most ${quantity}`;
    case "<":
      // A lower rank number is better, so "less than 5th" would mislead.
      return rank ? `better than ${quantity}` : `less than ${quantity}`;
    case "range":
      // A range missing its upper end only promises the lower one.
      return valueMax === null ? `at least ${quantity}` : formatRangeEn(value, valueMax, unit);
    case "=":
    case null:
      return quantity;
  }
}

// British English writes day, month in words, year, as GOV.UK does; read in UTC like formatDateZh.
const DATE_EN = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "25 November 2026". */
export function formatDateEn(d: Date): string {
  if (Number.isNaN(d.getTime())) return PLACEHOLDER;
  return DATE_EN.format(d);
}

/**
 * formatFigureEn followed by the published Chinese, where no Chinese stands beside the English
 * (headline cards, embeds, search results, slides): "13.28 billion yuan (132.8亿元)". Only when the
 * English writes the digits differently: "84.85%" needs no "(84.85%)".
 */
export function formatFigureEnWithPublished(f: FigureToFormat): string {
  const published = publishedBesideEn(f);
  return published ? `${formatFigureEn(f)} (${published})` : formatFigureEn(f);
}

/** The published Chinese quantity ("132.8亿元") when the English writes its digits otherwise, else null. */
export function publishedBesideEn(f: FigureToFormat): string | null {
  // The comparator's words are the English's own; a range keeps both its ends (1–2家, not 1家).
  const zh = formatFigure({ ...f, comparator: f.comparator === "range" ? "range" : "=" });
  const digits = (text: string) => text.match(/[\d.,]+/g)?.join(" ").replaceAll(",", "") ?? "";
  return !zh || digits(formatFigureEn(f)) === digits(zh) ? null : zh;
}
