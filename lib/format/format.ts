/*
 * Chinese-first display of published figures. A published figure is never
 * rounded or altered: numbers are shown with every digit they were published
 * with, and only floating-point noise (beyond six decimals) is removed.
 */
import type { Comparator } from "../progress/progress";
import type { PublishedForm } from "./publishedForm";

export type Unit = string;

const PLACEHOLDER = "—";

/** Ranks are written "第5位", never "5位". */
export const RANK_UNIT = "位";

/**
 * Units that already carry their own scale (or are a percentage) are never
 * re-expressed in 万; "20万万元" would be nonsense.
 */
const SCALED_UNITS: ReadonlySet<string> = new Set(["亿元", "万元", "%"]);

const WAN = 10000;
const WAN_FROM = 100000;

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return PLACEHOLDER;
  // toFixed switches to exponent notation from 1e21; no published figure is
  // that large, but the digits must still not be mangled.
  if (Math.abs(value) >= 1e21) return String(value);
  const text = value.toFixed(6).replace(/\.?0+$/, "");
  // Noise such as -1e-9 would otherwise print as "-0".
  return text === "-0" ? "0" : text;
}

/**
 * A count of 100000 or more reads better in 万, but only when that is exact
 * to two decimals (a whole multiple of 100); otherwise all digits stay. Used
 * where no excerpt says how the source wrote it (see publishedForm).
 */
export function inWan(value: number, unit: string): number | null {
  if (SCALED_UNITS.has(unit) || unit === RANK_UNIT) return null;
  if (unit.startsWith("万") || unit.startsWith("亿")) return null;
  if (Math.abs(value) < WAN_FROM) return null;
  if (!Number.isInteger(value) || value % 100 !== 0) return null;
  return value / WAN;
}

export function formatQuantity(value: number, unit: string): string {
  if (unit === RANK_UNIT) return `第${formatNumber(value)}${RANK_UNIT}`;
  const wan = inWan(value, unit);
  if (wan !== null) return `${formatNumber(wan)}万${unit}`;
  return `${formatNumber(value)}${unit}`;
}

function formatRange(min: number, max: number, unit: string): string {
  if (unit === RANK_UNIT) return `第${formatNumber(min)}–${formatNumber(max)}${RANK_UNIT}`;
  const minWan = inWan(min, unit);
  const maxWan = inWan(max, unit);
  // Mixing "100000–20万户" would hide that both ends share a scale, so 万 is
  // used only when both ends qualify.
  if (minWan !== null && maxWan !== null) {
    return `${formatNumber(minWan)}–${formatNumber(maxWan)}万${unit}`;
  }
  return `${formatNumber(min)}–${formatNumber(max)}${unit}`;
}

/** A figure as the formatters need it: a null value is a qualitative figure, shown as "". */
export interface FigureToFormat {
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string;
  /** How the source writes the quantity (lib/format/publishedForm.ts): shown as written when known. */
  published?: PublishedForm | null;
}

export function formatFigure(f: FigureToFormat): string {
  const { comparator, value, valueMax, unit, published } = f;
  if (value === null) return "";
  const quantity = published && comparator !== "range" ? published.text : formatQuantity(value, unit);
  // 8.5万余人次 already says "more than": 超过 would say it twice.
  if (comparator === ">" && published?.more) return quantity;
  switch (comparator) {
    case "≥":
      return `${quantity}以上`;
    case ">":
      return `超过${quantity}`;
    case "≈":
      return `${quantity}左右`;
    case "≤":
      // For a rank, "at most 5th" is how official texts say "top 5".
      return unit === RANK_UNIT ? `前${formatNumber(value)}${RANK_UNIT}` : `不超过${quantity}`;
    case "<":
      // "低于第5位" would be ambiguous (a lower rank number is better).
      return unit === RANK_UNIT ? `优于${quantity}` : `低于${quantity}`;
    case "range":
      // A range missing its upper end only promises the lower one.
      return valueMax === null ? `${quantity}以上` : formatRange(value, valueMax, unit);
    case "=":
    case null:
      return quantity;
  }
}

/** One decimal of a percentage; "-0.0%" would suggest a fall that isn't there. */
function percentOneDecimal(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return PLACEHOLDER;
  const text = (ratio * 100).toFixed(1);
  return `${text === "-0.0" ? "0.0" : text}%`;
}

/** These are derived rates, not published figures, so rounding is allowed. */
export function formatGrowth(rate: number | null): string {
  return percentOneDecimal(rate);
}

export function formatShare(share: number | null): string {
  return percentOneDecimal(share);
}

// Read in UTC: a data date is a calendar day (2026-11-25), not a moment in Beijing or in the reader's zone.
const DATE_ZH = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "UTC" });

/** "2026年11月25日". */
export function formatDateZh(d: Date): string {
  if (Number.isNaN(d.getTime())) return PLACEHOLDER;
  return DATE_ZH.format(d);
}
