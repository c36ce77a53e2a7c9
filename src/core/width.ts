/**
 * Width of text in half-width columns, as a terminal or a CJK font lays it out: CJK and
 * full-width characters take two. The command line's tables and the report layout share it.
 */
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
    cp === 0x2014 || // — is drawn full width by CJK fonts, as are ≤ ≥ × ÷ and the curly quotes
    cp === 0x2264 ||
    cp === 0x2265 ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    cp === 0x201c ||
    cp === 0x201d
  );
}
