import type { Localized } from "../i18n";
import type { AmountUnit, SheetKey } from "../model";
import type { RuleMeta } from "./catalogue";
import { subjectClassName } from "./class-table";
import { compare } from "./compare";
import { skip, type RuleContext } from "./context";
import { joinLabels, msg, MSG } from "./messages";
import type { ClassSumSpec, CrossPair, CrossSpec, FigureRef } from "./spec";
import {
  columnSum,
  listView,
  operand,
  requireList,
  sumOperand,
  tableView,
  zeroIfBlank,
  type ListRow,
  topLevel,
  type Operand,
} from "./views";

/** 表间: figures of two sheets that must agree (XS-*). */

interface Figure {
  operand: Operand;
  sheetKey: SheetKey;
  unit: AmountUnit;
  fingerprint: string[];
  /** The figure's name in each language, where it has words of ours (`合计行`). */
  label?: Localized;
}

/** A figure, or the reason it cannot be had. */
function resolve(ctx: RuleContext, ref: FigureRef): Figure | Localized {
  if (ref.from === "summary" || ref.from === "threePublic") {
    const view = tableView(ctx.model, ref.from);
    if (!view) return msg(MSG.skipSheetAbsent, { sheet: ref.from === "summary" ? "收支总表" : "三公经费" });
    const amount = view.table.rows[ref.row]?.values[ref.column];
    const label = `${view.sheet} ${ref.row}（${ref.column}）`;
    const parts = (ref.from === "summary" && ref.orSumOf) || [];
    const own = operand(label, amount);
    const figure =
      own.state === "blank" && parts.length > 0
        ? sumOperand(
            `${view.sheet} ${parts.join(" + ")}（${ref.column}）`,
            parts.map((row) => operand(row, view.table.rows[row]?.values[ref.column])),
          )
        : own;
    return {
      operand: figure,
      ...(figure === own && { label: msg(MSG.summaryFigure, { sheet: view.sheet, row: ref.row, column: ref.column }) }),
      sheetKey: view.sheetKey,
      unit: view.unit,
      fingerprint: [view.sheetKey, ref.row, ref.column],
    };
  }
  const list = listView(ctx, ref.list);
  if (!list) return msg(MSG.skipSheetAbsent, { sheet: ref.list });
  if (!list.columns.includes(ref.column)) return msg(MSG.skipColumnAbsent, { sheet: list.sheet, column: ref.column });
  if (ref.from === "listTotal") {
    if (!list.total) return msg(MSG.skipNoTotalRow, { sheet: list.sheet });
    return {
      operand: operand(`${list.sheet} 合计行 ${ref.column}`, list.total.values[ref.column]),
      label: msg(MSG.listTotal, { sheet: list.sheet, column: ref.column }),
      sheetKey: list.sheetKey,
      unit: list.unit,
      fingerprint: [list.sheetKey, "合计", ref.column],
    };
  }
  const label = `Σ ${list.sheet}.${ref.column}`;
  return {
    operand: columnSum(label, list.rows, ref.column),
    sheetKey: list.sheetKey,
    unit: list.unit,
    fingerprint: [list.sheetKey, "Σ", ref.column],
  };
}

function isFigure(x: Figure | Localized): x is Figure {
  return "operand" in x;
}

/** Whether a pair applies to the lists as laid out (公开03 gives 基本支出 in place of its parts). */
function applies(ctx: RuleContext, pair: CrossPair): boolean {
  const ref = pair.left;
  if (ref.from !== "listTotal" && ref.from !== "listSum") return true;
  const columns = listView(ctx, ref.list)?.columns;
  if (!columns) return true;
  if (pair.onlyWithColumn && !columns.includes(ref.column)) return false;
  return !(pair.unlessColumn && columns.includes(pair.unlessColumn));
}

export function evalCross(ctx: RuleContext, rule: RuleMeta, spec: CrossSpec): void {
  for (const pair of spec.pairs) {
    if (!applies(ctx, pair)) continue;
    const left = resolve(ctx, pair.left);
    const right = resolve(ctx, pair.right);
    if (!isFigure(left) || !isFigure(right)) {
      skip(ctx, rule.id, isFigure(left) ? (right as Localized) : left);
      continue;
    }
    compare(ctx, {
      rule,
      where: { "zh-CN": "", "en-US": "" },
      lhs: left.operand,
      ...(left.label && { lhsLabel: left.label }),
      ...(right.label && { partLabel: right.label }),
      parts: [right.operand],
      relation: spec.relation,
      units: [left.unit, right.unit],
      quantity: "amount",
      fingerprint: [...left.fingerprint, ...right.fingerprint],
      suggestion: spec.suggestion,
    });
  }
}

/** The 支出明细 figure of one 类: its 类 row, else Σ its top-level rows. */
function detailOfClass(
  classRow: ListRow | undefined,
  rows: readonly ListRow[],
  column: string,
  label: string,
): Operand {
  if (classRow) return operand(label, classRow.values[column]);
  return columnSum(label, topLevel(rows), column);
}

/** Rows by the first `digits` of their code, in list order. */
function byClass(rows: readonly ListRow[], digits: number): Map<string, ListRow[]> {
  const out = new Map<string, ListRow[]>();
  for (const row of rows) {
    const cls = (row.code ?? "").slice(0, digits);
    const group = out.get(cls);
    if (group) group.push(row);
    else out.set(cls, [row]);
  }
  return out;
}

export function evalClassSum(ctx: RuleContext, rule: RuleMeta, spec: ClassSumSpec): void {
  const projects = requireList(ctx, rule, "projects");
  const detail = requireList(ctx, rule, "expenditure");
  if (!projects || !detail) return;
  for (const [list, column] of [
    [projects, spec.projectColumn],
    [detail, spec.detailColumn],
  ] as const) {
    if (!list.columns.includes(column)) {
      skip(ctx, rule.id, msg(MSG.skipColumnAbsent, { sheet: list.sheet, column }));
      return;
    }
  }
  const uncoded = projects.rows.filter((r) => !r.code);
  if (uncoded.length > 0) {
    skip(ctx, rule.id, msg(MSG.skipUncoded, { names: joinLabels(uncoded.map((r) => r.label)) }));
    return;
  }
  // Each list grouped once by 类, rather than every row filtered again for each class.
  const projectsByClass = byClass(projects.rows, spec.classDigits);
  const detailByClass = byClass(detail.rows, spec.classDigits);
  const anyFilled = (rows: readonly ListRow[], column: string): boolean =>
    rows.some((r) => r.values[column]?.state === "value");
  const classes = [
    ...new Set([
      ...[...projectsByClass].filter(([, rows]) => anyFilled(rows, spec.projectColumn)).map(([cls]) => cls),
      ...[...detailByClass].filter(([, rows]) => anyFilled(rows, spec.detailColumn)).map(([cls]) => cls),
    ]),
  ].sort();
  for (const cls of classes) {
    // A code shorter than a 类 (a slip) stands for every subject it begins.
    const detailRows =
      cls.length === spec.classDigits
        ? (detailByClass.get(cls) ?? [])
        : detail.rows.filter((r) => r.code?.startsWith(cls));
    const classRow = detailRows.find((r) => r.code === cls);
    const name = classRow?.label ?? `${cls} ${subjectClassName(cls) ?? ""}`.trim();
    // Within lists that are filled, a class with no project (or no 项目支出) counts as 0.
    const lhs = zeroIfBlank(
      columnSum(`${projects.sheet} ${cls} 类${spec.projectColumn}`, projectsByClass.get(cls) ?? [], spec.projectColumn),
    );
    const rhs = zeroIfBlank(
      detailOfClass(classRow, detailRows, spec.detailColumn, `${detail.sheet} ${name} ${spec.detailColumn}`),
    );
    compare(ctx, {
      rule,
      where: { "zh-CN": "", "en-US": "" },
      lhs,
      parts: [rhs],
      units: [projects.unit, detail.unit],
      quantity: "amount",
      fingerprint: [projects.sheetKey, cls, spec.projectColumn, detail.sheetKey, spec.detailColumn],
      suggestion: spec.suggestion,
    });
  }
}
