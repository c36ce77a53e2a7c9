import { EXPENDITURE_PARTS, INCOME_PARTS } from "../template";
import { cellValue, type CellValue, type ReportContext } from "./context";

/** Figure sets that the text and the charts both use, so the two always agree. */

export interface Line extends CellValue {
  /** Canonical label (`一般公共预算财政拨款收入`) or the subject name (`科学技术支出`). */
  label: string;
}

function positiveLines(ctx: ReportContext, labels: string[]): Line[] {
  const out: Line[] = [];
  for (const label of labels) {
    const v = ctx.summaryValue(label);
    if (v && v.value.isPositive()) out.push({ label, ...v });
  }
  return out;
}

/** Income lines of 收支总表 (决算数) that hold an amount above zero, in template order. */
export function incomeLines(ctx: ReportContext): Line[] {
  return positiveLines(ctx, INCOME_PARTS);
}

/** 基本支出, 项目支出 and the other parts of 本年支出合计 above zero, in template order. */
export function expenditureParts(ctx: ReportContext): Line[] {
  return positiveLines(ctx, EXPENDITURE_PARTS);
}

/**
 * 项目支出 by function class: the 类 rows of 支出明细 with a 项目支出 above zero, largest first
 * (equal amounts by subject code, so the order is stable).
 */
export function projectClasses(ctx: ReportContext): (Line & { code: string })[] {
  const rows = ctx.model.expenditure?.rows ?? [];
  const out: (Line & { code: string })[] = [];
  for (const r of rows) {
    if (r.level !== "类") continue;
    const v = cellValue(r.values["项目支出"]);
    if (v && v.value.isPositive()) out.push({ label: r.name, code: r.code, ...v });
  }
  return out.sort((a, b) => b.value.comparedTo(a.value) || a.code.localeCompare(b.code));
}
