import type { Localized } from "../i18n";
import { Decimal, sum, ZERO } from "../money";
import type { Amount, AmountUnit, DepartmentModel, SheetKey, Table } from "../model";
import { sheetDef } from "../template";
import type { RuleMeta } from "./catalogue";
import { sheetName, sheetUnit, skip, type Quantity, type RuleContext } from "./context";
import { msg, MSG } from "./messages";
import type { ColumnChoice, ColumnSelection, ListKey, TableKey } from "./spec";

/**
 * Uniform views of the model's tables and lists, and operands: a figure with its label and
 * cells, either a value, blank, or unreadable.
 */

export interface TableView {
  sheetKey: SheetKey;
  sheet: string;
  table: Table;
  /** Amount columns of the template that the sheet has. */
  columns: string[];
  unit: AmountUnit;
}

const TABLE_SHEETS: Record<TableKey, SheetKey> = { summary: "收支总表", threePublic: "三公经费" };

function amountColumns(key: SheetKey): string[] {
  return (sheetDef(key).columns ?? []).filter((c) => c.kind === "amount").map((c) => c.name);
}

export function tableView(model: DepartmentModel, which: TableKey): TableView | undefined {
  const sheetKey = TABLE_SHEETS[which];
  const table = which === "summary" ? model.summary : model.threePublic;
  if (!table) return undefined;
  const columns = amountColumns(sheetKey).filter((c) => c in table.columns);
  return { sheetKey, sheet: sheetName(model, sheetKey), table, columns, unit: sheetUnit(model, sheetKey) };
}

export function tableRowLabels(which: TableKey): string[] {
  return (sheetDef(TABLE_SHEETS[which]).rows ?? []).map((r) => r.label);
}

export interface ListRow {
  /** Stable label for fingerprints: 科目编码, 项目名称, 机构名称, or 合计. */
  key: string;
  /** What the user reads: `2150501 行政运行`. */
  label: string;
  code?: string;
  values: Record<string, Amount | undefined>;
}

export interface ListView {
  list: ListKey;
  sheetKey: SheetKey;
  sheet: string;
  columns: string[];
  rows: ListRow[];
  total?: ListRow;
  quantity: Quantity;
  unit: AmountUnit;
  rowsLabel: Localized;
}

function totalRow(values: Record<string, Amount> | undefined): ListRow | undefined {
  return values ? { key: "合计", label: "合计", values } : undefined;
}

/** The run's view of a list: built on first use, then shared by every check that reads it. */
export function listView(ctx: RuleContext, list: ListKey): ListView | undefined {
  if (!ctx.lists.has(list)) ctx.lists.set(list, buildListView(ctx.model, list));
  return ctx.lists.get(list);
}

function buildListView(model: DepartmentModel, list: ListKey): ListView | undefined {
  if (list === "expenditure") {
    const d = model.expenditure;
    if (!d) return undefined;
    return {
      list,
      sheetKey: "支出明细",
      sheet: sheetName(model, "支出明细"),
      columns: amountColumns("支出明细").filter((c) => c in d.columns),
      rows: d.rows.map((r) => ({ key: r.code, label: `${r.code} ${r.name}`, code: r.code, values: r.values })),
      total: totalRow(d.total?.values),
      quantity: "amount",
      unit: sheetUnit(model, "支出明细"),
      rowsLabel: MSG.rowsOfSubjects,
    };
  }
  if (list === "projects") {
    const p = model.projects;
    if (!p) return undefined;
    return {
      list,
      sheetKey: "项目支出",
      sheet: sheetName(model, "项目支出"),
      columns: amountColumns("项目支出").filter((c) => c in p.columns),
      rows: p.rows.map((r) => ({ key: r.name, label: r.name, code: r.code?.value, values: r.values })),
      total: totalRow(p.total?.values),
      quantity: "amount",
      unit: sheetUnit(model, "项目支出"),
      rowsLabel: MSG.rowsOfProjects,
    };
  }
  const s = model.staffing;
  // The template always writes the staffing header; with no unit and no 合计 there is no table.
  if (!s || (s.rows.length === 0 && !s.total)) return undefined;
  const staffValues = (r: { quota: Amount; actual: Amount }): Record<string, Amount> => ({
    编制数: r.quota,
    实有人数: r.actual,
  });
  return {
    list,
    sheetKey: "基本情况",
    sheet: s.sheet,
    columns: ["编制数", "实有人数"],
    rows: s.rows.map((r) => ({ key: r.name, label: r.name, values: staffValues(r) })),
    total: s.total ? { key: "合计", label: "合计", values: staffValues(s.total) } : undefined,
    quantity: "count",
    unit: sheetUnit(model, "基本情况"),
    rowsLabel: MSG.rowsOfUnits,
  };
}

/** The list, or a skipped entry saying it is absent (the staffing table is optional in 基本情况). */
export function requireList(ctx: RuleContext, rule: RuleMeta, list: ListKey): ListView | undefined {
  const view = listView(ctx, list);
  if (view) return view;
  const reason =
    list === "staffing"
      ? msg(MSG.skipNoStaffing, { sheet: sheetName(ctx.model, "基本情况") })
      : msg(MSG.skipSheetAbsent, { sheet: list === "projects" ? "项目支出" : "支出明细" });
  skip(ctx, rule.id, reason);
  return undefined;
}

export function selectColumns(selection: ColumnSelection, available: readonly string[]): string[] {
  return selection === "each" ? [...available] : selection.filter((c) => available.includes(c));
}

export function choiceLabel(choice: ColumnChoice): string {
  return typeof choice === "string" ? choice : choice[0];
}

/** The amount `pick` chooses, without its column (a figure that checks out needs no label). */
export function pickAmount(values: Record<string, Amount | undefined>, choice: ColumnChoice): Amount | undefined {
  if (typeof choice === "string") return values[choice];
  for (const column of choice) {
    const amount = values[column];
    if (amount && amount.state !== "blank") return amount;
  }
  return values[choice[0]];
}

/** The first alternative that is filled (or unreadable); else the first one. */
export function pick(
  values: Record<string, Amount | undefined>,
  choice: ColumnChoice,
): { column: string; amount?: Amount } {
  const columns = typeof choice === "string" ? [choice] : choice;
  for (const column of columns) {
    const amount = values[column];
    if (amount && amount.state !== "blank") return { column, amount };
  }
  return { column: columns[0], amount: values[columns[0]] };
}

export type Operand =
  | { state: "value"; label: string; value: Decimal; cells: string[] }
  | { state: "blank"; label: string; cells: string[] }
  /** `label` and `cell` name the unreadable cell itself (inside a sum, one of its items). */
  | { state: "unreadable"; label: string; cells: string[]; cell: string; dataRule: string };

export function operand(label: string, amount: Amount | undefined): Operand {
  if (!amount) return { state: "blank", label, cells: [] };
  if (amount.state === "value") return { state: "value", label, value: amount.value, cells: [amount.cell] };
  if (amount.state === "blank") return { state: "blank", label, cells: amount.cell ? [amount.cell] : [] };
  return { state: "unreadable", label, cells: [amount.cell], cell: amount.cell, dataRule: amount.rule };
}

export type FilledOperand = Extract<Operand, { state: "value" }>;

/**
 * True when every operand holds a value; otherwise lists the check as skipped with the
 * reason (unreadable cell, or blank operands) and returns false. When every operand is
 * blank there is no figure to check: nothing is listed unless `listAllBlank`.
 */
export function requireFilled(
  ctx: RuleContext,
  rule: RuleMeta,
  where: Localized,
  operands: readonly Operand[],
  listAllBlank = false,
): operands is FilledOperand[] {
  const bad = operands.find((o): o is Extract<Operand, { state: "unreadable" }> => o.state === "unreadable");
  if (bad) {
    skip(ctx, rule.id, msg(MSG.skipUnreadable, { where, cell: bad.cell, label: bad.label, dataRule: bad.dataRule }), [
      bad.cell,
    ]);
    return false;
  }
  const blanks = operands.filter((o) => o.state === "blank");
  if (blanks.length === 0) {
    ctx.compared.add(rule.id);
    return true;
  }
  if (blanks.length < operands.length || listAllBlank) {
    skip(
      ctx,
      rule.id,
      msg(MSG.skipBlank, { where, labels: blanks.map((b) => b.label).join("、") }),
      blanks.flatMap((b) => b.cells),
    );
  }
  return false;
}

/** Σ of items: unreadable if any item is, blank if every item is, else the sum of those filled. */
export function sumOperand(label: string, items: readonly Operand[]): Operand {
  const bad = items.find((i) => i.state === "unreadable");
  if (bad) return bad;
  const filled = items.filter((i): i is Extract<Operand, { state: "value" }> => i.state === "value");
  if (filled.length === 0) return { state: "blank", label, cells: items.flatMap((i) => i.cells) };
  return { state: "value", label, value: sum(filled.map((i) => i.value)), cells: filled.flatMap((i) => i.cells) };
}

/**
 * Σ of one column over rows: the same operand as `sumOperand` over the rows' operands, in one
 * pass and without an operand per row (lists may have 50,000 rows).
 */
export function columnSum(label: string, rows: readonly ListRow[], column: string): Operand {
  let total = ZERO;
  const cells: string[] = [];
  for (const row of rows) {
    const amount = row.values[column];
    if (amount?.state === "unreadable") return operand(row.label, amount);
    if (amount?.state === "value") {
      total = total.plus(amount.value);
      cells.push(amount.cell);
    }
  }
  if (cells.length > 0) return { state: "value", label, value: total, cells };
  for (const row of rows) {
    const cell = row.values[column]?.cell;
    if (cell) cells.push(cell);
  }
  return { state: "blank", label, cells };
}

/** A blank operand as an explicit 0 (a part whose list is filled elsewhere). */
export function zeroIfBlank(o: Operand): Operand {
  return o.state === "blank" ? { state: "value", label: o.label, value: new Decimal(0), cells: o.cells } : o;
}

/** Rows with no ancestor among the list's codes. */
export function topLevel(rows: readonly ListRow[]): ListRow[] {
  // Look up each shorter prefix in a set: a scan of all codes per row is quadratic in rows.
  const codes = new Set(rows.map((r) => r.code ?? "").filter((c) => c !== ""));
  const hasAncestor = (code: string): boolean => {
    for (let n = 1; n < code.length; n++) if (codes.has(code.slice(0, n))) return true;
    return false;
  };
  return rows.filter((r) => !hasAncestor(r.code ?? ""));
}
