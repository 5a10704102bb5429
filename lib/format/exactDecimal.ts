// Exact decimal arithmetic on numbers as they are written. English moves the decimal point of a
// published number (132.8亿 is "13.28 billion"); floating point cannot promise that a move never
// rounds (132.8 / 10 is 13.280000000000001), so numbers stay strings of digits here and only the
// point moves. Pure: no I/O.

/** A decimal as digits and a power of ten: "13.28" is { digits: "1328", exponent: -2 }. */
interface Decimal {
  digits: string;
  exponent: number;
}

const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

function parse(written: string): Decimal {
  const match = DECIMAL.exec(written);
  if (!match) throw new Error(`not a decimal number: “${written}”`);
  const whole = match[1].replaceAll(",", "");
  const fraction = match[2] ?? "";
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  return normalise({ digits, exponent: -fraction.length });
}

/** Trailing zeros move into the exponent, so equal numbers have one form: 13.280 = 13.28. */
function normalise({ digits, exponent }: Decimal): Decimal {
  if (/^0+$/.test(digits)) return { digits: "0", exponent: 0 };
  const trimmed = digits.replace(/0+$/, "");
  return { digits: trimmed, exponent: exponent + (digits.length - trimmed.length) };
}

function write({ digits, exponent }: Decimal): string {
  if (exponent >= 0) return digits + "0".repeat(exponent);
  const padded = digits.padStart(-exponent + 1, "0");
  return `${padded.slice(0, exponent)}.${padded.slice(exponent)}`;
}

/** Whether `written` is a plain decimal number (thousands commas allowed): "13.28", "200,000". */
export function isDecimal(written: string): boolean {
  return DECIMAL.test(written);
}

/** `written` × 10^places, exactly: ("132.8", -1) → "13.28"; ("8.5", 4) → "85000". */
export function shiftDecimal(written: string, places: number): string {
  const d = parse(written);
  return write(normalise({ digits: d.digits, exponent: d.exponent + places }));
}

/** The same number exactly, whatever its commas and trailing zeros: "200,000" = "200000"; "13.280" = "13.28". */
export function sameDecimal(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  return x.digits === y.digits && x.exponent === y.exponent;
}

/** Thousands separated by commas, decimals untouched: "200000" → "200,000"; "1234.5" → "1,234.5". */
export function withThousands(written: string): string {
  const [whole, fraction] = write(parse(written)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const SCALES = [
  { word: "billion", places: 9 },
  { word: "million", places: 6 },
] as const;

/**
 * How an English sentence writes `written` × 10^places, exactly: billions and millions as words
 * (13.28 billion, 13 million), smaller numbers in full with commas (85,000). The published digits
 * only move their point, so `sameDecimal` of the parts proves nothing was rounded.
 */
export function inEnglishScale(written: string, places: number): string {
  const whole = shiftDecimal(written, places);
  const integerDigits = whole.split(".")[0].length;
  for (const scale of SCALES)
    if (integerDigits > scale.places) return `${withThousands(shiftDecimal(whole, -scale.places))} ${scale.word}`;
  return withThousands(whole);
}
