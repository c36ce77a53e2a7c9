import { parseNumeric } from "./measure";
import type { CellStyle, PlanCell, SheetPlan } from "./sheet-plan";

/**
 * The report sheet's grid and the builder that fills it row by row: column A a gutter,
 * columns B–K ten equal columns that a paragraph spans and a table shares out.
 */

export const FIRST = 2;
export const GRID = 10;
/** Ten columns of 9.2 leave room on A4 at 90 % for fonts wider than Excel's default. */
export const GRID_WIDTH = 9.2;
const GUTTER = 2;
export const PRINT_SCALE = 90;
/** Points per wrapped line of 11 pt CJK text, and Excel's ceiling for a row. */
const LINE_PT = 15;
const MAX_ROW_PT = 409;
export const DEFAULT_ROW_PX = 20;
export const DEFAULT_ROW_PT = 15;
export const A4_HEIGHT_IN = 11.69;
export const CHART_SIZE = { widthPx: 600, heightPx: 340 };
/** `#,##0.00` amounts, `0.00%` rates: what a finance reader expects. */
export const AMOUNT_FORMAT = "#,##0.00";

export const BODY: CellStyle = { size: 11, wrap: true, valign: "top" };
export const HEADER: CellStyle = {
  bold: true,
  size: 10,
  wrap: true,
  align: "center",
  valign: "middle",
  fill: "F2F2F2",
  border: true,
};
export const HEADING_SIZE = { 1: 14, 2: 12, 3: 11 } as const;

/** Half-width characters a wrapped cell of `width` (Excel character units) holds on one line. */
export function capacity(width: number, size: number): number {
  // A CJK glyph is about one em wide; 0.85 leaves room for the cell's padding and wider fonts.
  return Math.max(4, Math.floor(((width * 7 + 5) / ((size * 4) / 3)) * 2 * 0.85));
}

export class SheetBuilder {
  readonly plan: SheetPlan;
  row = 1;
  charts = 0;
  /** Rows to keep on one printed page, and rows that start one (see pages.ts). */
  readonly keep: { start: number; end: number }[] = [];
  readonly breakBefore: number[] = [];

  constructor(sheetName: string) {
    this.plan = {
      sheetName,
      cells: [],
      merges: [],
      columnWidths: [
        { col: 1, width: GUTTER },
        ...Array.from({ length: GRID }, (_, i) => ({ col: FIRST + i, width: GRID_WIDTH })),
      ],
      rowHeights: [],
      notes: [],
      charts: [],
      links: [],
      pageSetup: {
        paper: "A4",
        orientation: "portrait",
        scale: PRINT_SCALE,
        margins: { left: 0.6, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
      },
      footer: { center: "— &P —" },
      pageBreaks: [],
    };
  }

  /** Text over grid columns `from`..`from + span - 1` (0-based), merged when wider than one. */
  text(from: number, span: number, value: string, style: CellStyle = {}): void {
    this.plan.cells.push({ row: this.row, col: FIRST + from, kind: "text", value, style: { ...style, numFmt: "@" } });
    this.merge(from, span);
  }

  value(from: number, span: number, value: string, style: CellStyle, numeric: boolean, format?: string): void {
    const n = numeric ? parseNumeric(value) : undefined;
    if (!n) return this.text(from, span, value, style);
    const numFmt =
      format ?? (n.numFmt.endsWith("%") ? n.numFmt : n.numFmt === "0" ? "#,##0" : `#,##0${n.numFmt.slice(1)}`);
    const cell: PlanCell = {
      row: this.row,
      col: FIRST + from,
      kind: "number",
      value: n.value,
      style: { ...style, numFmt, align: "right" },
    };
    this.plan.cells.push(cell);
    this.merge(from, span);
  }

  private merge(from: number, span: number): void {
    if (span > 1)
      this.plan.merges.push({ top: this.row, left: FIRST + from, bottom: this.row, right: FIRST + from + span - 1 });
  }

  /** The row's height from the lines its tallest cell needs. */
  fit(lines: number, size = 11, extra = 4): void {
    const points = Math.min(MAX_ROW_PT, Math.ceil(lines * (size <= 10 ? LINE_PT - 1.5 : LINE_PT) + extra));
    if (points > 15) this.plan.rowHeights.push({ row: this.row, height: points });
  }

  next(rows = 1): void {
    this.row += rows;
  }
}

/** Grid columns per table column, in proportion to `weights`, each at least one. */
export function spans(weights: number[]): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  const raw = weights.map((w) => Math.max(1, (w / total) * GRID));
  const out = raw.map((r) => Math.max(1, Math.floor(r)));
  while (out.reduce((a, s) => a + s, 0) < GRID) {
    const i = raw.map((r, k) => r - out[k]).reduce((best, d, k, all) => (d > all[best] ? k : best), 0);
    out[i] += 1;
    raw[i] = out[i];
  }
  while (out.reduce((a, s) => a + s, 0) > GRID) out[out.indexOf(Math.max(...out))] -= 1;
  return out;
}
