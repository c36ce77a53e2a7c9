import { normalizeLabel } from "../normalize";
import type { Amount, Table } from "../model";
import type { ColumnDef, SheetDef } from "../template";
import { readAmount } from "./cells";
import { firstOccurrence, report, type SheetScope } from "./context";
import { findHeader, findUnit, rowLabel, type Header } from "./header";
import { msg } from "./messages";
import { reportUnknownRows, type ScannedRow } from "./unknown-rows";

/** Reports each required column the header lacks (DATA-MISSING, naming the column and sheet). */
export function reportMissingColumns(scope: SheetScope, header: Header, columns: ColumnDef[]): void {
  for (const c of columns.filter((d) => d.required && header.cols[d.name] === undefined)) {
    const message = msg.missingColumn(
      scope.grid.name,
      c.name,
      [c.name, ...(c.aliases ?? [])],
      scope.grid.ref(header.top, 1),
    );
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, c.name] });
  }
}

/**
 * Finds a table sheet's header within its first 10 rows (or reports DATA-MISSING), and sets
 * the sheet's unit: a unit row above or beside the header, else a unit in an amount header
 * (`决算数（元）`), else the model unit.
 */
export function tableHeader(scope: SheetScope, def: SheetDef): Header | undefined {
  const columns = def.columns ?? [];
  const groups = (def.groups ?? []).map((g) => g.label);
  const header = findHeader(scope.grid, columns, { groups, searchRows: 10 });
  scope.unit = findUnit(scope.grid, 1, header?.bottom ?? 10) ?? header?.unit ?? scope.ctx.unit;
  if (!header) {
    const message = msg.noHeader(
      scope.grid.name,
      columns.map((c) => c.name),
    );
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, "表头"] });
  }
  return header;
}

/** Amount columns of the sheet that the header has, left to right. */
export function amountColumns(def: SheetDef, header: Header): ColumnDef[] {
  return (def.columns ?? [])
    .filter((c) => c.kind === "amount" && header.cols[c.name] !== undefined)
    .sort((a, b) => header.cols[a.name] - header.cols[b.name]);
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
 * A table with fixed row labels (收支总表, 三公经费): rows are found by their label in the
 * first text cell of columns A–C (left of the first amount column), amounts by the header's
 * columns. Labels the template does not know are left out (DATA-LABEL when such a row has
 * figures among known rows); a repeated label keeps its first row (DATA-DUP); a missing total
 * row is DATA-MISSING.
 */
export function readFixedTable(
  scope: SheetScope,
  def: SheetDef,
  header: Header,
  options: { allowNegative?: (label: string) => boolean } = {},
): Table {
  // The label column (项目) is not required: rows are found by their label wherever it sits.
  reportMissingColumns(
    scope,
    header,
    (def.columns ?? []).filter((c) => c.kind !== "text"),
  );
  const amounts = amountColumns(def, header);
  const table: Table = { sheet: scope.grid.name, columns: { ...header.cells }, rows: {} };
  const canonical = rowLabels(def);
  const lastLabelCol = Math.min(3, (amounts.length ? header.cols[amounts[0].name] : 4) - 1);
  const seen = new Map<string, string>();
  const scanned: ScannedRow[] = [];

  for (const row of scope.grid.rows(header.bottom + 1)) {
    const found = rowLabel(scope.grid, row, lastLabelCol);
    if (!found) continue;
    const label = canonical.get(found.label);
    scanned.push({ row, found, label });
    if (!label) continue;
    if (!firstOccurrence(scope, seen, "row", label, label, found.cell)) continue;
    const values = readRowAmounts(scope, header, amounts, row, label, options.allowNegative?.(label) ?? false);
    table.rows[label] = { label, rawLabel: found.raw, row, labelCell: found.cell, values };
  }

  const cols = Object.fromEntries(amounts.map((c) => [c.name, header.cols[c.name]]));
  reportUnknownRows(scope, scanned, cols, rowBlock(def));
  reportMissingTotals(scope, def, table);
  return table;
}

/**
 * Reports each total row of the template the table lacks, and each total left blank in the
 * required column (决算数): a figure hidden under a merge or never entered would otherwise
 * only show as checks skipped (DATA-MISSING).
 */
export function reportMissingTotals(scope: SheetScope, def: SheetDef, table: Table): void {
  const required = (def.columns ?? []).filter((c) => c.kind === "amount" && c.required).map((c) => c.name);
  for (const r of (def.rows ?? []).filter((d) => d.total)) {
    const row = table.rows[r.label];
    if (!row) {
      const message = msg.missingRow(scope.grid.name, r.label, [r.label, ...(r.aliases ?? [])]);
      report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, r.label] });
      continue;
    }
    for (const column of required) {
      const amount = row.values[column];
      if (amount?.state !== "blank" || amount.cell === undefined) continue;
      const message = msg.missingValue(scope.grid.name, `${r.label} / ${column}`, amount.cell, []);
      report(scope.ctx, { rule: "DATA-MISSING", message, cells: [amount.cell], keys: [scope.key, r.label, column] });
    }
  }
}

/** Canonical row label by normalised label and alias, for a fixed-row sheet. */
export function rowLabels(def: SheetDef): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const r of def.rows ?? [])
    for (const n of [r.label, ...(r.aliases ?? [])]) canonical.set(normalizeLabel(n), r.label);
  return canonical;
}

/**
 * The block a template row belongs to: in 收支总表 the income lines (up to 收入总计) and the
 * expenditure lines; one block elsewhere.
 */
export function rowBlock(def: SheetDef): (label: string) => string {
  const rows = (def.rows ?? []).map((r) => r.label);
  const incomeEnd = rows.indexOf("收入总计");
  if (incomeEnd < 0) return () => def.key;
  const income = new Set(rows.slice(0, incomeEnd + 1));
  return (label) => (income.has(label) ? "income" : "expenditure");
}
