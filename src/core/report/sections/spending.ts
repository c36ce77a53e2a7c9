import { text, type Localized } from "../../i18n";
import { percentage } from "../../money";
import { joinPieces, joinSentences, paragraph } from "../builder";
import { expenditureChart, incomeChart, projectClassChart, yearOnYearChart } from "../charts";
import type { CellValue, ReportContext } from "../context";
import { expenditureParts, incomeLines, projectClasses, type Line } from "../data";
import type { ReportBlock } from "../document";
import type { Piece } from "../format";
import { label } from "../labels";
import { itemHeading, subsections } from "../outline";
import { changeOnLastYear, comma, semicolon, sentence, shareOf } from "../phrases";

/**
 * 二、部门整体支出情况: income and its structure, 本年支出合计 with 基本支出 and 项目支出 by
 * function class, the change on last year and the execution rate where the columns exist.
 */

const T = {
  income: text("收入情况", "Income"),
  expenditure: text("支出情况", "Expenditure"),
  basic: text("基本支出", "Basic expenditure"),
  project: text("项目支出", "Project expenditure"),
  other: text("其他支出", "Other expenditure"),
  stated: text("{label}{amount}", "{label} was {amount}"),
  ofWhich: text("其中", "of which "),
  part: text("{label}{amount}", "{label} {amount}"),
  partShare: text("{label}{amount}，{share}", "{label} {amount} ({share})"),
  budget: text(
    "调整后预算数{budget}，预算执行率{rate}",
    "the adjusted budget was {budget}, an execution rate of {rate}",
  ),
  /** A line's own rate says 执行率, so it is not read as the department's 预算执行率. */
  lineBudget: text(
    "调整后预算数{budget}，执行率{rate}",
    "its adjusted budget was {budget}, an execution rate of {rate}",
  ),
  grand: text("{label}{amount}", "{label} {amount}"),
  wholeExpenditure: text("本年支出合计", "total expenditure"),
  personnel: text("人员经费支出", "personnel costs"),
  operating: text("日常公用经费", "operating costs"),
};

function part(ctx: ReportContext, name: string, v: CellValue): Piece[] {
  return ctx.s(T.part, { label: name, amount: ctx.amount(v.value, [v.cell]) });
}

/** `X万元，其中A a万元，B b万元` as one clause list (the shape the text check reads). */
function totalWithParts(
  ctx: ReportContext,
  name: string,
  whole: CellValue,
  parts: Piece[][],
  separator = comma(ctx.lang),
): Piece[][] {
  const head = ctx.s(T.stated, { label: name, amount: ctx.amount(whole.value, [whole.cell]) });
  if (parts.length === 0) return [head];
  return [head, [ctx.t(T.ofWhich), ...joinPieces(parts, separator)]];
}

/** `X较上年增加…；调整后预算数…，预算执行率…` for one 收支总表 row. */
function rowFollowUp(ctx: ReportContext, row: string, name: string, whole?: CellValue): Piece[] {
  const v = ctx.summaryValue(row);
  if (!v) return [];
  const clauses: Piece[][] = [];
  if (whole) {
    const share = shareOf(ctx, v, whole, T.wholeExpenditure);
    if (share.length > 0) clauses.push(share);
  }
  const previous = ctx.summaryValue(row, "上年决算数");
  if (previous) clauses.push(changeOnLastYear(ctx, v, previous));
  const budget = ctx.summaryValue(row, "调整后预算数");
  const rate = budget && percentage(v.value, budget.value);
  const budgetClause =
    budget && rate !== undefined
      ? ctx.s(row === "本年支出合计" ? T.budget : T.lineBudget, {
          budget: ctx.amount(budget.value, [budget.cell]),
          rate: ctx.percent(rate, [v.cell, budget.cell]),
        })
      : [];
  if (clauses.length === 0 && budgetClause.length === 0) return [];
  const first = clauses.length > 0 ? [name, ...joinPieces(clauses, comma(ctx.lang))] : [];
  if (first.length > 0 && ctx.lang === "en-US") first.splice(1, 0, " was ");
  return sentence(ctx, [first, budgetClause], semicolon(ctx.lang));
}

function incomeBlocks(ctx: ReportContext): ReportBlock[] {
  const whole = ctx.summaryValue("本年收入合计");
  if (!whole) return [];
  const lines = incomeLines(ctx);
  const parts = lines.map((l) => {
    const share = shareOf(ctx, l, whole);
    return ctx.s(share.length > 0 ? T.partShare : T.part, {
      label: label(l.label, ctx.lang),
      amount: ctx.amount(l.value, [l.cell]),
      share,
    });
  });
  const first = sentence(ctx, totalWithParts(ctx, label("本年收入合计", ctx.lang), whole, parts, semicolon(ctx.lang)));
  const previous = ctx.summaryValue("本年收入合计", "上年决算数");
  const second = previous
    ? sentence(ctx, [
        [
          label("本年收入合计", ctx.lang),
          ctx.lang === "zh-CN" ? "" : " was ",
          ...changeOnLastYear(ctx, whole, previous),
        ],
      ])
    : [];
  const grandClauses = ["使用非财政拨款结余", "年初结转和结余", "收入总计"].flatMap((row) => {
    const v = ctx.summaryValue(row);
    return v ? [ctx.s(T.grand, { label: label(row, ctx.lang), amount: ctx.amount(v.value, [v.cell]) })] : [];
  });
  const third = sentence(ctx, grandClauses);
  return [paragraph(joinSentences([first, second, third], ctx.lang)), ...incomeChart(ctx)];
}

function expenditureTotal(ctx: ReportContext): ReportBlock[] {
  const whole = ctx.summaryValue("本年支出合计");
  if (!whole) return [];
  const parts = expenditureParts(ctx).map((l) => part(ctx, label(l.label, ctx.lang), l));
  const first = sentence(ctx, totalWithParts(ctx, label("本年支出合计", ctx.lang), whole, parts));
  const second = rowFollowUp(ctx, "本年支出合计", label("本年支出合计", ctx.lang));
  const closing = ["年末结转和结余", "支出总计"].flatMap((row) => {
    const v = ctx.summaryValue(row);
    return v ? [ctx.s(T.grand, { label: label(row, ctx.lang), amount: ctx.amount(v.value, [v.cell]) })] : [];
  });
  return [
    paragraph(joinSentences([first, second, sentence(ctx, closing)], ctx.lang)),
    ...yearOnYearChart(ctx),
    ...expenditureChart(ctx),
  ];
}

function basicItem(ctx: ReportContext, whole?: CellValue): Piece[] {
  const basic = ctx.summaryValue("基本支出");
  if (!basic) return [];
  const parts: Piece[][] = [];
  const personnel = ctx.summaryValue("人员经费");
  const operating = ctx.summaryValue("公用经费");
  if (personnel) parts.push(part(ctx, ctx.t(T.personnel), personnel));
  if (operating) parts.push(part(ctx, ctx.t(T.operating), operating));
  const first = sentence(ctx, totalWithParts(ctx, ctx.t(T.basic), basic, parts));
  return joinSentences([first, rowFollowUp(ctx, "基本支出", ctx.t(T.basic), whole)], ctx.lang);
}

function projectItem(ctx: ReportContext, whole?: CellValue): Piece[] {
  const project = ctx.summaryValue("项目支出");
  if (!project) return [];
  const parts = projectClasses(ctx).map((c) => part(ctx, c.label, c));
  const first = sentence(ctx, totalWithParts(ctx, ctx.t(T.project), project, parts));
  return joinSentences([first, rowFollowUp(ctx, "项目支出", ctx.t(T.project), whole)], ctx.lang);
}

function otherItem(ctx: ReportContext): Piece[] {
  const others: Line[] = expenditureParts(ctx).filter((l) => l.label !== "基本支出" && l.label !== "项目支出");
  return sentence(
    ctx,
    others.map((l) => part(ctx, label(l.label, ctx.lang), l)),
    semicolon(ctx.lang),
  );
}

function expenditureItems(ctx: ReportContext): ReportBlock[] {
  const whole = ctx.summaryValue("本年支出合计");
  const items: { title: Localized; pieces: Piece[]; after: ReportBlock[] }[] = [
    { title: T.basic, pieces: basicItem(ctx, whole), after: [] },
    { title: T.project, pieces: projectItem(ctx, whole), after: projectClassChart(ctx) },
    { title: T.other, pieces: otherItem(ctx), after: [] },
  ];
  const out: ReportBlock[] = [];
  let n = 0;
  for (const item of items) {
    if (item.pieces.length === 0) continue;
    n += 1;
    out.push(itemHeading(ctx, n, item.title), paragraph(item.pieces), ...item.after);
  }
  return out;
}

export function spendingSection(ctx: ReportContext): ReportBlock[] {
  return subsections(ctx.lang, [
    { title: T.income, blocks: incomeBlocks(ctx) },
    { title: T.expenditure, blocks: [...expenditureTotal(ctx), ...expenditureItems(ctx)] },
  ]);
}
