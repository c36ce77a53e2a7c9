import type { Finding } from "../findings";
import { targetMet } from "../indicators";
import { Decimal, percentage } from "../money";
import type { Amount, ProjectRow, StaffRow, TargetRow } from "../model";
import { ruleMeta } from "../rules/catalogue";
import { cellValue, type CellValue, type ReportContext } from "./context";
import { dateText, fig, plainNumber, splitCells, type Piece } from "./format";
import { label } from "./labels";
import { changeOnLastYear, comma, enumerationComma, WORDS } from "./phrases";
import { DETAIL, type ProblemFamily } from "./problem-templates";

/**
 * The figures of each problem, from the cells the findings name and the indicators: which
 * projects were released late, which 三公 line rose, by how much. Each builder returns the
 * clauses of the detail sentence; none means the finding's own message is used instead.
 */

type Builder = (ctx: ReportContext, findings: Finding[]) => Piece[][];

function findingCells(findings: Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => splitCells(f.cells)));
}

/** The rows a finding names by one of their cells. */
function named<T>(findings: Finding[], rows: T[], cellsOf: (r: T) => (string | undefined)[]): T[] {
  const cells = findingCells(findings);
  return rows.filter((r) => cellsOf(r).some((c) => c !== undefined && cells.has(c)));
}

function amountCells(values: Record<string, Amount>): string[] {
  return Object.values(values).flatMap((a) => (a.cell ? [a.cell] : []));
}

function money(ctx: ReportContext, v: CellValue): Piece {
  return ctx.amount(v.value, [v.cell]);
}

function rateOf(ctx: ReportContext, part: CellValue, whole: CellValue): Piece | undefined {
  const r = percentage(part.value, whole.value);
  return r === undefined ? undefined : ctx.percent(r, [part.cell, whole.cell]);
}

/** A clause from an indicator and the amounts it is computed from; all present, or nothing. */
function indicatorClause(
  ctx: ReportContext,
  template: typeof DETAIL.execution,
  id: string,
  amounts: Record<string, CellValue | undefined>,
): Piece[] {
  const ind = ctx.indicator(id);
  if (!ind || Object.values(amounts).some((a) => !a)) return [];
  const params: Record<string, Piece> = { rate: ctx.percent(ind.value, ind.cells) };
  for (const [k, v] of Object.entries(amounts)) if (v) params[k] = money(ctx, v);
  return ctx.s(template, params);
}

const execution: Builder = (ctx) => {
  const full = indicatorClause(ctx, DETAIL.execution, "executionRate", {
    actual: ctx.summaryValue("本年支出合计"),
    budget: ctx.summaryValue("本年支出合计", "调整后预算数"),
  });
  const clause = full.length > 0 ? full : indicatorClause(ctx, DETAIL.executionRateOnly, "executionRate", {});
  const ind = ctx.indicator("executionRate");
  const judgement = ind && ctx.judge("executionRate", ind.value);
  return [clause.length > 0 && judgement ? [...clause, comma(ctx.lang), judgement] : clause];
};

const projectCells = (p: ProjectRow): string[] => [p.nameCell, ...amountCells(p.values), p.releaseDate?.cell ?? ""];

const projectExecution: Builder = (ctx, findings) =>
  named(findings, ctx.model.projects?.rows ?? [], projectCells).map((p) => {
    const budget = cellValue(p.values["调整后预算数"]) ?? cellValue(p.values["年初预算数"]);
    const actual = cellValue(p.values["实际支出数"]);
    const rate = budget && actual && rateOf(ctx, actual, budget);
    if (!budget || !actual || !rate) return [];
    const value = percentage(actual.value, budget.value);
    const judgement = value && ctx.judge("projectExecutionRate", value);
    const clause = ctx.s(DETAIL.project, {
      name: p.name,
      budget: money(ctx, budget),
      actual: money(ctx, actual),
      rate,
    });
    return [...clause, ...(judgement ? [comma(ctx.lang), judgement] : []), ...cause(ctx, p)];
  });

/** The department's 备注 on a project, as the cause of what the finding shows. */
function cause(ctx: ReportContext, p: ProjectRow): Piece[] {
  const note = p.note?.value.trim().replace(/[。.；;，,]+$/, "");
  if (!note || !p.note) return [];
  return [comma(ctx.lang), ...ctx.s(DETAIL.cause, { note: fig(note, [p.note.cell]) })];
}

const late: Builder = (ctx, findings) =>
  named(findings, ctx.model.projects?.rows ?? [], projectCells).map((p) => {
    const balance = cellValue(p.values["年末结转结余"]);
    if (!p.releaseDate || !balance) return [];
    const date = fig(dateText(p.releaseDate.value, ctx.lang), [p.releaseDate.cell]);
    return [...ctx.s(DETAIL.late, { name: p.name, date, balance: money(ctx, balance) }), ...cause(ctx, p)];
  });

const carry: Builder = (ctx) => {
  const end = ctx.summaryValue("年末结转和结余");
  if (!end) return [];
  const ind = ctx.indicator("carryoverRate");
  const clauses = [
    ind
      ? ctx.s(DETAIL.carry, { amount: money(ctx, end), rate: ctx.percent(ind.value, ind.cells) })
      : ctx.s(DETAIL.carryAmountOnly, { amount: money(ctx, end) }),
  ];
  // Amounts are compared with amounts only: the balance brought forward against the one left.
  const start = ctx.summaryValue("年初结转和结余");
  if (start && !end.value.eq(start.value)) {
    const diff = end.value.minus(start.value);
    const change = ctx.s(diff.isPositive() ? DETAIL.carryUp : DETAIL.carryDown, {
      amount: ctx.amount(diff.abs(), [end.cell, start.cell]),
    });
    clauses.push(ctx.s(DETAIL.carryOnStart, { start: money(ctx, start), change }));
  }
  return [joinClauses(ctx, clauses)];
};

function joinClauses(ctx: ReportContext, clauses: Piece[][]): Piece[] {
  return clauses.flatMap((c, i) => (i === 0 ? c : [comma(ctx.lang), ...c]));
}

const adjustment: Builder = (ctx) => {
  const clauses = [
    indicatorClause(ctx, DETAIL.adjustment, "adjustmentRate", {
      initial: ctx.summaryValue("本年支出合计", "年初预算数"),
      adjusted: ctx.summaryValue("本年支出合计", "调整后预算数"),
    }),
  ];
  const ind = ctx.indicator("adjustmentRate");
  const judgement = ind && ctx.judge("adjustmentRate", ind.value);
  if (clauses[0].length > 0 && judgement) clauses.push([judgement]);
  const added = cellValue(ctx.model.other?.["年初预算追加数"]);
  if (clauses[0].length > 0 && added && added.value.isPositive())
    clauses.push(ctx.s(DETAIL.added, { amount: money(ctx, added) }));
  return [joinClauses(ctx, clauses)];
};

const publicFunds: Builder = (ctx) => [
  indicatorClause(ctx, DETAIL.publicFunds, "publicControlRate", {
    actual: ctx.summaryValue("公用经费"),
    budget: ctx.summaryValue("公用经费", "调整后预算数"),
  }),
];

/** 三公 lines the findings name; without a match, every line where the comparison holds. */
function threePublicLines(
  ctx: ReportContext,
  findings: Finding[],
  other: string,
): { name: string; actual: CellValue; other: CellValue }[] {
  const table = ctx.model.threePublic;
  if (!table) return [];
  const lines = Object.values(table.rows).flatMap((r) => {
    const actual = cellValue(r.values["本年决算数"]);
    const compared = cellValue(r.values[other]);
    const name = r.label === "合计" ? "“三公”经费合计" : r.label;
    return actual && compared && actual.value.gt(compared.value) ? [{ row: r, name, actual, other: compared }] : [];
  });
  const hit = named(findings, lines, (l) => [l.actual.cell, l.other.cell, l.row.labelCell]);
  return hit.length > 0 ? hit : lines;
}

const threePublicOver: Builder = (ctx, findings) =>
  threePublicLines(ctx, findings, "本年预算数").map((l) =>
    ctx.s(DETAIL.threePublicOver, {
      label: label(l.name, ctx.lang),
      actual: money(ctx, l.actual),
      budget: money(ctx, l.other),
    }),
  );

const threePublicUp: Builder = (ctx, findings) =>
  threePublicLines(ctx, findings, "上年决算数").map((l) =>
    ctx.s(DETAIL.threePublicUp, {
      label: label(l.name, ctx.lang),
      actual: money(ctx, l.actual),
      previous: money(ctx, l.other),
      change: changeOnLastYear(ctx, l.actual, l.other),
    }),
  );

function staffClause(
  ctx: ReportContext,
  template: typeof DETAIL.staffUnit,
  name: string,
  quota: CellValue,
  actual: CellValue,
): Piece[] {
  const rate = rateOf(ctx, actual, quota);
  if (!rate) return [];
  return ctx.s(template, {
    name,
    quota: ctx.count(quota.value, [quota.cell], WORDS.person),
    actual: ctx.count(actual.value, [actual.cell], WORDS.person),
    rate,
  });
}

/** A finding naming exactly one unit is about that unit; any other is about the department. */
const staff: Builder = (ctx, findings) => {
  const rows: StaffRow[] = ctx.model.staffing?.rows ?? [];
  const clauses: Piece[][] = [];
  let whole = false;
  for (const f of findings) {
    const hit = named([f], rows, (r) => [r.labelCell, r.quota.cell, r.actual.cell]);
    if (hit.length !== 1) {
      whole = true;
      continue;
    }
    const quota = cellValue(hit[0].quota);
    const actual = cellValue(hit[0].actual);
    if (quota && actual) clauses.push(staffClause(ctx, DETAIL.staffUnit, hit[0].name, quota, actual));
  }
  if (whole) {
    const ind = ctx.indicator("staffControlRate");
    const sum = (pick: (r: StaffRow) => Amount): { value: Decimal; cells: string[] } | undefined => {
      const values = rows.map((r) => cellValue(pick(r))).filter((v): v is CellValue => v !== undefined);
      return values.length === 0
        ? undefined
        : { value: values.reduce((a, v) => a.plus(v.value), new Decimal(0)), cells: values.map((v) => v.cell) };
    };
    const quota = sum((r) => r.quota);
    const actual = sum((r) => r.actual);
    if (ind && quota && actual) {
      clauses.unshift(
        ctx.s(DETAIL.staffWhole, {
          quota: ctx.count(quota.value, quota.cells, WORDS.person),
          actual: ctx.count(actual.value, actual.cells, WORDS.person),
          rate: ctx.percent(ind.value, ind.cells),
        }),
      );
    }
  }
  return clauses;
};

function targetValue(v: Decimal, unit: string | undefined, lang: ReportContext["lang"]): string {
  const u = unit?.trim() ?? "";
  if (u === "" || u === "%") return `${plainNumber(v)}${u}`;
  return lang === "zh-CN" ? `${plainNumber(v)}${u}` : `${plainNumber(v)} ${u}`;
}

const targets: Builder = (ctx, findings) => {
  const rows: TargetRow[] = ctx.model.targets ?? [];
  const hit = named(findings, rows, (r) => [
    r.nameCell,
    r.target.state === "value" ? r.target.cell : undefined,
    r.actual.state === "value" ? r.actual.cell : undefined,
  ]);
  const missed = hit.length > 0 ? hit : rows.filter((r) => targetMet(r) === false);
  return missed.map((r) => {
    if (r.target.state !== "value" || r.actual.state !== "value") return [];
    return ctx.s(DETAIL.target, {
      name: r.name,
      target: fig(targetValue(r.target.value, r.unitOfMeasure, ctx.lang), [r.target.cell]),
      actual: fig(targetValue(r.actual.value, r.unitOfMeasure, ctx.lang), [r.actual.cell]),
    });
  });
};

function ruleTitle(rule: string, lang: ReportContext["lang"]): string {
  try {
    return ruleMeta(rule).title[lang];
  } catch {
    return rule;
  }
}

const errors: Builder = (ctx, findings) => {
  const titles = [...new Set(findings.map((f) => ruleTitle(f.rule, ctx.lang)))];
  const n = ctx.count(new Decimal(findings.length), [...findingCells(findings)], DETAIL.errorsWord);
  return [ctx.s(DETAIL.errors, { n, rules: titles.join(enumerationComma(ctx.lang)) })];
};

export const DETAIL_BUILDERS: Record<ProblemFamily, Builder> = {
  "IND-EXEC": execution,
  "IND-PRJ-EXEC": projectExecution,
  "IND-LATE": late,
  "IND-CARRY": carry,
  "IND-ADJ": adjustment,
  "IND-PUBLIC": publicFunds,
  "IND-3G-OVER": threePublicOver,
  "IND-3G-UP": threePublicUp,
  "IND-STAFF": staff,
  "IND-TARGET": targets,
  ERRORS: errors,
};
