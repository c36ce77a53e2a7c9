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

/**
 * A link from a plan cell to a cell of the workbook (`收支总表!D12`): the cell keeps its text,
 * a click goes to the target. Hosts write it as an internal hyperlink (`#'收支总表'!D12`), never
 * as a HYPERLINK formula.
 */
export interface PlanLink {
  row: number;
  col: number;
  /** Sheet name as it is in the workbook. */
  sheet: string;
  /** A1 address in that sheet. */
  cell: string;
}

/** How the sheet prints. */
export interface PlanPageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Print scale in percent (10–400); the plan's column widths are chosen to fit the page at it. */
  scale: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Centre the printed block between the left and right margins. */
  centerHorizontally: boolean;
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
  /** Cells that link to the workbook cell a figure came from. */
  links: PlanLink[];
  pageSetup: PlanPageSetup;
  /**
   * Page footer in Excel's header/footer codes (`&P` page number, `&N` page count), which
   * exceljs and office-js (`headersFooters.defaultForAllPages.centerFooter`) both take as is.
   */
  footer: { center: string };
  /**
   * Rows after which a new printed page starts (Excel's manual row breaks; in office-js
   * `horizontalPageBreaks.add` on the row below). Chosen so no chart or heading is cut off.
   */
  pageBreaks: number[];
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
