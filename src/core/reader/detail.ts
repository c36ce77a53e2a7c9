import { cellText, normalizeLabel } from "../normalize";
import type { ExpenditureDetail, SubjectLevel } from "../model";
import { sheetDef, type ColumnDef } from "../template";
import { codeOf } from "./cells";
import { firstOccurrence, report, type SheetScope } from "./context";
import { amountColumns, readRowAmounts, reportMissingColumns, tableHeader } from "./fixed-table";
import { isIndexOrBlank, isNoteText, isTotalLabel, type Header } from "./header";
import { msg } from "./messages";
import { findCodeColumns, SplitCodeReader } from "./split-code";

/** 类 (3 digits), 款 (5), 项 (7); other lengths go by the nearest: ≤3 类, 4–5 款, longer 项. */
export function subjectLevel(code: string): SubjectLevel {
  if (code.length <= 3) return "类";
  return code.length <= 5 ? "款" : "项";
}

/** Where a row's 科目编码 is: one column, or split over `类 | 款 | 项`. */
type CodeSource = { col: number; split?: SplitCodeReader };

function codeAt(scope: SheetScope, source: CodeSource, row: number): { code: string; col: number } | undefined {
  if (source.split) return source.split.at(row);
  const code = codeOf(scope.grid.cell(row, source.col));
  return code === undefined ? undefined : { code, col: source.col };
}

/**
 * 支出明细: one row per function subject, found by its code (number or text, in one column or
 * split over `类 | 款 | 项`); the `合计` row in either the code or the name column. Without a
 * code column no row can be placed in the subject tree, so the table is not read.
 */
export function readExpenditure(scope: SheetScope): ExpenditureDetail | undefined {
  const def = sheetDef("支出明细");
  const header = tableHeader(scope, def);
  if (!header) return undefined;
  const split = findCodeColumns(scope.grid, header.top, header.bottom + 2);
  reportMissingColumns(
    scope,
    header,
    (def.columns ?? []).filter((c) => !(split && c.name === "科目编码")),
  );
  // 基本支出 beside its own parts would count twice in a row's sum: the parts are finer.
  if (header.cols["人员经费"] !== undefined || header.cols["公用经费"] !== undefined) {
    delete header.cols["基本支出"];
    delete header.cells["基本支出"];
  }
  const codeCol = split?.cols[0] ?? header.cols["科目编码"];
  if (codeCol === undefined) return undefined;
  const source: CodeSource = { col: codeCol, split: split && new SplitCodeReader(scope.grid, split.cols) };
  const amounts = amountColumns(def, header);
  const nameCol = header.cols["科目名称"] ?? (split && nameBeside(scope, split.cols[2] + 1, amounts, header));
  const detail: ExpenditureDetail = { sheet: scope.grid.name, columns: { ...header.cells }, rows: [] };
  const seen = new Map<string, string>();

  for (const row of scope.grid.rows(Math.max(header.bottom, split?.row ?? 0) + 1)) {
    const codeCell = scope.grid.cell(row, codeCol);
    const nameCell = nameCol === undefined ? undefined : scope.grid.cell(row, nameCol);
    const name = cellText(nameCell).trim();
    if (isTotalLabel(cellText(codeCell)) || isTotalLabel(name)) {
      const labelCol = isTotalLabel(cellText(codeCell)) ? codeCol : (nameCol as number);
      detail.total ??= {
        row,
        labelCell: scope.grid.ref(row, labelCol),
        values: readRowAmounts(scope, header, amounts, row, "合计"),
      };
      continue;
    }
    const found = codeAt(scope, source, row);
    if (found === undefined) {
      const hasFigures = amounts.some((c) => scope.grid.cell(row, header.cols[c.name]) !== undefined);
      if (name !== "" && hasFigures && !isNoteText(name) && !isIndexOrBlank(normalizeLabel(name))) {
        const cell = scope.grid.ref(row, codeCol);
        report(scope.ctx, {
          rule: "DATA-MISSING",
          message: msg.missingCode(cell, name),
          cells: [cell],
          keys: [scope.key, name, "科目编码"],
        });
      }
      continue;
    }
    const { code } = found;
    const codeRef = scope.grid.ref(row, found.col);
    if (!firstOccurrence(scope, seen, "code", code, code, codeRef)) continue;
    detail.rows.push({
      code,
      codeCell: codeRef,
      name,
      ...(nameCol !== undefined && name !== "" && { nameCell: scope.grid.ref(row, nameCol) }),
      level: subjectLevel(code),
      row,
      values: readRowAmounts(scope, header, amounts, row, code),
    });
  }
  return detail;
}

/** Without a `科目名称` header, the names sit right of `项` unless that column holds figures. */
function nameBeside(scope: SheetScope, col: number, amounts: ColumnDef[], header: Header): number | undefined {
  return amounts.some((c) => header.cols[c.name] === col) || col > scope.grid.maxCol ? undefined : col;
}
