import { cellText, normalizeLabel } from "../normalize";
import type { Amount, ExpenditureDetail, SubjectLevel } from "../model";
import { sheetDef, type ColumnDef } from "../template";
import { codeOf, readAmount } from "./cells";
import { firstOccurrence, report, type SheetScope } from "./context";
import { amountColumns, reportMissingColumns, tableHeader } from "./fixed-table";
import { isIndexOrBlank, isNoteText, isTotalLabel, type Header } from "./header";
import { msg } from "./messages";

/** 类 (3 digits), 款 (5), 项 (7); other lengths go by the nearest: ≤3 类, 4–5 款, longer 项. */
export function subjectLevel(code: string): SubjectLevel {
  if (code.length <= 3) return "类";
  return code.length <= 5 ? "款" : "项";
}

/** Reads the amount columns of one row. */
export function readRowAmounts(
  scope: SheetScope,
  header: Header,
  amounts: ColumnDef[],
  row: number,
  label: string,
  allowNegative = false,
): Record<string, Amount> {
  const values: Record<string, Amount> = {};
  for (const c of amounts) {
    values[c.name] = readAmount(scope, row, header.cols[c.name], {
      label,
      column: c.name,
      kind: "amount",
      allowNegative,
    });
  }
  return values;
}

/**
 * 支出明细: one row per function subject, found by its code (number or text); the `合计` row
 * in either the code or the name column. Without a 科目编码 column no row can be placed in the
 * subject tree, so the table is not read.
 */
export function readExpenditure(scope: SheetScope): ExpenditureDetail | undefined {
  const def = sheetDef("支出明细");
  const header = tableHeader(scope, def);
  if (!header) return undefined;
  reportMissingColumns(scope, header, def.columns ?? []);
  const codeCol = header.cols["科目编码"];
  const nameCol = header.cols["科目名称"];
  if (codeCol === undefined) return undefined;
  const amounts = amountColumns(def, header);
  const detail: ExpenditureDetail = { sheet: scope.grid.name, columns: { ...header.cells }, rows: [] };
  const seen = new Map<string, string>();

  for (const row of scope.grid.rows(header.bottom + 1)) {
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
    const code = codeOf(codeCell);
    if (code === undefined) {
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
    const codeRef = scope.grid.ref(row, codeCol);
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
