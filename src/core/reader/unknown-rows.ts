import { cellText, normalizeLabel } from "../normalize";
import { isZeroMark } from "../money";
import { SUBJECT_CLASSES_2024 } from "../rules/class-table";
import { report, type SheetScope } from "./context";
import type { RowLabel } from "./header";
import { msg } from "./messages";

/**
 * Rows of a fixed-row table (收支总表, 三公经费) whose label the template does not know. A row
 * with figures that sits inside a block of known rows (the income lines up to 收入总计, the
 * expenditure lines up to 支出总计) is reported: its figures would otherwise be left out of
 * every check without a word.
 */

export interface ScannedRow {
  row: number;
  found: RowLabel;
  /** The canonical label, when the template knows the row. */
  label?: string;
}

/** Function classes (一般公共服务支出 …) listed on the published 公开01: they belong to 支出明细. */
const CLASS_NAMES = new Set(Object.values(SUBJECT_CLASSES_2024).map((n) => normalizeLabel(n)));

function isIgnorable(found: RowLabel): boolean {
  // `其中：…` lines break down the line above; they are not parts of a sum.
  return /^\s*其中/.test(found.raw) || CLASS_NAMES.has(found.label) || CLASS_NAMES.has(`${found.label}支出`);
}

/**
 * Reports each unknown row with figures whose nearest known row below belongs to the same
 * block as its nearest known row above (or that opens a block). `rows` are in sheet order,
 * of one label column; `amountCols` the table's amount columns (name → column number).
 */
export function reportUnknownRows(
  scope: SheetScope,
  rows: readonly ScannedRow[],
  amountCols: Readonly<Record<string, number>>,
  blockOf: (label: string) => string,
): void {
  let above: string | undefined;
  rows.forEach((r, i) => {
    if (r.label !== undefined) {
      above = blockOf(r.label);
      return;
    }
    if (isIgnorable(r.found)) return;
    const below = rows.slice(i + 1).find((x) => x.label !== undefined)?.label;
    if (below === undefined || (above !== undefined && blockOf(below) !== above)) return;
    const figures = Object.entries(amountCols).flatMap(([column, col]) => {
      const c = scope.grid.cell(r.row, col);
      const raw = cellText(c).trim();
      return raw === "" || isZeroMark(raw) ? [] : [{ column, raw, cell: scope.grid.ref(r.row, col) }];
    });
    if (figures.length === 0) return;
    report(scope.ctx, {
      rule: "DATA-LABEL",
      message: msg.unknownLabel(scope.grid.name, r.found.raw, r.found.cell, figures),
      cells: [r.found.cell, ...figures.map((f) => f.cell)],
      keys: [scope.key, r.found.label],
    });
  });
}
