import { text } from "../i18n";
import { formatAmount } from "../money";
import type { CheckResult } from "../result";
import { joinPieces, joinSentences, piecesFigures, piecesText, uniqueCells } from "./builder";
import { cellValue, createContext, unitName, type ComposeOptions, type ReportContext } from "./context";
import type { ReportDocument } from "./document";
import { fig, pointsText, type Piece } from "./format";
import { changeOnLastYear, comma, enumerationComma, sentence } from "./phrases";
import { PROBLEM_SHORT } from "./problem-templates";
import { scorecard } from "./scorecard";
import { collectProblems, type Problem } from "./sections/problems";
import { gradeText, scoreCells } from "./sections/score";

/**
 * The summary paragraph the user inserts at the selected cell: total expenditure, execution
 * rate, score and grade, the main problems — about 150–300 characters in Chinese. Optional
 * sentences give way, last first, when the paragraph would run over.
 */

const MAX_ZH = 300;

const T = {
  opening: text("{name}{year}年度", "In {year}, {name} "),
  openingNoYear: text("{name}", "{name} "),
  /** The subject when 单位名称 is blank. */
  unnamed: text("", "the department"),
  unnamedFirst: text("", "The department"),
  income: text("本年收入合计{amount}", "had total income of {amount}"),
  expenditure: text("本年支出合计{amount}", "total expenditure of {amount}"),
  part: text("{label}{amount}", "{label} {amount}"),
  basic: text("基本支出", "basic"),
  project: text("项目支出", "project"),
  ofWhich: text("其中", "of which "),
  execution: text("预算执行率{rate}", "the budget execution rate was {rate}"),
  carry: text("年末结转和结余{amount}", "year-end balances were {amount}"),
  threePublic: text("“三公”经费{amount}，{change}", "three-public spending was {amount}, {change}"),
  graded: text(
    "部门整体支出绩效自评得分{score}，等级为“{grade}”",
    "the self-evaluation scored {score}, grade “{grade}”",
  ),
  partial: text(
    "绩效自评已评{score}/{scored}分，{unscored}分未评，暂不评定等级",
    "the self-evaluation has scored {score}/{scored} points with {unscored} not yet scored, so no grade is given",
  ),
  problems: text("存在的主要问题：{list}", "main problems: {list}"),
  problemsEtc: text("存在的主要问题：{list}等", "main problems: {list} and others"),
  none: text("经审核未发现需要说明的问题", "the checks found no problem to report"),
};

function spending(ctx: ReportContext, withIncome: boolean): Piece[] {
  const clauses: Piece[][] = [];
  const income = ctx.summaryValue("本年收入合计");
  if (withIncome && income) clauses.push(ctx.s(T.income, { amount: ctx.amount(income.value, [income.cell]) }));
  const exp = ctx.summaryValue("本年支出合计");
  if (exp) {
    clauses.push(ctx.s(T.expenditure, { amount: ctx.amount(exp.value, [exp.cell]) }));
    const parts = (
      [
        ["基本支出", T.basic],
        ["项目支出", T.project],
      ] as const
    ).flatMap(([row, name]) => {
      const v = ctx.summaryValue(row);
      return v ? [ctx.s(T.part, { label: ctx.t(name), amount: ctx.amount(v.value, [v.cell]) })] : [];
    });
    if (parts.length > 0) clauses.push([ctx.t(T.ofWhich), ...joinPieces(parts, enumerationComma(ctx.lang))]);
  }
  return joinPieces(clauses, comma(ctx.lang));
}

function rates(ctx: ReportContext, withCarry: boolean): Piece[][] {
  const clauses: Piece[][] = [];
  const exec = ctx.indicator("executionRate");
  if (exec) clauses.push(ctx.s(T.execution, { rate: ctx.percent(exec.value, exec.cells) }));
  const carry = ctx.summaryValue("年末结转和结余");
  if (withCarry && carry) clauses.push(ctx.s(T.carry, { amount: ctx.amount(carry.value, [carry.cell]) }));
  return clauses;
}

function threePublic(ctx: ReportContext): Piece[] {
  const total = ctx.model.threePublic?.rows["合计"];
  const now = cellValue(total?.values["本年决算数"]);
  const before = cellValue(total?.values["上年决算数"]);
  if (!now || !before) return [];
  return ctx.s(T.threePublic, {
    amount: ctx.amount(now.value, [now.cell]),
    change: changeOnLastYear(ctx, now, before),
  });
}

function scoreSentence(ctx: ReportContext): Piece[] {
  const score = ctx.result.score;
  // Nothing scored (an empty template): "已评 0/0 分" says nothing.
  if (!score || score.scoredPoints.isZero()) return [];
  const cells = scoreCells(ctx, score);
  const unit = ctx.lang === "zh-CN" ? "分" : " points";
  if (score.grade) {
    return sentence(ctx, [
      ctx.s(T.graded, {
        score: fig(`${formatAmount(scorecard(ctx, score).total)}${unit}`, cells),
        grade: gradeText(score.grade, ctx.lang),
      }),
    ]);
  }
  return sentence(ctx, [
    ctx.s(T.partial, {
      score: fig(formatAmount(scorecard(ctx, score).total), cells),
      scored: pointsText(score.scoredPoints),
      unscored: pointsText(score.maxPoints.minus(score.scoredPoints)),
    }),
  ]);
}

function problemsSentence(ctx: ReportContext, problems: Problem[], keep: number): Piece[] {
  if (problems.length === 0) return sentence(ctx, [ctx.s(T.none)]);
  const names = problems.slice(0, keep).map((p) => ctx.t(PROBLEM_SHORT[p.family]));
  const template = keep < problems.length ? T.problemsEtc : T.problems;
  return sentence(ctx, [ctx.s(template, { list: names.join(enumerationComma(ctx.lang)) })]);
}

interface Options {
  income: boolean;
  carry: boolean;
  threePublic: boolean;
  problems: number;
}

function build(ctx: ReportContext, problems: Problem[], o: Options): Piece[] {
  const { year } = ctx.model.info;
  const opening = year
    ? ctx.s(T.opening, { name: unitName(ctx, T.unnamed), year: fig(String(year.value), [year.cell]) })
    : ctx.s(T.openingNoYear, { name: unitName(ctx, T.unnamedFirst) });
  // The 其中 list closes its sentence, so the rates after it are not read as more parts.
  // Without any spending figure the opening would stand alone as an empty sentence.
  const spend = spending(ctx, o.income);
  const first = spend.length > 0 ? sentence(ctx, [[...opening, ...spend]]) : [];
  const second = sentence(ctx, [...rates(ctx, o.carry), o.threePublic ? threePublic(ctx) : []]);
  const sentences = [first, second, scoreSentence(ctx), problemsSentence(ctx, problems, o.problems)];
  return joinSentences(sentences, ctx.lang);
}

function summaryOf(pieces: Piece[]): ReportDocument["summary"] {
  return { text: piecesText(pieces), sources: uniqueCells(piecesFigures(pieces).map((f) => f.cells)) };
}

export function summaryFor(ctx: ReportContext, problems: Problem[]): ReportDocument["summary"] {
  let o: Options = { income: true, carry: true, threePublic: true, problems: problems.length };
  let pieces = build(ctx, problems, o);
  if (ctx.lang !== "zh-CN") return summaryOf(pieces);
  // Give way, least important first, until the paragraph fits.
  const shrink: ((x: Options) => Options)[] = [
    (x) => ({ ...x, threePublic: false }),
    (x) => ({ ...x, income: false }),
    (x) => ({ ...x, carry: false }),
  ];
  for (const step of shrink) {
    if (piecesText(pieces).length <= MAX_ZH) break;
    o = step(o);
    pieces = build(ctx, problems, o);
  }
  while (piecesText(pieces).length > MAX_ZH && o.problems > 1) {
    o = { ...o, problems: o.problems - 1 };
    pieces = build(ctx, problems, o);
  }
  return summaryOf(pieces);
}

/** The summary paragraph alone (the report carries the same one). */
export function composeSummary(result: CheckResult, options: ComposeOptions = {}): ReportDocument["summary"] {
  const ctx = createContext(result, options);
  return summaryFor(ctx, collectProblems(ctx));
}
