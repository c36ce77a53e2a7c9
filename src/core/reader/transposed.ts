import { normalizeHeader, normalizeLabel } from "../normalize";
import type { Table, TableRow } from "../model";
import type { SnapshotCell } from "../snapshot";
import { sheetDef } from "../template";
import { readAmount } from "./cells";
import { firstOccurrence, report, type SheetScope } from "./context";
import { reportMissingTotals, rowLabels } from "./fixed-table";
import type { SheetGrid } from "./grid";
import { rowLabel } from "./header";
import { msg } from "./messages";

/**
 * 三公经费 laid out like the published 公开09表: the items as columns (`合计 | 因公出国(境)费 |
 * 公务用车购置及运行维护费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费`), and the
 * figures either in rows labelled `上年决算数` / `本年预算数` / `本年决算数`, or in one row under
 * column groups `预算数` / `决算数` spanning the items. Read into the same table as the
 * standard layout: rows = items, columns = 上年决算数 / 本年预算数 / 本年决算数.
 */

const DEF = sheetDef("三公经费");
const ITEMS = rowLabels(DEF);
/** Under the 公务用车 group header, its total is headed `小计`. */
const SUBTOTAL = "小计";
const KINDS = new Map<string, string>();
for (const c of (DEF.columns ?? []).filter((d) => d.kind === "amount"))
  for (const n of [c.name, ...(c.aliases ?? [])]) KINDS.set(normalizeHeader(n), c.name);

interface ItemColumn {
  col: number;
  item: string;
  raw: string;
  row: number;
  cell: string;
}

export interface TransposedHeader {
  /** Last header row: figures are below it. */
  bottom: number;
  items: ItemColumn[];
  /** Column → figure kind, when the items are grouped under 上年决算数 / 预算数 / 决算数. */
  kinds: Map<number, { column: string; cell: string }>;
}

function textOf(c: SnapshotCell | undefined): string {
  return c && c.value.type === "string" ? c.value.value : "";
}

function itemOf(c: SnapshotCell | undefined): string | undefined {
  return ITEMS.get(normalizeLabel(textOf(c)));
}

/**
 * The figure kind a row or group header names: `本年决算数`, `决算数`; with a year
 * (`2021年决算数`, `2022年预算数`), relative to 年度 when it is known.
 */
export function kindOf(raw: string, year: number | undefined): string | undefined {
  const label = normalizeHeader(raw);
  const dated = /^(\d{4})年度?(.+)$/.exec(label);
  if (!dated) return KINDS.get(label);
  const base = KINDS.get(dated[2]);
  const y = Number(dated[1]);
  if (year === undefined || base === undefined) return undefined;
  if (base === "本年决算数" && y === year - 1) return "上年决算数";
  return y === year && base !== "上年决算数" ? base : undefined;
}

/** The item each column heads: the lowest header under a group wins; `小计` takes the group's item. */
function itemColumns(grid: SheetGrid, itemRow: number, bottom: number): ItemColumn[] {
  const items: ItemColumn[] = [];
  for (let col = 1; col <= grid.maxCol; col++) {
    for (let row = bottom; row >= itemRow; row--) {
      const c = grid.resolved(row, col);
      const own = normalizeLabel(textOf(c));
      const item = own === SUBTOTAL && row > itemRow ? itemOf(grid.resolved(itemRow, col)) : itemOf(c);
      if (!c || !item) continue;
      items.push({ col, item, raw: textOf(c).trim(), row: c.row, cell: grid.ref(c.row, c.col) });
      break;
    }
  }
  return items;
}

type Kinds = TransposedHeader["kinds"];

/** Group headers above the items: each column takes the nearest kind header at or left of it. */
function kindColumns(grid: SheetGrid, itemRow: number, items: ItemColumn[], year: number | undefined): Kinds {
  const kinds: Kinds = new Map();
  for (let row = itemRow - 1; row >= Math.max(1, itemRow - 3) && kinds.size === 0; row--) {
    const heads = grid
      .rowCells(row)
      .map((c) => ({ c, column: kindOf(textOf(c), year) }))
      .filter((h): h is { c: SnapshotCell; column: string } => h.column !== undefined)
      .reverse();
    for (const it of items) {
      const head = heads.find((h) => h.c.col <= it.col);
      if (head) kinds.set(it.col, { column: head.column, cell: grid.ref(head.c.row, head.c.col) });
    }
  }
  return kinds;
}

/**
 * Finds the item header: the first row within `searchRows` naming two or more items (the
 * standard layout names one per row, so it never matches), a sub-header row under it
 * (`小计 | 公务用车购置费 | 公务用车运行费`), and kind group headers above it if any.
 */
export function findTransposedHeader(
  grid: SheetGrid,
  year: number | undefined,
  searchRows = 12,
): TransposedHeader | undefined {
  const itemRow = grid
    .rows(1, Math.min(grid.maxRow, searchRows))
    .find((r) => new Set(grid.rowCells(r).map(itemOf).filter(Boolean)).size >= 2);
  if (itemRow === undefined) return undefined;
  const next = grid.rowCells(itemRow + 1);
  const subHeader =
    next.some((c) => itemOf(c) !== undefined || normalizeLabel(textOf(c)) === SUBTOTAL) &&
    !next.some((c) => c.value.type === "number");
  const bottom = subHeader ? itemRow + 1 : itemRow;
  const items = itemColumns(grid, itemRow, bottom);
  return { bottom, items, kinds: kindColumns(grid, itemRow, items, year) };
}

/** `栏次` rows number the columns 1, 2, 3 …: not figures. */
function isColumnNumbers(grid: SheetGrid, row: number, cols: number[]): boolean {
  const values = cols
    .map((col) => grid.cell(row, col)?.value)
    .filter((v) => v !== undefined)
    .map((v) => (v.type === "number" ? v.value : NaN));
  return values.length >= 2 && values.every((v, i) => v === values[0] + i);
}

/** Rows holding figures: below the header, with something in an item column, not a `栏次` row. */
function figureRows(grid: SheetGrid, header: TransposedHeader, labelEnd: number): number[] {
  const cols = header.items.map((i) => i.col);
  const numbersLabel = (row: number): boolean =>
    grid.rowCells(row).some((c) => c.col <= labelEnd && ["栏次", "行次"].includes(normalizeLabel(textOf(c))));
  return grid
    .rows(header.bottom + 1)
    .filter(
      (row) =>
        cols.some((col) => grid.cell(row, col) !== undefined) &&
        !numbersLabel(row) &&
        !isColumnNumbers(grid, row, cols),
    );
}

/**
 * Reads the items into the 三公经费 table. A row of it is an item column: its `row` and
 * `labelCell` are those of the item's header cell; each value keeps its own cell.
 */
export function readTransposed(scope: SheetScope, header: TransposedHeader): Table {
  const { grid } = scope;
  const table: Table = { sheet: grid.name, columns: {}, rows: {} };
  // Grouped columns repeat the items once per group: an item repeats only within one group.
  const seenItems = new Map<string, string>();
  const items = header.items.filter((it) => {
    const id = `${header.kinds.get(it.col)?.column ?? ""}|${it.item}`;
    return firstOccurrence(scope, seenItems, "column", id, it.item, it.cell);
  });
  const labelEnd = items.reduce((m, i) => Math.min(m, i.col), Infinity) - 1;
  const put = (it: ItemColumn, column: string, row: number): void => {
    const entry: TableRow = (table.rows[it.item] ??= {
      label: it.item,
      rawLabel: it.raw,
      row: it.row,
      labelCell: it.cell,
      values: {},
    });
    entry.values[column] = readAmount(scope, row, it.col, { label: it.item, column, kind: "amount" });
  };

  const rows = figureRows(grid, header, labelEnd);
  if (header.kinds.size > 0) {
    // Grouped columns: one row of figures, its kind given by each column's group.
    const row = rows[0];
    for (const it of items) {
      const kind = header.kinds.get(it.col);
      if (!kind || row === undefined) continue;
      table.columns[kind.column] ??= kind.cell;
      put(it, kind.column, row);
    }
  } else {
    const seenKinds = new Map<string, string>();
    for (const row of rows) {
      const label = rowLabel(grid, row, labelEnd);
      const kind = label && kindOf(label.raw, scope.ctx.year);
      if (!label || !kind || !firstOccurrence(scope, seenKinds, "row", kind, label.raw, label.cell)) continue;
      table.columns[kind] = label.cell;
      for (const it of items) put(it, kind, row);
    }
  }

  for (const c of (DEF.columns ?? []).filter((d) => d.required && d.kind === "amount" && !table.columns[d.name])) {
    const message = msg.missingFigures(grid.name, c.name, [c.name, ...(c.aliases ?? [])]);
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, c.name] });
  }
  reportMissingTotals(scope, DEF, table);
  return table;
}
