import { normalizeLabel } from "../normalize";
import type { SheetGrid } from "./grid";
import { rowLabel } from "./header";

/** A key of a key–value sheet found: its label cell and the cell of its value. */
export interface KeyHit {
  key: string;
  row: number;
  labelCell: string;
  /** Column of the value: the next non-empty cell to the right of the label. */
  valueCol?: number;
  /** Column right of the label, where the value was expected when there is none. */
  expectedCol: number;
}

/**
 * Key–value rows (`单位名称 | 示范县工业和信息化局`): the label in column A or B (an index may
 * stand before it), the value in the next non-empty cell to the right. First occurrence wins.
 */
export function readKeyValues(
  grid: SheetGrid,
  keys: { label: string; aliases?: string[] }[],
  fromRow = 1,
  toRow = grid.maxRow,
): Map<string, KeyHit> {
  const byName = new Map<string, string>();
  for (const k of keys) for (const n of [k.label, ...(k.aliases ?? [])]) byName.set(normalizeLabel(n), k.label);
  const hits = new Map<string, KeyHit>();
  for (const row of grid.rows(fromRow, toRow)) {
    const label = rowLabel(grid, row);
    const key = label && byName.get(label.label);
    if (!label || !key || hits.has(key)) continue;
    const value = grid.rowCells(row).find((c) => c.col > label.col);
    hits.set(key, { key, row, labelCell: label.cell, valueCol: value?.col, expectedCol: label.col + 1 });
  }
  return hits;
}
