import Decimal from "decimal.js";
import { displayWidth } from "../core/width";

export { displayWidth };

/** Pads to a display width (CJK-aware), on the right or the left. */
export function pad(s: string, width: number, alignRight = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return alignRight ? fill + s : s + fill;
}

/** Lines a wrapped cell needs for the text at a column width in half-width units. */
export function wrappedLines(s: string, columnWidth: number): number {
  if (s === "") return 1;
  return s.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / columnWidth)), 0);
}

export interface NumericCell {
  value: number;
  numFmt: string;
}

/**
 * A table cell's text as a number for a spreadsheet: `28.50` → 28.5 with `0.00`,
 * `1,196.30` → 1196.3, `95.10%` → 0.951 with `0.00%`. Undefined for anything else
 * (`无法计算`, `—`), which stays text.
 */
export function parseNumeric(s: string): NumericCell | undefined {
  const m = /^(-?\d+(?:,\d{3})*(?:\.(\d+))?)(%?)$/.exec(s.trim());
  if (!m) return undefined;
  const decimals = m[2]?.length ?? 0;
  const digits = decimals > 0 ? "0." + "0".repeat(decimals) : "0";
  let d = new Decimal(m[1].replace(/,/g, ""));
  if (m[3] === "%") d = d.div(100);
  return { value: d.toNumber(), numFmt: m[3] === "%" ? digits + "%" : digits };
}
