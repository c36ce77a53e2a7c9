import Decimal from "decimal.js";

/** Width of text in half-width units: CJK and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    cp === 0x2014 || // — is drawn full width by CJK fonts, as are ≤ ≥ × ÷
    cp === 0x2264 ||
    cp === 0x2265 ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    cp === 0x201c ||
    cp === 0x201d
  );
}

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
