import { text, type Lang } from "../../i18n";
import { formatAmount } from "../../money";
import { gradeFor } from "../../scoring";
import type { ScoreResult } from "../../result";
import { paragraph, uniqueCells } from "../builder";
import { indicatorCells, type ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { fig, pointsText } from "../format";
import { sentence } from "../phrases";
import { level1Name, scorecard } from "../scorecard";

/** 三（四）自评结果: the score and grade in one sentence, the 一级 subtotals as a small table. */

const T = {
  graded: text(
    "经自评，部门整体支出绩效得分{score}（满分{max}），评价等级为“{grade}”。各项指标的评分标准、得分和扣分理由见附件1",
    "The self-evaluation scores {score} out of {max}, grade “{grade}”. The criteria, scores and reasons for lost points of every item are in Attachment 1",
  ),
  none: text(
    "因工作簿缺少评分所需的数据，本次未能评分（满分{max}），暂不评定等级，需补充的数据见待补充清单",
    "No item could be scored for lack of data (out of {max}), so no grade is given; the data to add are listed in the to-do list",
  ),
  partialZero: text(
    "经自评，已评分指标得分{score}（已评分值{scored}）；{count}项指标因缺少数据未评分，按评分方案计0分，暂不评定等级。未评分指标及原因见附件1",
    "Scored items give {score} (of {scored} points scored); {count} items could not be scored for lack of data and count 0 under the profile, so no grade is given. Attachment 1 lists them with their reasons",
  ),
  partialRescale: text(
    "经自评，已评分指标得分{score}（已评分值{scored}）；{count}项指标因缺少数据未评分，按评分方案不计入总分，折算得分{rescaled}，评价等级为“{grade}”。未评分指标及原因见附件1",
    "Scored items give {score} (of {scored} points scored); {count} items could not be scored and are left out under the profile, a scaled score of {rescaled}, grade “{grade}”. Attachment 1 lists them",
  ),
  caption: text("部门整体支出绩效自评得分汇总表", "Self-evaluation score by level-1 indicator"),
  total: text("合计", "Total"),
};

const HEADER = [text("一级指标", "Level 1"), text("分值", "Points"), text("得分", "Score")];
const GRADE_EN: Record<string, string> = { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" };

/** The cells behind the score: indicator inputs and the 自评打分 cells of the scored items. */
export function scoreCells(ctx: ReportContext, score: ScoreResult): string[] {
  const lists: string[][] = [];
  for (const item of score.items) {
    if (item.score === undefined) continue;
    if (item.source === "Q") {
      const own = ctx.model.selfScores?.find((s) => s.name === item.name);
      if (own?.score.state === "value") lists.push([own.score.cell]);
      continue;
    }
    const ind = ctx.result.indicators.find((i) => i.id === item.source);
    if (ind) lists.push(indicatorCells(ind));
  }
  return uniqueCells(lists);
}

export function gradeText(grade: string, lang: Lang): string {
  return lang === "zh-CN" ? grade : (GRADE_EN[grade] ?? grade);
}

function pointsOf(ctx: ReportContext, v: string): string {
  return ctx.lang === "zh-CN" ? `${v}分` : v;
}

function scoreParagraph(ctx: ReportContext, score: ScoreResult, cells: string[]): ReportBlock {
  const card = scorecard(ctx, score);
  const max = pointsOf(ctx, pointsText(score.maxPoints));
  if (score.scoredPoints.isZero()) return paragraph(sentence(ctx, [ctx.s(T.none, { max })]));
  const total = fig(pointsOf(ctx, formatAmount(card.total)), cells);
  if (score.grade) {
    return paragraph(sentence(ctx, [ctx.s(T.graded, { score: total, max, grade: gradeText(score.grade, ctx.lang) })]));
  }
  const params = {
    score: total,
    scored: pointsOf(ctx, pointsText(score.scoredPoints)),
    count: String(score.missing.length),
  };
  if (card.rescaled) {
    const grade = gradeFor(card.rescaled, score.maxPoints);
    return paragraph(
      sentence(ctx, [
        ctx.s(T.partialRescale, {
          ...params,
          rescaled: fig(pointsOf(ctx, formatAmount(card.rescaled)), cells),
          grade: gradeText(grade, ctx.lang),
        }),
      ]),
    );
  }
  return paragraph(sentence(ctx, [ctx.s(T.partialZero, params)]));
}

function summaryTable(ctx: ReportContext, score: ScoreResult, cells: string[]): ReportBlock {
  const card = scorecard(ctx, score);
  const rows = card.subtotals.map((l) => [level1Name(l.name, ctx.lang), pointsText(l.points), formatAmount(l.score)]);
  rows.push([ctx.t(T.total), pointsText(score.maxPoints), formatAmount(card.total)]);
  return {
    kind: "table",
    id: "score",
    caption: ctx.t(T.caption),
    header: HEADER.map((h) => ctx.t(h)),
    rows,
    numericColumns: [1, 2],
    sources: cells,
  };
}

export function scoreBlocks(ctx: ReportContext): ReportBlock[] {
  const score = ctx.result.score;
  if (!score) return [];
  const cells = scoreCells(ctx, score);
  const blocks = [scoreParagraph(ctx, score, cells)];
  if (!score.scoredPoints.isZero()) blocks.push(summaryTable(ctx, score, cells));
  return blocks;
}
