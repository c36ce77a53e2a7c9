import { text, type Lang } from "../../i18n";
import { formatIndicatorValue, formulaText, indicatorName, isIndicatorId } from "../../indicators";
import { formatAmount, type Decimal } from "../../money";
import type { ScoreResult } from "../../result";
import { paragraph, uniqueCells } from "../builder";
import { indicatorCells, type ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { fig, pointsText } from "../format";
import { enumerationComma, sentence } from "../phrases";

/** 三（四）自评得分: the score per 一级 indicator, total and grade, and the indicator table. */

const T = {
  graded: text(
    "经自评，部门整体支出绩效得分{score}（满分{max}），评价等级为“{grade}”",
    "The self-evaluation scores {score} out of {max}, grade “{grade}”",
  ),
  none: text(
    "经自评，各项指标均缺少评分所需的数据，未能评分（满分{max}），暂不评定等级",
    "No item of the self-evaluation could be scored for lack of data (out of {max}), so no grade is given",
  ),
  partial: text(
    "经自评，已评{score}/{scored}分，{unscored}分未评（未评分指标：{names}），暂不评定等级",
    "The self-evaluation has scored {score}/{scored} points; {unscored} points are not scored ({names}), so no grade is given",
  ),
  tableIntro: text("各项共性指标的计算结果见下表", "The common indicators are computed as follows"),
  scoreCaption: text("部门整体支出绩效自评得分表", "Self-evaluation score"),
  indicatorCaption: text("共性指标计算表", "Common indicators"),
  notGraded: text("未评定", "not graded"),
  notScored: text("未评分", "not scored"),
  total: text("合计", "Total"),
};

const HEADERS = {
  score: [
    text("一级指标", "Level-1 indicator"),
    text("分值", "Points"),
    text("已评分值", "Points scored"),
    text("得分", "Score"),
    text("等级", "Grade"),
  ],
  indicators: [text("指标", "Indicator"), text("计算公式", "Formula"), text("结果", "Result"), text("得分", "Score")],
};

const LEVEL1_EN: Record<string, string> = { 投入: "Inputs", 过程: "Process", 产出: "Outputs", 效果: "Outcomes" };
const GRADE_EN: Record<string, string> = { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" };

function level1(name: string, lang: Lang): string {
  return lang === "zh-CN" ? name : (LEVEL1_EN[name] ?? name);
}

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

function scoreParagraph(ctx: ReportContext, score: ScoreResult, cells: string[]): ReportBlock {
  const points = (v: string): string => (ctx.lang === "zh-CN" ? `${v}分` : v);
  if (score.grade) {
    const pieces = ctx.s(T.graded, {
      score: fig(points(formatAmount(score.total)), cells),
      max: points(pointsText(score.maxPoints)),
      grade: gradeText(score.grade, ctx.lang),
    });
    return paragraph(sentence(ctx, [pieces]));
  }
  if (score.scoredPoints.isZero()) {
    return paragraph(sentence(ctx, [ctx.s(T.none, { max: points(pointsText(score.maxPoints)) })]));
  }
  const pieces = ctx.s(T.partial, {
    score: fig(formatAmount(score.total), cells),
    scored: pointsText(score.scoredPoints),
    unscored: pointsText(score.maxPoints.minus(score.scoredPoints)),
    names: score.missing.map((m) => m.name).join(enumerationComma(ctx.lang)),
  });
  return paragraph(sentence(ctx, [pieces]));
}

/** A score, or a dash where nothing was scored: 0.00 out of 0 is not a score. */
function scoreText(value: Decimal, scoredPoints: Decimal): string {
  return scoredPoints.isZero() ? "—" : formatAmount(value);
}

function scoreTable(ctx: ReportContext, score: ScoreResult, cells: string[]): ReportBlock {
  const rows = score.byLevel1.map((l) => [
    level1(l.name, ctx.lang),
    pointsText(l.points),
    pointsText(l.scoredPoints),
    scoreText(l.score, l.scoredPoints),
    "",
  ]);
  rows.push([
    ctx.t(T.total),
    pointsText(score.maxPoints),
    pointsText(score.scoredPoints),
    scoreText(score.total, score.scoredPoints),
    score.grade ? gradeText(score.grade, ctx.lang) : ctx.t(T.notGraded),
  ]);
  return {
    kind: "table",
    id: "score",
    caption: ctx.t(T.scoreCaption),
    header: HEADERS.score.map((h) => ctx.t(h)),
    rows,
    numericColumns: [1, 2, 3],
    sources: cells,
  };
}

function indicatorTable(ctx: ReportContext): ReportBlock {
  const items = ctx.result.score?.items ?? [];
  const rows = ctx.result.indicators.map((ind) => {
    const name = ctx.lang === "zh-CN" || !isIndicatorId(ind.id) ? ind.name : indicatorName(ind.id)["en-US"];
    const item = items.find((i) => i.source === ind.id);
    const scoreText = !item
      ? ""
      : item.score === undefined
        ? ctx.t(T.notScored)
        : `${formatAmount(item.score)}/${pointsText(item.points)}`;
    return [name, formulaText(ind, ctx.lang), formatIndicatorValue(ind, ctx.lang), scoreText];
  });
  return {
    kind: "table",
    id: "indicators",
    caption: ctx.t(T.indicatorCaption),
    header: HEADERS.indicators.map((h) => ctx.t(h)),
    rows,
    numericColumns: [],
    sources: uniqueCells(ctx.result.indicators.map(indicatorCells)),
  };
}

export function scoreBlocks(ctx: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const score = ctx.result.score;
  if (score) {
    const cells = scoreCells(ctx, score);
    blocks.push(scoreParagraph(ctx, score, cells), scoreTable(ctx, score, cells));
  }
  if (ctx.result.indicators.length > 0) {
    blocks.push(paragraph(sentence(ctx, [ctx.s(T.tableIntro)])), indicatorTable(ctx));
  }
  return blocks;
}
