/*
 * English display of published figures, for the /en/ pages (our unofficial translation). The digits
 * are those the Chinese display shows, never converted (data/README.md, "Numbers in English"):
 * 132.8亿元 is "132.8 hundred million yuan" and 20万户 is "20 ten thousand".
 *
 * Units: a unit that names what is counted gets English words (people, days, events). The Chinese
 * counters 个 家 户 项 所 套 处 条 only say "how many": the indicator's English name says of what, and
 * one word would be wrong for some of them (家 counts firms, but also a procuratorate and a school
 * among the model integrity units), so the number stands alone.
 */
import { MULTIPLIER_EN } from "./englishNumbers";
import { formatNumber, inWan, RANK_UNIT, type FigureToFormat } from "./format";

const PLACEHOLDER = "—";

/** [singular, plural] for units that name what they count; the empty string for bare counters. */
const UNIT_EN: Record<string, string | [string, string]> = {
  亿元: `${MULTIPLIER_EN.亿} yuan`,
  万元: `${MULTIPLIER_EN.万} yuan`,
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

/** "5th", "21st", "112th". */
export function ordinal(n: number): string {
  const text = formatNumber(n);
  if (!Number.isInteger(n)) return text;
  const lastTwo = Math.abs(n) % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[lastTwo % 10] ?? "th";
  return `${text}${suffix}`;
}

/** A number with its unit: "132.8 hundred million yuan", "84.85%", "7709 people", "20 ten thousand", "5th". */
export function formatQuantityEn(value: number, unit: string, plural = value !== 1): string {
  if (!Number.isFinite(value)) return PLACEHOLDER;
  if (unit === RANK_UNIT) return ordinal(value);
  if (unit === "%") return `${formatNumber(value)}%`;
  const wan = inWan(value, unit);
  const number = wan === null ? formatNumber(value) : `${formatNumber(wan)} ${MULTIPLIER_EN.万}`;
  return [number, unitWords(unit, plural)].filter(Boolean).join(" ");
}

function formatRangeEn(min: number, max: number, unit: string): string {
  if (unit === RANK_UNIT) return `${ordinal(min)}–${ordinal(max)}`;
  if (unit === "%") return `${formatNumber(min)}–${formatNumber(max)}%`;
  const minWan = inWan(min, unit);
  const maxWan = inWan(max, unit);
  // As in Chinese: 万 only when both ends qualify, so both ends share one scale.
  const [a, b, scale] =
    minWan !== null && maxWan !== null ? [minWan, maxWan, ` ${MULTIPLIER_EN.万}`] : [min, max, ""];
  return [`${formatNumber(a)}–${formatNumber(b)}${scale}`, unitWords(unit, true)].filter(Boolean).join(" ");
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
