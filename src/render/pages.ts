/**
 * Where the report sheet's printed pages break. Excel breaks pages wherever the rows run out;
 * a chart cut in two or a heading left at the foot of a page is what a reviewer sends back.
 * Rows that belong together are kept on one page when they fit on one, and an attachment
 * starts a page, as in the .docx.
 */

export interface PageRules {
  /** Row heights in points; rows not listed have the default height. */
  heights: Map<number, number>;
  defaultHeight: number;
  lastRow: number;
  /** Printable height of a page in points of the sheet (the page's height ÷ the print scale). */
  pageHeight: number;
  /** Row ranges to keep on one page (a chart with its caption and data, a heading and what follows). */
  keep: { start: number; end: number }[];
  /** Rows that start a new page. */
  breakBefore: number[];
}

/** Rows after which a new page starts, in order. */
export function pageBreaks(rules: PageRules): number[] {
  const height = (r: number): number => rules.heights.get(r) ?? rules.defaultHeight;
  const keepAt = new Map<number, number>();
  for (const k of rules.keep) keepAt.set(k.start, Math.max(keepAt.get(k.start) ?? k.start, k.end));
  const forced = new Set(rules.breakBefore);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 1; row <= rules.lastRow; row++) {
    const end = keepAt.get(row) ?? row;
    let block = 0;
    for (let r = row; r <= end; r++) block += height(r);
    const fitsOnAPage = block <= rules.pageHeight;
    const breakHere = (forced.has(row) && used > 0) || (used > 0 && fitsOnAPage && used + block > rules.pageHeight);
    if (breakHere) {
      breaks.push(row - 1);
      used = 0;
    }
    if (end > row && fitsOnAPage) {
      used += block;
      row = end;
    } else {
      used += height(row);
      // A single row taller than what is left starts the page after it (Excel does the same).
      if (used > rules.pageHeight) used = height(row);
    }
  }
  return breaks;
}
