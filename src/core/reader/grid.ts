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
  /** Cells by row, then by column (both sparse arrays: a sheet is mostly a dense block). */
  private readonly byRow: SnapshotCell[][] = [];
  /** The row numbers that hold a cell, ascending. */
  private readonly rowNumbers: number[];
  /** Merges by each row they cover (rows beyond the last cell left out), for O(1) lookups per row. */
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(sheet: SnapshotSheet) {
    this.name = sheet.name;
    let maxRow = 0;
    let maxCol = 0;
    const rowNumbers: number[] = [];
    let ascending = true;
    for (const c of sheet.cells ?? []) {
      if (c.value.type === "empty" && c.formula === undefined) continue;
      let row = this.byRow[c.row];
      if (!row) {
        this.byRow[c.row] = row = [];
        if (rowNumbers.length > 0 && c.row < rowNumbers[rowNumbers.length - 1]) ascending = false;
        rowNumbers.push(c.row);
      }
      row[c.col] = c;
      if (c.row > maxRow) maxRow = c.row;
      if (c.col > maxCol) maxCol = c.col;
    }
    // Hosts hand cells over row by row; sorting is for those that do not.
    this.rowNumbers = ascending ? rowNumbers : rowNumbers.sort((a, b) => a - b);
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
    if (this.mergesByRow.size === 0) return undefined;
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  }

  /** The cell at (row, col); undefined when empty or inside a merge but not its top-left. */
  cell(row: number, col: number): SnapshotCell | undefined {
    const c = this.byRow[row]?.[col];
    if (!c || this.coveringMerge(row, col)) return undefined;
    return c;
  }

  /** The cell at (row, col), or the top-left cell of the merge that covers it. */
  resolved(row: number, col: number): SnapshotCell | undefined {
    const m = this.coveringMerge(row, col);
    return m ? this.byRow[m.top]?.[m.left] : this.byRow[row]?.[col];
  }

  /** True when (row, col) lies inside a merge and is not its top-left cell. */
  isMergeContinuation(row: number, col: number): boolean {
    return this.coveringMerge(row, col) !== undefined;
  }

  /** The cells of a row, left to right, without merge continuations. */
  rowCells(row: number): SnapshotCell[] {
    const cells: SnapshotCell[] = [];
    // forEach visits only the columns that hold a cell, in order.
    this.byRow[row]?.forEach((c) => {
      if (!this.coveringMerge(c.row, c.col)) cells.push(c);
    });
    return cells;
  }

  /** Row numbers that hold at least one cell, top to bottom. */
  rows(from = 1, to = this.maxRow): number[] {
    const all = this.rowNumbers;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < all.length && all[end] <= to) end++;
    return all.slice(lo, end);
  }

  /** `收支总表!D15`, with the sheet's actual name. */
  ref(row: number, col: number): string {
    return cellRef(this.name, row, col);
  }
}
