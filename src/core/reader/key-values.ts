import { cellText, normalizeLabel, normalizeText } from "../normalize";
import type { SnapshotCell } from "../snapshot";
import type { SheetGrid } from "./grid";
import { rowLabel } from "./header";

/** A key of a key–value sheet found: its label cell and the cell of its value. */
export interface KeyHit {
  key: string;
  row: number;
  labelCell: string;
  /**
   * The value: the next non-empty cell right of the label, or, when label and value share one
   * cell (`单位名称：桃江县科工局`), the text after the colon, placed at that cell's address.
   */
  value?: SnapshotCell;
  /** True when the value shares the label's cell: it is text by necessity, so not DATA-TEXTNUM. */
  inline?: boolean;
  /** Column right of the label, where the value was expected when there is none. */
  expectedCol: number;
}

/** `label：value` pairs in one cell, several when spaced apart (`填报单位：某局  年度：2022`). */
const INLINE_PAIR = /([^\s:：]+)\s*[:：]\s*(.*?)(?=\s+[^\s:：]+\s*[:：]|$)/gs;

/** A unit written as `单位：万元` means 金额单位, not 单位名称 (whose alias is `单位`). */
const UNIT_VALUE = new Set(["万元", "元", "万"]);

function inlinePairs(c: SnapshotCell): { label: string; value: string }[] {
  if (c.value.type !== "string") return [];
  return [...c.value.value.trim().matchAll(INLINE_PAIR)]
    .map((m) => ({ label: normalizeLabel(m[1]), value: m[2].trim() }))
    .filter((p) => p.value !== "");
}

/**
 * Key–value rows (`单位名称 | 示范县工业和信息化局`): the label in column A or B (an index may
 * stand before it), the value in the next non-empty cell to the right. A cell anywhere in the
 * row may also hold label and value together (`单位名称：桃江县科工局`, `年度:2022`). First
 * occurrence wins.
 */
export function readKeyValues(
  grid: SheetGrid,
  keys: { label: string; aliases?: string[] }[],
  fromRow = 1,
  toRow = grid.maxRow,
): Map<string, KeyHit> {
  const byName = new Map<string, string>();
  for (const k of keys) for (const n of [k.label, ...(k.aliases ?? [])]) byName.set(normalizeLabel(n), k.label);
  const hasUnitKey = keys.some((k) => k.label === "金额单位");
  const hits = new Map<string, KeyHit>();
  for (const row of grid.rows(fromRow, toRow)) {
    const label = rowLabel(grid, row);
    const key = label && byName.get(label.label);
    if (label && key && !hits.has(key)) {
      const value = grid.rowCells(row).find((c) => c.col > label.col);
      hits.set(key, { key, row, labelCell: label.cell, value, expectedCol: label.col + 1 });
    }
    for (const c of grid.rowCells(row)) {
      for (const pair of inlinePairs(c)) {
        let inlineKey = byName.get(pair.label);
        if (hasUnitKey && pair.label === "单位" && UNIT_VALUE.has(normalizeText(pair.value))) inlineKey = "金额单位";
        if (!inlineKey || hits.has(inlineKey)) continue;
        const value: SnapshotCell = { row, col: c.col, value: { type: "string", value: pair.value } };
        const labelCell = grid.ref(row, c.col);
        hits.set(inlineKey, { key: inlineKey, row, labelCell, value, inline: true, expectedCol: c.col });
      }
    }
  }
  return hits;
}

/** The text of a hit's value, trimmed; undefined when there is none. */
export function hitText(grid: SheetGrid, hit: KeyHit | undefined): { value: string; cell: string } | undefined {
  if (!hit?.value) return undefined;
  const value = cellText(hit.value).trim();
  return value === "" ? undefined : { value, cell: grid.ref(hit.value.row, hit.value.col) };
}
