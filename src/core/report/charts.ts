import { text } from "../i18n";
import { Decimal, decimalString } from "../money";
import type { ReportContext } from "./context";
import { expenditureParts, incomeLines, projectClasses, type Line } from "./data";
import type { ChartSpec, ReportBlock } from "./document";
import { toWan } from "./format";
import { label } from "./labels";

/**
 * Charts of section 二. Values are decimal strings in 万元 (converted exactly from 元), with
 * the cells they came from; a chart whose figures are missing is left out.
 */

const T = {
  unit: text("万元", "RMB 10,000"),
  yoy: text("本年与上年收支对比", "Income and expenditure, this year and last"),
  thisYear: text("本年", "This year"),
  lastYear: text("上年", "Last year"),
  income: text("收入结构", "Income structure"),
  expenditure: text("支出结构", "Expenditure structure"),
  classes: text("项目支出功能分类构成", "Project expenditure by function class"),
  projectSeries: text("项目支出", "Project expenditure"),
  amountSeries: text("决算数", "Actual"),
};

function chart(spec: ChartSpec): ReportBlock {
  return { kind: "chart", chart: spec };
}

function wan(ctx: ReportContext, line: { value: Line["value"] }): string {
  return decimalString(toWan(line.value, ctx.unit));
}

function yearName(ctx: ReportContext, offset: number, fallback: typeof T.thisYear): string {
  const year = ctx.model.info.year?.value;
  if (year === undefined) return ctx.t(fallback);
  return ctx.lang === "zh-CN" ? `${year + offset}年` : String(year + offset);
}

/** 本年收入合计 / 本年支出合计 against 上年决算数; only when all four figures are there. */
export function yearOnYearChart(ctx: ReportContext): ReportBlock[] {
  const rows = ["本年收入合计", "本年支出合计"];
  const now = rows.map((r) => ctx.summaryValue(r));
  const before = rows.map((r) => ctx.summaryValue(r, "上年决算数"));
  if (now.some((v) => !v) || before.some((v) => !v)) return [];
  const present = (list: typeof now) => list.flatMap((v) => (v ? [v] : []));
  return [
    chart({
      id: "income-expenditure-yoy",
      type: "bar",
      title: ctx.t(T.yoy),
      categories: rows.map((r) => label(r, ctx.lang)),
      series: [
        { name: yearName(ctx, 0, T.thisYear), values: present(now).map((v) => wan(ctx, v)) },
        { name: yearName(ctx, -1, T.lastYear), values: present(before).map((v) => wan(ctx, v)) },
      ],
      unit: ctx.t(T.unit),
      sources: [...present(now), ...present(before)].map((v) => v.cell),
    }),
  ];
}

/** Above this share one slice is the whole picture: the sentence says it better than a pie. */
const PIE_DOMINANT_SHARE = new Decimal("0.95");

function pie(ctx: ReportContext, id: string, title: string, lines: Line[]): ReportBlock[] {
  if (lines.length < 2) return [];
  const total = lines.reduce((acc, l) => acc.plus(l.value), new Decimal(0));
  if (lines.some((l) => l.value.div(total).gt(PIE_DOMINANT_SHARE))) return [];
  return [
    chart({
      id,
      type: "pie",
      title,
      categories: lines.map((l) => label(l.label, ctx.lang)),
      series: [{ name: ctx.t(T.amountSeries), values: lines.map((l) => wan(ctx, l)) }],
      unit: ctx.t(T.unit),
      sources: lines.map((l) => l.cell),
    }),
  ];
}

export function incomeChart(ctx: ReportContext): ReportBlock[] {
  return pie(ctx, "income-structure", ctx.t(T.income), incomeLines(ctx));
}

export function expenditureChart(ctx: ReportContext): ReportBlock[] {
  return pie(ctx, "expenditure-structure", ctx.t(T.expenditure), expenditureParts(ctx));
}

export function projectClassChart(ctx: ReportContext): ReportBlock[] {
  const classes = projectClasses(ctx);
  if (classes.length === 0) return [];
  return [
    chart({
      id: "project-classes",
      type: "bar",
      title: ctx.t(T.classes),
      categories: classes.map((c) => c.label),
      series: [{ name: ctx.t(T.projectSeries), values: classes.map((c) => wan(ctx, c)) }],
      unit: ctx.t(T.unit),
      sources: classes.map((c) => c.cell),
    }),
  ];
}
