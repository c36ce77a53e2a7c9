import { text, type Localized } from "../../i18n";
import type { Decimal } from "../../money";
import { joinPieces, joinSentences } from "../builder";
import { cellValue, type CellValue, type ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { fig, type Piece } from "../format";
import { label } from "../labels";
import { itemsWithMaterials } from "../outline";
import { changeOnLastYear, comma, semicolon, sentence, sumCells, WORDS } from "../phrases";

/** 三（一）经济性: 预算配置 (在职人员控制率, 三公), 预算执行 (执行率, 调整率, 结转结余率, 公用经费). */

const T = {
  allocation: text("预算配置情况", "Budget allocation"),
  execution: text("预算执行情况", "Budget execution"),
  management: text("政府采购和资产管理情况", "Procurement and assets"),
  staff: text(
    "年末实有人数{actual}，编制{quota}，在职人员控制率{rate}",
    "{actual} staff in post against a quota of {quota}, a staff control rate of {rate}",
  ),
  keySpending: text("重点支出安排率{rate}", "key projects took {rate} of project expenditure"),
  threePublic: text("“三公”经费支出{amount}", "three-public spending was {amount}"),
  ofWhich: text("其中", "of which "),
  threePublicBudget: text(
    "全年预算{budget}，“三公”经费控制率{rate}",
    "against a budget of {budget}, a control rate of {rate}",
  ),
  threePublicBudgetOnly: text("全年预算{budget}", "against a budget of {budget}"),
  threePublicLastYear: text(
    "上年“三公”经费支出{previous}，本年{change}",
    "last year it was {previous}; this year it is {change}",
  ),
  labelled: text("{label}{amount}", "{label} {amount}"),
  notIncurred: text("{label}未发生{cell}", "no {label}{cell}"),
  executionRate: text(
    "全年支出{actual}，调整后预算{budget}，预算执行率{rate}",
    "total expenditure was {actual} against an adjusted budget of {budget}, an execution rate of {rate}",
  ),
  adjustmentRate: text(
    "年初预算{initial}，预算调整率{rate}",
    "the initial budget was {initial}, an adjustment rate of {rate}",
  ),
  carryoverRate: text(
    "年末结转和结余{amount}，结转结余率{rate}",
    "year-end balances were {amount}, a carry-over rate of {rate}",
  ),
  carryoverRateOnly: text("结转结余率{rate}", "the carry-over rate was {rate}"),
  publicRate: text(
    "公用经费支出{actual}，预算{budget}，公用经费控制率{rate}",
    "operating costs were {actual} against a budget of {budget}, a control rate of {rate}",
  ),
  procurement: text(
    "政府采购预算{budget}，实际采购{actual}，政府采购执行率{rate}",
    "the procurement budget was {budget}, actual procurement {actual}, an execution rate of {rate}",
  ),
  assets: text(
    "固定资产总额{total}，在用固定资产总额{used}，固定资产利用率{rate}",
    "fixed assets totalled {total}, of which {used} in use, a utilisation rate of {rate}",
  ),
};

/** `，预算执行情况较好`: the profile's word for the value, when it has one. */
function judged(ctx: ReportContext, id: string, value: Decimal): Piece[] {
  const word = ctx.judge(id, value);
  return word ? [comma(ctx.lang), word] : [];
}

function amountOf(ctx: ReportContext, v: CellValue | undefined): Piece | undefined {
  return v && ctx.amount(v.value, [v.cell]);
}

/** A rate clause: the indicator and the amounts it is computed from, all present, or nothing. */
function rateClause(
  ctx: ReportContext,
  template: Localized,
  id: string,
  amounts: Record<string, CellValue | undefined>,
): Piece[] {
  const ind = ctx.indicator(id);
  if (!ind) return [];
  const params: Record<string, Piece> = { rate: ctx.percent(ind.value, ind.cells) };
  for (const [k, v] of Object.entries(amounts)) {
    const a = amountOf(ctx, v);
    if (!a) return [];
    params[k] = a;
  }
  return [...ctx.s(template, params), ...judged(ctx, id, ind.value)];
}

function staffClause(ctx: ReportContext): Piece[] {
  const ind = ctx.indicator("staffControlRate");
  const staffing = ctx.model.staffing;
  if (!ind || !staffing) return [];
  const rows = staffing.rows.length > 0 ? staffing.rows : staffing.total ? [staffing.total] : [];
  const actual = sumCells(rows.map((r) => cellValue(r.actual)));
  const quota = sumCells(rows.map((r) => cellValue(r.quota)));
  if (!actual || !quota) return [];
  const clause = ctx.s(T.staff, {
    actual: ctx.count(actual.value, actual.cells, WORDS.person),
    quota: ctx.count(quota.value, quota.cells, WORDS.person),
    rate: ctx.percent(ind.value, ind.cells),
  });
  return [...clause, ...judged(ctx, "staffControlRate", ind.value)];
}

const THREE_PUBLIC_PARTS = ["因公出国(境)费", "公务用车购置及运行维护费", "公务接待费"];

/** The 三公 sentence; nothing when the sheet or its 本年决算数 合计 is missing. */
function threePublicSentence(ctx: ReportContext): Piece[] {
  const table = ctx.model.threePublic;
  const totalRow = table?.rows["合计"];
  const current = cellValue(totalRow?.values["本年决算数"]);
  if (!table || !totalRow || !current) return [];
  const parts = THREE_PUBLIC_PARTS.flatMap((p) => {
    const v = cellValue(table.rows[p]?.values["本年决算数"]);
    if (v?.value.isZero()) return [ctx.s(T.notIncurred, { label: label(p, ctx.lang), cell: fig("", [v.cell]) })];
    return v ? [ctx.s(T.labelled, { label: label(p, ctx.lang), amount: ctx.amount(v.value, [v.cell]) })] : [];
  });
  const head: Piece[] = ctx.s(T.threePublic, { amount: ctx.amount(current.value, [current.cell]) });
  if (parts.length > 0) head.push(comma(ctx.lang), ctx.t(T.ofWhich), ...joinPieces(parts, comma(ctx.lang)));
  // The parts end their own sentence: a clause after them would be read as one more part.
  const clauses: Piece[][] = [];
  const previous = cellValue(totalRow.values["上年决算数"]);
  if (previous) {
    clauses.push(
      ctx.s(T.threePublicLastYear, {
        previous: ctx.amount(previous.value, [previous.cell]),
        change: changeOnLastYear(ctx, current, previous),
      }),
    );
  }
  const budget = cellValue(totalRow.values["本年预算数"]);
  const control = ctx.indicator("threePublicControlRate");
  if (budget && control) {
    clauses.push([
      ...ctx.s(T.threePublicBudget, {
        budget: ctx.amount(budget.value, [budget.cell]),
        rate: ctx.percent(control.value, control.cells),
      }),
      ...judged(ctx, "threePublicControlRate", control.value),
    ]);
  } else if (budget) {
    clauses.push(ctx.s(T.threePublicBudgetOnly, { budget: ctx.amount(budget.value, [budget.cell]) }));
  }
  return joinSentences([sentence(ctx, [head]), sentence(ctx, clauses, semicolon(ctx.lang))], ctx.lang);
}

function allocation(ctx: ReportContext): Piece[] {
  const staff = staffClause(ctx);
  const key = rateClause(ctx, T.keySpending, "keySpendingRate", {});
  return joinSentences([sentence(ctx, [staff]), sentence(ctx, [key]), threePublicSentence(ctx)], ctx.lang);
}

function execution(ctx: ReportContext): Piece[] {
  const summary = (row: string, column?: string): CellValue | undefined => ctx.summaryValue(row, column);
  const clauses = [
    rateClause(ctx, T.executionRate, "executionRate", {
      actual: summary("本年支出合计"),
      budget: summary("本年支出合计", "调整后预算数"),
    }),
    rateClause(ctx, T.adjustmentRate, "adjustmentRate", { initial: summary("本年支出合计", "年初预算数") }),
    summary("年末结转和结余")
      ? rateClause(ctx, T.carryoverRate, "carryoverRate", { amount: summary("年末结转和结余") })
      : rateClause(ctx, T.carryoverRateOnly, "carryoverRate", {}),
    rateClause(ctx, T.publicRate, "publicControlRate", {
      actual: summary("公用经费"),
      budget: summary("公用经费", "调整后预算数"),
    }),
  ];
  return sentence(ctx, clauses, semicolon(ctx.lang));
}

function management(ctx: ReportContext): Piece[] {
  const other = (key: string): CellValue | undefined => cellValue(ctx.model.other?.[key]);
  const clauses = [
    rateClause(ctx, T.procurement, "procurementRate", {
      budget: other("政府采购预算数"),
      actual: other("政府采购实际金额"),
    }),
    rateClause(ctx, T.assets, "assetUtilisationRate", {
      total: other("固定资产总额"),
      used: other("在用固定资产总额"),
    }),
  ];
  return sentence(ctx, clauses, semicolon(ctx.lang));
}

export function economyBlocks(ctx: ReportContext): ReportBlock[] {
  return itemsWithMaterials(
    ctx,
    [
      { lead: T.allocation, pieces: allocation(ctx) },
      { lead: T.execution, pieces: execution(ctx) },
      { lead: T.management, pieces: management(ctx) },
    ],
    "经济性",
  );
}
