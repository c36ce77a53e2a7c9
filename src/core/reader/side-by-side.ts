import { normalizeHeader, normalizeText } from "../normalize";
import type { Amount, AmountUnit, Table } from "../model";
import type { SnapshotCell } from "../snapshot";
import { sheetDef } from "../template";
import { readAmount } from "./cells";
import { firstOccurrence, report, type SheetScope } from "./context";
import { reportMissingTotals, rowBlock, rowLabels } from "./fixed-table";
import type { SheetGrid } from "./grid";
import { rowLabel } from "./header";
import { msg } from "./messages";
import { reportUnknownRows, type ScannedRow } from "./unknown-rows";

/**
 * 收支总表 laid out like the published 公开01表《收入支出决算总表》: income and expenditure side
 * by side, each half a label column (`项目`) followed by its own columns (`行次`, `金额` or
 * `决算数`, `年初预算数` …), with `收入` / `支出` group headers above and a `栏次` row below.
 */

type Side = "income" | "expenditure";

export interface Half {
  side: Side;
  labelCol: number;
  /** Canonical amount column → column number and header address, within the half. */
  cols: Record<string, number>;
  cells: Record<string, string>;
}

export interface HalvesHeader {
  top: number;
  bottom: number;
  halves: Half[];
  unit?: AmountUnit;
}

const DEF = sheetDef("收支总表");
const LABEL_COLUMN = (DEF.columns ?? []).find((c) => c.kind === "text");
const LABEL_HEADERS = new Set(
  [LABEL_COLUMN?.name ?? "项目", ...(LABEL_COLUMN?.aliases ?? []), "收入项目", "支出项目"].map(normalizeHeader),
);
/** Group headers, or label headers of hand-made tables (`收入 | 金额 | 支出 | 金额`). */
const SIDE_HEADERS: Record<string, Side> = {
  收入: "income",
  收入项目: "income",
  支出: "expenditure",
  支出项目: "expenditure",
};
/** The published tables head the one figure of each half `金额`: it is the 决算数. */
const PLAIN_AMOUNT = "金额";
const AMOUNT_HEADERS = new Map<string, string>([[PLAIN_AMOUNT, PLAIN_AMOUNT]]);
for (const c of (DEF.columns ?? []).filter((d) => d.kind === "amount"))
  for (const n of [c.name, ...(c.aliases ?? [])]) AMOUNT_HEADERS.set(normalizeHeader(n), c.name);

function textOf(c: SnapshotCell | undefined): string {
  return c && c.value.type === "string" ? c.value.value : "";
}

/** Columns of `row` whose header is one of `names`. */
function headerCols(grid: SheetGrid, row: number, names: Set<string>): number[] {
  return grid
    .rowCells(row)
    .filter((c) => names.has(normalizeHeader(textOf(c))))
    .map((c) => c.col);
}

/** The half's side: a `收入`/`支出` header on or just above its label header, else its position. */
function sideOf(grid: SheetGrid, top: number, from: number, to: number, index: number): Side {
  for (let row = top; row >= Math.max(1, top - 2); row--) {
    for (let col = from; col <= to; col++) {
      const side = SIDE_HEADERS[normalizeHeader(textOf(grid.resolved(row, col)))];
      if (side) return side;
    }
  }
  return index === 0 ? "income" : "expenditure";
}

/** The half's amount columns: the lowest known header of each column (leaf under a group). */
function amountCols(grid: SheetGrid, top: number, bottom: number, half: Half, to: number): void {
  for (let col = half.labelCol + 1; col <= to; col++) {
    for (let row = bottom; row >= Math.max(1, top - 1); row--) {
      const c = grid.resolved(row, col);
      const name = AMOUNT_HEADERS.get(normalizeHeader(textOf(c)));
      if (!c || !name) continue;
      if (half.cols[name] === undefined) {
        half.cols[name] = col;
        half.cells[name] = grid.ref(c.row, c.col);
      }
      break;
    }
  }
  const plain = half.cols[PLAIN_AMOUNT];
  if (plain !== undefined && half.cols["决算数"] === undefined) {
    half.cols["决算数"] = plain;
    half.cells["决算数"] = half.cells[PLAIN_AMOUNT];
  }
  delete half.cols[PLAIN_AMOUNT];
  delete half.cells[PLAIN_AMOUNT];
}

/** A unit in a figure header (`金额（元）`), when the sheet has no unit row. */
function unitOfHeaders(grid: SheetGrid, top: number, bottom: number): AmountUnit | undefined {
  for (let row = top; row <= bottom; row++) {
    for (const c of grid.rowCells(row)) {
      const m = /\((万元|元)\)$/.exec(normalizeText(textOf(c)));
      if (m && AMOUNT_HEADERS.has(normalizeHeader(textOf(c)))) return m[1] as AmountUnit;
    }
  }
  return undefined;
}

/**
 * Finds the halves within the first `searchRows` rows: the first row with two or more label
 * headers (`项目 | 行次 | 金额 | 项目 | 行次 | 金额`), else with `收入` and `支出` as label
 * headers; else a single `项目` with a `金额` column (one half, for a table pasted on its own).
 * Each half runs from its label column to the next; halves without an amount column are dropped.
 */
export function findHalves(grid: SheetGrid, searchRows = 10): HalvesHeader | undefined {
  const rows = grid.rows(1, Math.min(grid.maxRow, searchRows));
  const sideNames = new Set(Object.keys(SIDE_HEADERS));
  let top = rows.find((r) => headerCols(grid, r, LABEL_HEADERS).length >= 2);
  let labelCols = top === undefined ? [] : headerCols(grid, top, LABEL_HEADERS);
  if (top === undefined) {
    top = rows.find((r) => headerCols(grid, r, sideNames).length >= 2);
    labelCols = top === undefined ? [] : headerCols(grid, top, sideNames);
  }
  if (top === undefined) {
    top = rows.find((r) => {
      const cells = grid.rowCells(r).map((c) => normalizeHeader(textOf(c)));
      return cells.some((t) => LABEL_HEADERS.has(t)) && cells.includes(PLAIN_AMOUNT);
    });
    labelCols = top === undefined ? [] : headerCols(grid, top, LABEL_HEADERS).slice(0, 1);
  }
  if (top === undefined || labelCols.length === 0) return undefined;
  return halvesAt(grid, top, labelCols);
}

function halvesAt(grid: SheetGrid, top: number, labelCols: number[]): HalvesHeader | undefined {
  const next = grid.rowCells(top + 1);
  const subHeader =
    next.some((c) => AMOUNT_HEADERS.has(normalizeHeader(textOf(c)))) && !next.some((c) => c.value.type === "number");
  const bottom = subHeader ? top + 1 : top;
  const halves: Half[] = [];
  labelCols.forEach((labelCol, i) => {
    const to = i + 1 < labelCols.length ? labelCols[i + 1] - 1 : grid.maxCol;
    const half: Half = { side: sideOf(grid, top, labelCol, to, i), labelCol, cols: {}, cells: {} };
    amountCols(grid, top, bottom, half, to);
    if (Object.keys(half.cols).length > 0) halves.push(half);
  });
  if (halves.length === 0) return undefined;
  return { top, bottom, halves, unit: unitOfHeaders(grid, top, bottom) };
}

/** `总计` closes both halves: 收入总计 on the income half, 支出总计 on the expenditure half. */
const GRAND_TOTAL: Record<Side, string> = { income: "收入总计", expenditure: "支出总计" };

/**
 * Reads both halves into one 收支总表 table. Each half's labels are matched to the template's
 * rows; rows the template does not have (the function classes 一般公共服务支出 … listed on the
 * expenditure half, which belong to 支出明细) are left out, and reported (DATA-LABEL) when
 * they carry figures among the known rows. Every value keeps its own cell.
 */
export function readSideBySide(
  scope: SheetScope,
  header: HalvesHeader,
  options: { allowNegative?: (label: string) => boolean } = {},
): Table {
  const { grid } = scope;
  const table: Table = { sheet: grid.name, columns: {}, rows: {} };
  for (const half of header.halves) for (const [name, cell] of Object.entries(half.cells)) table.columns[name] ??= cell;
  if (table.columns["决算数"] === undefined) {
    const message = msg.missingColumn(grid.name, "决算数", ["决算数", PLAIN_AMOUNT], grid.ref(header.top, 1));
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, "决算数"] });
  }
  const canonical = rowLabels(DEF);
  const seen = new Map<string, string>();
  const scanned = header.halves.map((): ScannedRow[] => []);
  for (const row of grid.rows(header.bottom + 1)) {
    for (const [h, half] of header.halves.entries()) {
      const firstAmount = Object.values(half.cols).reduce((a, b) => Math.min(a, b), Infinity);
      const found = rowLabel(grid, row, firstAmount - 1, half.labelCol);
      if (!found) continue;
      const label = found.label === "总计" ? GRAND_TOTAL[half.side] : canonical.get(found.label);
      scanned[h].push({ row, found, label });
      if (!label) continue;
      if (!firstOccurrence(scope, seen, "row", label, label, found.cell)) continue;
      const values: Record<string, Amount> = {};
      const allowNegative = options.allowNegative?.(label) ?? false;
      for (const [column, col] of Object.entries(half.cols)) {
        values[column] = readAmount(scope, row, col, { label, column, kind: "amount", allowNegative });
      }
      table.rows[label] = { label, rawLabel: found.raw, row, labelCell: found.cell, values };
    }
  }
  const block = rowBlock(DEF);
  header.halves.forEach((half, h) => reportUnknownRows(scope, scanned[h], half.cols, block));
  reportMissingTotals(scope, DEF, table);
  return table;
}
