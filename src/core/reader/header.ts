import { cellText, normalizeHeader, normalizeLabel, normalizeText } from "../normalize";
import type { AmountUnit } from "../model";
import type { SnapshotCell } from "../snapshot";
import type { ColumnDef } from "../template";
import type { SheetGrid } from "./grid";

/** Where a table's header is and which column holds which canonical header. */
export interface Header {
  /** First and last header row (two rows when a group header sits above leaf headers). */
  top: number;
  bottom: number;
  /** Canonical column name → column number. */
  cols: Record<string, number>;
  /** Canonical column name → header cell address (`支出明细!D4`). */
  cells: Record<string, string>;
  /** A unit declared in an amount column's header (`决算数（元）`), if any. */
  unit?: AmountUnit;
}

/** Normalised header text → canonical column name, for a sheet's columns and their aliases. */
function headerNames(columns: ColumnDef[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of columns) for (const n of [c.name, ...(c.aliases ?? [])]) names.set(normalizeHeader(n), c.name);
  return names;
}

function textOf(c: SnapshotCell | undefined): string {
  return c && c.value.type === "string" ? c.value.value : "";
}

/**
 * Finds the header row: the first row (within `searchRows` rows, all rows when undefined)
 * holding at least two of the known headers. The next row is a second header row when it
 * holds a known header and no number (leaf headers under a merged group header).
 */
export function findHeader(
  grid: SheetGrid,
  columns: ColumnDef[],
  options: { groups?: string[]; searchRows?: number } = {},
): Header | undefined {
  const names = headerNames(columns);
  const groups = new Set((options.groups ?? []).map(normalizeHeader));
  // Distinct columns (or group headers) a cell names: `决算数` and `本年决算数` count once.
  const known = (c: SnapshotCell): string | undefined => {
    const n = normalizeHeader(textOf(c));
    return names.get(n) ?? (groups.has(n) ? `group:${n}` : undefined);
  };
  const last = options.searchRows === undefined ? grid.maxRow : Math.min(grid.maxRow, options.searchRows);
  const top = grid.rows(1, last).find((r) => {
    const found = new Set(
      grid
        .rowCells(r)
        .map(known)
        .filter((k) => k !== undefined),
    );
    return found.size >= 2;
  });
  if (top === undefined) return undefined;
  const next = grid.rowCells(top + 1);
  const twoRows =
    next.some((c) => names.has(normalizeHeader(textOf(c)))) && !next.some((c) => c.value.type === "number");
  const bottom = twoRows ? top + 1 : top;

  const header: Header = { top, bottom, cols: {}, cells: {} };
  for (let col = 1; col <= grid.maxCol; col++) {
    // The leaf header wins over the group header above it; merged cells read as their top-left.
    for (let row = bottom; row >= top; row--) {
      const c = grid.resolved(row, col);
      const name = names.get(normalizeHeader(textOf(c)));
      if (!c || !name) continue;
      if (header.cols[name] === undefined) {
        header.cols[name] = col;
        header.cells[name] = grid.ref(c.row, c.col);
        header.unit ??= unitInHeader(
          textOf(c),
          columns.find((d) => d.name === name),
        );
      }
      break;
    }
  }
  return header;
}

function unitInHeader(raw: string, def: ColumnDef | undefined): AmountUnit | undefined {
  if (def?.kind !== "amount") return undefined;
  const m = /\((万元|元)\)$/.exec(normalizeText(raw));
  return m ? (m[1] as AmountUnit) : undefined;
}

const UNIT_ROW = /单位:?(万元|元)/;

/** `单位：万元`, `金额单位:元`, also inside a title or in a cell to the right, in the given rows. */
export function findUnit(grid: SheetGrid, fromRow: number, toRow: number): AmountUnit | undefined {
  for (const r of grid.rows(fromRow, toRow)) {
    for (const c of grid.rowCells(r)) {
      const m = UNIT_ROW.exec(normalizeText(textOf(c)));
      if (m) return m[1] as AmountUnit;
    }
  }
  return undefined;
}

const INDEX_TEXT = /^(?:\d+|[一二三四五六七八九十百]+|\(\d+\)|\([一二三四五六七八九十百]+\))[、.)]?$/;
/** Rows that only number the columns of published tables. */
const IGNORED_LABELS = new Set(["栏次", "行次", "序号"]);

/** A row's label: the normalised text and where it is. */
export interface RowLabel {
  label: string;
  raw: string;
  col: number;
  cell: string;
}

/** True for text that is a row index, a column-number row (`栏次`) or nothing. */
export function isIndexOrBlank(label: string): boolean {
  return label === "" || INDEX_TEXT.test(label) || IGNORED_LABELS.has(label);
}

/**
 * The label of a row: the first text cell within columns `firstCol`…`lastCol` (A–C by
 * default) that is not an index (`1`, `一、`). A number in column A (an index) is passed over.
 */
export function rowLabel(grid: SheetGrid, row: number, lastCol = 3, firstCol = 1): RowLabel | undefined {
  for (let col = firstCol; col <= lastCol; col++) {
    const c = grid.cell(row, col);
    if (!c || c.value.type !== "string") continue;
    const label = normalizeLabel(c.value.value);
    if (isIndexOrBlank(label)) continue;
    return { label, raw: cellText(c).trim(), col, cell: grid.ref(row, col) };
  }
  return undefined;
}

/** A note under a table (`注：…`, `说明：…`), not a data row. */
export function isNoteText(raw: string): boolean {
  return isNoteOfText(normalizeText(raw));
}

/** `isNoteText` of a text already through `normalizeText`. */
export function isNoteOfText(normalised: string): boolean {
  return /^(?:注|说明|备注|数据来源)(?::|\d)/.test(normalised);
}

/** `合计` / `总计`, in whatever spacing or numbering. */
export function isTotalLabel(raw: string): boolean {
  return isTotalOfLabel(normalizeLabel(raw));
}

/** `isTotalLabel` of a label already through `normalizeLabel`. */
export function isTotalOfLabel(label: string): boolean {
  return label === "合计" || label === "总计";
}
