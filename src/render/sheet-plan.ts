import type { CellRange } from "../core/snapshot";
import type { ChartSpec } from "../core/report/document";

/**
 * A host-neutral plan for one new worksheet. Rows and columns are 1-based (A = 1). Both the
 * file host (exceljs) and the Excel host (office-js) apply it as it is.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour, `RRGGBB`. */
  color?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
  /** Excel number format; every text cell carries `@`. */
  numFmt?: string;
  /** Solid fill, `RRGGBB`. */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
}

/**
 * `text` cells must be written as text, never as a formula, whatever they begin with
 * (`=HYPERLINK(…)`, `+`, `-`, `@`): hosts set the `@` format and write the string as a string.
 */
export type PlanCell = { row: number; col: number; style: CellStyle } & (
  { kind: "text"; value: string } | { kind: "number"; value: number }
);

export interface PlanNote {
  row: number;
  col: number;
  text: string;
}

export interface PlanChart {
  spec: ChartSpec;
  /** The chart's data as written on the sheet: header row and category column included. */
  dataRange: CellRange;
  /** Top-left cell of the chart and its size; the plan keeps the rows under it free. */
  anchor: { row: number; col: number; widthPx: number; heightPx: number };
}

export interface SheetPlan {
  sheetName: string;
  cells: PlanCell[];
  merges: CellRange[];
  /** Widths in Excel character units. */
  columnWidths: { col: number; width: number }[];
  /** Heights in points, for rows whose wrapped text needs more than one line. */
  rowHeights: { row: number; height: number }[];
  notes: PlanNote[];
  charts: PlanChart[];
}

export const DEFAULT_REPORT_SHEET = "绩效评价报告";
const MAX_SHEET_NAME = 31;

/**
 * A sheet name not yet taken (Excel compares names case-insensitively): `绩效评价报告`,
 * then `绩效评价报告(2)`, `(3)`… An existing sheet is never reused.
 */
export function uniqueSheetName(existing: string[], base = DEFAULT_REPORT_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, "").slice(0, MAX_SHEET_NAME) || DEFAULT_REPORT_SHEET;
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
