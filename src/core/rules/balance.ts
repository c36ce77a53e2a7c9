import { ZERO } from "../money";
import type { Amount } from "../model";
import type { RuleMeta } from "./catalogue";
import { compare, skipAllBlank } from "./compare";
import { skip, type RuleContext } from "./context";
import { msg, MSG } from "./messages";
import type { ColumnChoice, ListTotalSpec, RowSumSpec, SumSpec, TreeSpec } from "./spec";
import {
  choiceLabel,
  columnSum,
  operand,
  pick,
  pickAmount,
  requireList,
  selectColumns,
  tableView,
  topLevel,
  type ListRow,
  type Operand,
} from "./views";

/** 基本平衡: sums inside one sheet (BAL-*). */

function defaultSuggestion(total: string) {
  return msg(MSG.checkTotal, { total });
}

/** Fixed-row table, per column: total row = Σ part rows. */
export function evalSum(ctx: RuleContext, rule: RuleMeta, spec: SumSpec): void {
  const view = tableView(ctx.model, spec.table);
  if (!view) return;
  for (const column of selectColumns(spec.columns, view.columns)) {
    const cell = (label: string) => operand(label, view.table.rows[label]?.values[column]);
    compare(ctx, {
      rule,
      where: msg(MSG.whereColumn, { sheet: view.sheet, column }),
      lhs: cell(spec.total),
      parts: spec.parts.map(cell),
      units: [view.unit],
      quantity: "amount",
      fingerprint: [view.sheetKey, spec.total, column],
      suggestion: spec.suggestion ?? defaultSuggestion(spec.total),
    });
  }
}

/** Each row of a list: total column = Σ part columns − Σ minus columns. */
export function evalRowSum(ctx: RuleContext, rule: RuleMeta, spec: RowSumSpec): void {
  const list = requireList(ctx, rule, spec.list);
  if (!list) return;
  const totalColumn = choiceLabel(spec.total);
  if (!list.columns.includes(totalColumn)) {
    skip(ctx, rule.id, msg(MSG.skipColumnAbsent, { sheet: list.sheet, column: totalColumn }));
    return;
  }
  // Optional columns the sheet does not have are not parts (nor named as blank).
  const present = (choice: RowSumSpec["total"]) =>
    (typeof choice === "string" ? [choice] : choice).some((c) => list.columns.includes(c));
  const parts = spec.parts.filter(present);
  const minus = (spec.minus ?? []).filter(present);
  const rows = spec.includeTotalRow && list.total ? [...list.rows, list.total] : list.rows;
  for (const row of rows) {
    if (rowAddsUp(row.values, spec.total, parts, minus, spec.requireAll)) {
      ctx.compared.add(rule.id);
      continue;
    }
    const at = (choice: RowSumSpec["total"]) => {
      const { column, amount } = pick(row.values, choice);
      return operand(column, amount);
    };
    compare(ctx, {
      rule,
      where: msg(MSG.whereRow, { sheet: list.sheet, row: row.label }),
      lhs: at(spec.total),
      parts: parts.map(at),
      minus: minus.map(at),
      requireAll: spec.requireAll,
      units: [list.unit],
      quantity: list.quantity,
      fingerprint: [list.sheetKey, row.key],
      suggestion: spec.suggestion ?? defaultSuggestion(`${row.label} ${totalColumn}`),
    });
  }
}

/**
 * True when compare() would find the row readable, filled enough, and its total exactly
 * Σ parts − Σ minus (summed in the same order). Read straight from the amounts: on a list of
 * 50,000 rows that add up, building operands and messages for each was most of the work.
 */
function rowAddsUp(
  values: Record<string, Amount | undefined>,
  total: ColumnChoice,
  parts: readonly ColumnChoice[],
  minus: readonly ColumnChoice[],
  requireAll = false,
): boolean {
  const lhs = pickAmount(values, total);
  if (lhs?.state !== "value") return false;
  let blank = 0;
  let sumParts = ZERO;
  let sumMinus = ZERO;
  for (let i = 0; i < parts.length + minus.length; i++) {
    const isPart = i < parts.length;
    const amount = pickAmount(values, isPart ? parts[i] : minus[i - parts.length]);
    if (amount?.state === "unreadable") return false;
    if (amount?.state !== "value") blank++;
    else if (isPart) sumParts = sumParts.plus(amount.value);
    else sumMinus = sumMinus.plus(amount.value);
  }
  const filled = parts.length + minus.length - blank;
  if (requireAll ? blank > 0 : filled === 0) return false;
  return lhs.value.eq(sumParts.minus(sumMinus));
}

/**
 * True when compare() would find `total` filled and exactly `parts` (Σ of rows by columnSum,
 * every row readable and one at least filled): a total that checks out needs no operand per row.
 */
function sumsUp(total: Amount | undefined, parts: Operand): boolean {
  return total?.state === "value" && parts.state === "value" && total.value.eq(parts.value);
}

/** Rows grouped by the prefix of the given length of their code, for rows of `childLength`. */
function childrenByPrefix(rows: readonly ListRow[], parentLength: number, childLength: number): Map<string, ListRow[]> {
  const out = new Map<string, ListRow[]>();
  for (const r of rows) {
    if (!r.code || r.code.length !== childLength) continue;
    const key = r.code.slice(0, parentLength);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** A list's 合计 row = Σ its rows, per column. */
export function evalListTotal(ctx: RuleContext, rule: RuleMeta, spec: ListTotalSpec): void {
  const list = requireList(ctx, rule, spec.list);
  if (!list) return;
  const total = list.total;
  if (!total) {
    skip(ctx, rule.id, msg(MSG.skipNoTotalRow, { sheet: list.sheet }));
    return;
  }
  const rows = spec.topLevelOnly ? topLevel(list.rows) : list.rows;
  for (const column of selectColumns(spec.columns, list.columns)) {
    const lhs = total.values[column];
    const parts = columnSum("", rows, column);
    if (sumsUp(lhs, parts)) {
      ctx.compared.add(rule.id);
      continue;
    }
    const where = msg(MSG.whereColumn, { sheet: list.sheet, column });
    // A column left empty, 合计 included, is skipped as compare() would, without an operand per row.
    if ((!lhs || lhs.state === "blank") && parts.state === "blank") {
      skipAllBlank(ctx, rule, where, MSG.totalRow);
      continue;
    }
    compare(ctx, {
      rule,
      where,
      lhs: operand("合计行", total.values[column]),
      lhsLabel: MSG.totalRow,
      parts: rows.map((r) => operand(r.label, r.values[column])),
      partsLabel: spec.topLevelOnly ? MSG.topLevelSubjects : list.rowsLabel,
      units: [list.unit],
      quantity: list.quantity,
      fingerprint: [list.sheetKey, "合计", column],
      suggestion: spec.suggestion ?? defaultSuggestion("合计行"),
    });
  }
}

/** Subject tree: each parent = Σ its children of the next level, where children exist. */
export function evalTree(ctx: RuleContext, rule: RuleMeta, spec: TreeSpec): void {
  const list = requireList(ctx, rule, spec.list);
  if (!list) return;
  // Children are grouped once per level pair: filtering all rows per parent is quadratic.
  const groups = new Map<number, Map<string, ListRow[]>>();
  const childrenOf = (code: string, childLength: number): ListRow[] => {
    let byPrefix = groups.get(code.length);
    if (!byPrefix) {
      byPrefix = childrenByPrefix(list.rows, code.length, childLength);
      groups.set(code.length, byPrefix);
    }
    return byPrefix.get(code) ?? [];
  };
  for (const parent of list.rows) {
    const code = parent.code ?? "";
    const level = spec.levels.indexOf(code.length);
    if (level < 0 || level === spec.levels.length - 1) continue;
    const childLength = spec.levels[level + 1];
    const children = childrenOf(code, childLength);
    if (children.length === 0) continue;
    for (const column of list.columns) {
      if (sumsUp(parent.values[column], columnSum("", children, column))) {
        ctx.compared.add(rule.id);
        continue;
      }
      compare(ctx, {
        rule,
        where: msg(MSG.whereColumn, { sheet: list.sheet, column }),
        lhs: operand(parent.label, parent.values[column]),
        parts: children.map((r) => operand(r.label, r.values[column])),
        partsLabel: MSG.children,
        units: [list.unit],
        quantity: list.quantity,
        fingerprint: [list.sheetKey, code, column],
        suggestion: spec.suggestion ?? defaultSuggestion(parent.label),
      });
    }
  }
}
