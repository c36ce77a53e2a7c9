import { cellText, normalizeText } from "../normalize";
import { codeOf } from "./cells";
import type { SheetGrid } from "./grid";

/**
 * 科目编码 split over three columns `类 | 款 | 项`, as the 决算 software prints 公开03表:
 * `206 | 01 | 01`, with the 类 (and 款) merged down over their children or left blank under
 * the first row that shows them.
 */

export interface CodeColumns {
  /** The row holding the `类 | 款 | 项` headers. */
  row: number;
  /** Columns of 类, 款, 项. */
  cols: [number, number, number];
}

/** Finds `类 | 款 | 项` in adjacent columns, in the rows from `from` to `to`. */
export function findCodeColumns(grid: SheetGrid, from: number, to: number): CodeColumns | undefined {
  for (const row of grid.rows(from, to)) {
    const cells = grid.rowCells(row);
    const at = (col: number): string => normalizeText(cellText(cells.find((c) => c.col === col)));
    const first = cells.find((c) => normalizeText(cellText(c)) === "类");
    if (first && at(first.col + 1) === "款" && at(first.col + 2) === "项") {
      return { row, cols: [first.col, first.col + 1, first.col + 2] };
    }
  }
  return undefined;
}

/** `parent` + a 2-digit part (`01`, or 1 when typed as a number); a part that is already the full code stays. */
function join(parent: string | undefined, part: string): string | undefined {
  if (parent === undefined) return undefined;
  if (part.length <= 2) return parent + part.padStart(2, "0");
  return part.length === parent.length + 2 && part.startsWith(parent) ? part : undefined;
}

export interface SplitCode {
  code: string;
  /** The column of the row's own lowest part (its address is the code's provenance). */
  col: number;
}

/**
 * Builds 7-digit codes row by row, top to bottom. A row without its own 类 (merged or left
 * blank) belongs to the last 类 above; likewise for 款. A full code in the 类 column alone
 * (`2060101` across the merged 类:项 cells) is taken as it is.
 */
export class SplitCodeReader {
  private lastClass?: string;
  private lastItem?: string;

  constructor(
    private readonly grid: SheetGrid,
    private readonly cols: [number, number, number],
  ) {}

  at(row: number): SplitCode | undefined {
    const [cls, item, sub] = this.cols.map((col) => codeOf(this.grid.cell(row, col)));
    if (cls !== undefined && item === undefined && sub === undefined && cls.length > 3) {
      this.lastClass = cls.slice(0, 3);
      this.lastItem = cls.length >= 5 ? cls.slice(0, 5) : undefined;
      return { code: cls, col: this.cols[0] };
    }
    if (cls !== undefined) {
      this.lastClass = cls;
      this.lastItem = undefined;
    }
    const classCode = cls ?? (item !== undefined || sub !== undefined ? this.lastClass : undefined);
    if (classCode === undefined) return undefined;
    let itemCode: string | undefined;
    if (item !== undefined) {
      itemCode = join(classCode, item);
      this.lastItem = itemCode;
    } else if (sub !== undefined && this.lastItem?.startsWith(classCode)) {
      itemCode = this.lastItem;
    }
    if (sub !== undefined) {
      const code = join(itemCode, sub);
      return code === undefined ? undefined : { code, col: this.cols[2] };
    }
    if (item !== undefined) return itemCode === undefined ? undefined : { code: itemCode, col: this.cols[1] };
    return { code: classCode, col: this.cols[0] };
  }
}
