import { text } from "../i18n";
import { isSmallerBetter, targetMet } from "../indicators";
import { Decimal, formatAmount, percentage } from "../money";
import type { TargetRow } from "../model";
import { cellValue, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { dateText, plainNumber, toWan } from "./format";

/**
 * The tables attached to the report: 绩效目标完成情况表 and 项目支出情况表, straight from the
 * workbook rows; each left out when its sheet has no rows.
 */

type Table = Extract<ReportBlock, { kind: "table" }>;

const T = {
  targets: text("绩效目标完成情况表", "Performance targets"),
  projects: text("项目支出情况表（单位：万元）", "Project expenditure (RMB 10,000)"),
  exceeded: text("超额完成", "exceeded"),
  met: text("已完成", "met"),
  missed: text("未完成", "not met"),
  unknown: text("未填实际值", "no actual value"),
  total: text("合计", "Total"),
};

const TARGET_HEADER = [
  text("指标类别", "Category"),
  text("指标名称", "Target"),
  text("目标值", "Target value"),
  text("实际值", "Actual"),
  text("完成情况", "Result"),
];

const PROJECT_HEADER = [
  text("项目名称", "Project"),
  text("调整后预算数", "Adjusted budget"),
  text("实际支出数", "Spent"),
  text("执行率", "Execution rate"),
  text("指标下达日期", "Released"),
  text("备注", "Note"),
];

function valueWithUnit(row: TargetRow, side: "target" | "actual"): string {
  const a = row[side];
  if (a.state !== "value") return "";
  const unit = row.unitOfMeasure?.trim() ?? "";
  return `${plainNumber(a.value)}${unit}`;
}

/** 完成 / 超额完成 / 未完成, by the same rule as the indicators (smaller is better where the name says so). */
export function targetResult(ctx: ReportContext, row: TargetRow): string {
  const met = targetMet(row);
  if (met === undefined) return ctx.t(T.unknown);
  if (!met) return ctx.t(T.missed);
  const exceeded =
    row.target.state === "value" &&
    row.actual.state === "value" &&
    !row.actual.value.eq(row.target.value) &&
    !isSmallerBetter(row.name, row.unitOfMeasure);
  return ctx.t(exceeded ? T.exceeded : T.met);
}

export function targetsTable(ctx: ReportContext): Table | undefined {
  const rows = ctx.model.targets ?? [];
  if (rows.length === 0) return undefined;
  return {
    kind: "table",
    id: "targets",
    caption: ctx.t(T.targets),
    header: TARGET_HEADER.map((h) => ctx.t(h)),
    rows: rows.map((r) => [
      r.category,
      r.name,
      valueWithUnit(r, "target"),
      valueWithUnit(r, "actual"),
      targetResult(ctx, r),
    ]),
    numericColumns: [],
    sources: rows.flatMap((r) => [r.nameCell, ...(r.actual.state === "value" ? [r.actual.cell] : [])]),
    widths: [12, 34, 14, 14, 12],
  };
}

export function projectsTable(ctx: ReportContext): Table | undefined {
  const rows = ctx.model.projects?.rows ?? [];
  if (rows.length === 0) return undefined;
  const wan = (v: ReturnType<typeof cellValue>): string => (v ? formatAmount(toWan(v.value, ctx.unit)) : "");
  let budgets = new Decimal(0);
  let actuals = new Decimal(0);
  const rateText = (a: Decimal, b: Decimal): string => {
    const r = percentage(a, b);
    return r ? `${formatAmount(r)}%` : "";
  };
  const body = rows.map((p) => {
    const budget = cellValue(p.values["调整后预算数"]) ?? cellValue(p.values["年初预算数"]);
    const actual = cellValue(p.values["实际支出数"]);
    // The 合计 adds the amounts as printed, so a reviewer's sum of the column agrees.
    if (budget) budgets = budgets.plus(wan(budget));
    if (actual) actuals = actuals.plus(wan(actual));
    return [
      p.name,
      wan(budget),
      wan(actual),
      budget && actual ? rateText(actual.value, budget.value) : "",
      p.releaseDate ? dateText(p.releaseDate.value, ctx.lang) : "",
      p.note?.value.trim() ?? "",
    ];
  });
  body.push([ctx.t(T.total), formatAmount(budgets), formatAmount(actuals), rateText(actuals, budgets), "", ""]);
  return {
    kind: "table",
    id: "projects",
    caption: ctx.t(T.projects),
    header: PROJECT_HEADER.map((h) => ctx.t(h)),
    rows: body,
    numericColumns: [1, 2, 3],
    sources: rows.flatMap((p) => Object.values(p.values).flatMap((a) => (a.state === "value" ? [a.cell] : []))),
    widths: [28, 12, 12, 10, 16, 22],
  };
}
