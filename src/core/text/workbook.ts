import type { Amount, DepartmentModel } from "../model";
import { classStem, isFunctionClass } from "./labels";

/**
 * Where a canonical label of the text lives in the workbook: 收支总表 rows, 三公经费 rows, and
 * the 类 rows of 支出明细 for function classes.
 */

export type Year = "current" | "prior";

/** 支出明细 column a function class figure is read from: its 项目支出 or its 合计. */
export type ClassColumn = "项目支出" | "合计";

const THREE_PUBLIC_ROWS: Record<string, string> = {
  三公经费合计: "合计",
  "因公出国(境)费": "因公出国(境)费",
  公务用车购置及运行维护费: "公务用车购置及运行维护费",
  公务用车购置费: "公务用车购置费",
  公务用车运行维护费: "公务用车运行维护费",
  公务接待费: "公务接待费",
};

export interface WorkbookSource {
  amount: Amount;
  /** What the figure is in the workbook, for messages: `收支总表 基本支出 决算数`. */
  where: string;
}

export function workbookAmount(
  model: DepartmentModel,
  canonical: string,
  year: Year,
  classColumn: ClassColumn = "合计",
): WorkbookSource | undefined {
  const threePublicRow = THREE_PUBLIC_ROWS[canonical];
  if (threePublicRow !== undefined) {
    const table = model.threePublic;
    const column = year === "current" ? "本年决算数" : "上年决算数";
    const amount = table?.rows[threePublicRow]?.values[column];
    return amount && table ? { amount, where: `${table.sheet} ${threePublicRow} ${column}` } : undefined;
  }
  if (isFunctionClass(canonical)) {
    const detail = model.expenditure;
    if (!detail || year !== "current") return undefined;
    const row = detail.rows.find((r) => r.level === "类" && classStem(r.name) === classStem(canonical));
    const amount = row?.values[classColumn];
    return amount && row ? { amount, where: `${detail.sheet} ${row.code} ${row.name} ${classColumn}` } : undefined;
  }
  const column = year === "current" ? "决算数" : "上年决算数";
  const amount = model.summary.rows[canonical]?.values[column];
  return amount ? { amount, where: `${model.summary.sheet} ${canonical} ${column}` } : undefined;
}

/** 预算执行率 as indicators.md defines it: 本年支出合计 决算数 / 调整后预算数. */
export function executionInputs(model: DepartmentModel): { spent: WorkbookSource; budget: WorkbookSource } | undefined {
  const row = model.summary.rows["本年支出合计"];
  if (!row) return undefined;
  const spent = row.values["决算数"];
  const budget = row.values["调整后预算数"];
  if (!spent || !budget) return undefined;
  const sheet = model.summary.sheet;
  return {
    spent: { amount: spent, where: `${sheet} 本年支出合计 决算数` },
    budget: { amount: budget, where: `${sheet} 本年支出合计 调整后预算数` },
  };
}
