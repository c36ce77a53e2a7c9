import type { CellRange, SnapshotCell, SnapshotSheet } from "../snapshot";
import { cellRef } from "../snapshot";

/**
 * A sheet's cells by position. A merged area counts as its top-left cell: `cell` hides the
 * other cells of a merge (a host may repeat the top-left value in them), `resolved` maps
 * them to the top-left (for headers merged across or down).
 */
export class SheetGrid {
  readonly name: string;
  readonly maxRow: number;
  readonly maxCol: number;
  private readonly byRow = new Map<number, Map<number, SnapshotCell>>();
  /** Merges by each row they cover (rows beyond the last cell left out), for O(1) lookups per row. */
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(sheet: SnapshotSheet) {
    this.name = sheet.name;
    let maxRow = 0;
    let maxCol = 0;
    for (const c of sheet.cells ?? []) {
      if (c.value.type === "empty" && c.formula === undefined) continue;
      let row = this.byRow.get(c.row);
      if (!row) this.byRow.set(c.row, (row = new Map()));
      row.set(c.col, c);
      maxRow = Math.max(maxRow, c.row);
      maxCol = Math.max(maxCol, c.col);
    }
    this.maxRow = maxRow;
    this.maxCol = maxCol;
    // A scan of every merge per cell lookup is cells × merges on large sheets.
    for (const m of sheet.merges ?? []) {
      if (m.bottom === m.top && m.right === m.left) continue;
      for (let r = m.top; r <= Math.min(m.bottom, Math.max(maxRow, m.top)); r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  /** The merge whose top-left is not (row, col) but which covers it. */
  private coveringMerge(row: number, col: number): CellRange | undefined {
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  }

  /** The cell at (row, col); undefined when empty or inside a merge but not its top-left. */
  cell(row: number, col: number): SnapshotCell | undefined {
    const c = this.byRow.get(row)?.get(col);
    if (!c || this.coveringMerge(row, col)) return undefined;
    return c;
  }

  /** The cell at (row, col), or the top-left cell of the merge that covers it. */
  resolved(row: number, col: number): SnapshotCell | undefined {
    const m = this.coveringMerge(row, col);
    return m ? this.byRow.get(m.top)?.get(m.left) : this.byRow.get(row)?.get(col);
  }

  /** True when (row, col) lies inside a merge and is not its top-left cell. */
  isMergeContinuation(row: number, col: number): boolean {
    return this.coveringMerge(row, col) !== undefined;
  }

  /** The cells of a row, left to right, without merge continuations. */
  rowCells(row: number): SnapshotCell[] {
    const cells = [...(this.byRow.get(row)?.values() ?? [])];
    return cells.filter((c) => !this.coveringMerge(c.row, c.col)).sort((a, b) => a.col - b.col);
  }

  /** Row numbers that hold at least one cell, top to bottom. */
  rows(from = 1, to = this.maxRow): number[] {
    return [...this.byRow.keys()].filter((r) => r >= from && r <= to).sort((a, b) => a - b);
  }

  /** `收支总表!D15`, with the sheet's actual name. */
  ref(row: number, col: number): string {
    return cellRef(this.name, row, col);
  }
}
