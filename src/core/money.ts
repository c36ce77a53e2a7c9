import Decimal from "decimal.js";

/**
 * Money and counts are decimals end to end: no binary floating point in sums or
 * comparisons (696.39 + 0.01 is exactly 696.40).
 */
export { Decimal };

export const ZERO = new Decimal(0);
/** 1 万元 in 元; units.ts is its home. */
export { WAN } from "./units";

/**
 * A number that came out of Excel as an IEEE double. Excel keeps 15 significant digits, so
 * anything beyond is float noise (a cached SUM of 499.90000000000003 is 499.9).
 */
export function fromExcelNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return ZERO;
  // Whole numbers below 2^53 are exact as they are; the rest are cut to Excel's 15 digits.
  if (Number.isSafeInteger(n)) return new Decimal(n);
  // The shortest text of a double with at most 15 digits is what 15-digit rounding gives
  // (trailing zeros aside), and shorter to parse: 696.39, not 696.390000000000.
  const shortest = String(n);
  return new Decimal(shortest.length <= 15 && !shortest.includes("e") ? shortest : n.toPrecision(15));
}

/** Full-width digits and punctuation to ASCII (`６９６．３９` → `696.39`). */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(s: string): string {
  // Most text has nothing to convert: a test is cheaper than two replaces on every label.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export interface ParsedNumberText {
  value: Decimal;
  /** True when the text needed more than trimming (separators, full-width, unit suffix). */
  normalised: boolean;
}

const ZERO_MARKS = new Set(["-", "—", "–", "/", "－", "／", "——", "--"]);

/** `-`, `—`, `/` in an amount cell mean zero (nothing), as in published tables. */
export function isZeroMark(s: string): boolean {
  return ZERO_MARKS.has(s.trim());
}

/**
 * Reads a number typed or pasted as text: `1,234.56`, `６９６．３９`, ` 12 `, `35.2万元`,
 * `500元`, `-3`, `(3)` is not accepted. Returns undefined when the text is not a number
 * (`约700`, `N/A`). The unit suffix is only stripped, never converted.
 */
export function parseNumberText(raw: string): ParsedNumberText | undefined {
  const half = toHalfWidth(raw).trim();
  if (half === "") return undefined;
  let s = half.replace(/\s+/g, "");
  s = s.replace(/(万元|元|万)$/, "");
  const hasSeparators = /\d,\d{3}/.test(s);
  if (hasSeparators) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return undefined;
    s = s.replace(/,/g, "");
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const value = new Decimal(s);
  return { value, normalised: s !== raw };
}

/** Two decimals, fixed: 696.4 → "696.40". */
export function formatAmount(d: Decimal, places = 2): string {
  return d.toFixed(places, Decimal.ROUND_HALF_UP);
}

/** A decimal as a plain string without float noise or exponent (for JSON). */
export function decimalString(d: Decimal): string {
  return d.toFixed();
}

/** |a − b| ≤ tolerance. */
export function withinTolerance(a: Decimal, b: Decimal, tolerance: Decimal): boolean {
  return a.minus(b).abs().lte(tolerance);
}

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** a / b × 100, or undefined when b is zero. */
export function percentage(a: Decimal, b: Decimal): Decimal | undefined {
  if (b.isZero()) return undefined;
  return a.div(b).times(100);
}
