/**
 * The snapshot is the seam between hosts and core: a plain, serialisable description of a
 * workbook. The Excel host (office-js) and the file host (exceljs) both produce it; every
 * core test builds one in code.
 */

export type CellValue =
  | { type: "empty" }
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "boolean"; value: boolean }
  /** An Excel date cell, as an ISO date `yyyy-mm-dd` (time of day dropped). */
  | { type: "date"; value: string }
  /** An Excel error value such as `#REF!`, `#DIV/0!`, `#N/A`. */
  | { type: "error"; value: string };

export interface SnapshotCell {
  /** 1-based row number. */
  row: number;
  /** 1-based column number (A = 1). */
  col: number;
  /** The value as Excel shows it; for a formula, its cached result (`empty` when never calculated). */
  value: CellValue;
  /** The formula text without the leading `=`, when the cell holds a formula. */
  formula?: string;
  /** The number format, when it matters for reading (dates, percentages). */
  numFmt?: string;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SnapshotSheet {
  name: string;
  /** Non-empty cells (value or formula), in any order. */
  cells: SnapshotCell[];
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface WorkbookSnapshot {
  sheets: SnapshotSheet[];
}

/** Letters of the columns met so far: every cell reference of a check spells one. */
const LETTERS: string[] = [];

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  // Excel has 16 384 columns; a larger number is garbage and not worth keeping.
  if (Number.isInteger(col) && col > 0 && col <= 16384) LETTERS[col] = s;
  return s;
}

/** A1 address of a cell: (15, 4) → D15. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** The address users see and click: `收支总表!D15`. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** Parses `D15` into row and column; undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** A value as given in code by tests and the template writer. */
export type CellInput =
  | string
  | number
  | boolean
  | null
  | undefined
  | { formula: string; value?: string | number | null }
  | { error: string }
  | { date: string }
  | { value: number; numFmt: string };

export function toSnapshotCell(row: number, col: number, input: CellInput): SnapshotCell | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  if (typeof input === "string") return { row, col, value: { type: "string", value: input } };
  if (typeof input === "number") return { row, col, value: { type: "number", value: input } };
  if (typeof input === "boolean") return { row, col, value: { type: "boolean", value: input } };
  if ("formula" in input) {
    const v = input.value;
    const value: CellValue =
      v === null || v === undefined
        ? { type: "empty" }
        : typeof v === "number"
          ? { type: "number", value: v }
          : { type: "string", value: v };
    return { row, col, value, formula: input.formula };
  }
  if ("error" in input) return { row, col, value: { type: "error", value: input.error } };
  if ("date" in input) return { row, col, value: { type: "date", value: input.date } };
  return { row, col, value: { type: "number", value: input.value }, numFmt: input.numFmt };
}

/** Builds a snapshot sheet from rows of values (row 1 first, column A first). */
export function sheetFromRows(
  name: string,
  rows: CellInput[][],
  extra: Partial<Omit<SnapshotSheet, "name" | "cells">> = {},
): SnapshotSheet {
  const cells: SnapshotCell[] = [];
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const c = toSnapshotCell(i + 1, j + 1, v);
      if (c) cells.push(c);
    }),
  );
  return { name, cells, merges: extra.merges ?? [], hiddenRows: extra.hiddenRows, hiddenCols: extra.hiddenCols };
}
