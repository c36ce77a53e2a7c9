import { text, type Lang, type Localized } from "../i18n";
import { formatIndicatorValue } from "../indicators";
import { Decimal, formatAmount } from "../money";
import type { ScoredItem, ScoreResult } from "../result";
import { criterionText, deductionText } from "../scoring/criteria";
import { uniqueCells } from "./builder";
import { indicatorCells, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { pointsText } from "./format";

/**
 * The 评分表 as evaluation manuals print it: 一级/二级/三级 指标, 分值, 评分标准, 得分, 扣分理由,
 * a 小计 under each 一级 and the 合计. Every printed score is the rounded item score and every
 * 小计 the sum of the printed rows above it, so a reviewer's addition always agrees; an item
 * that cannot be scored prints 未评分 with its reason and counts 0 — or, when the profile says
 * `rescale`, the total is scaled to the full points on a row of its own.
 */

export const SCORECARD = {
  caption: text("部门整体支出绩效自评评分表", "Self-evaluation scorecard"),
  header: [
    text("一级指标", "Level 1"),
    text("二级指标", "Level 2"),
    text("三级指标", "Level 3"),
    text("分值", "Points"),
    text("评分标准", "Scoring criteria"),
    text("得分", "Score"),
    text("扣分理由", "Reason for lost points"),
  ],
  /** Under its 一级 group, as manuals print it: the group is named on the group's first row. */
  subtotal: text("小计", "Subtotal"),
  total: text("合计", "Total"),
  rescaled: text("折算得分", "Scaled score"),
  rescaledReason: text(
    "未评分指标不计入，按已评分值{scored}分折算为{max}分制",
    "Unscored items left out: scaled from {scored} points to {max}",
  ),
  notScored: text("未评分", "Not scored"),
  selfScored: text("（自评）", " (self-scored)"),
};

const LEVEL1_EN: Record<string, string> = { 投入: "Inputs", 过程: "Process", 产出: "Outputs", 效果: "Outcomes" };

export function level1Name(name: string, lang: Lang): string {
  return lang === "zh-CN" ? name : (LEVEL1_EN[name] ?? name);
}

/** The score as printed: two decimals, rounded half up. */
function printed(d: Decimal): Decimal {
  return new Decimal(formatAmount(d));
}

export interface Scorecard {
  rows: string[][];
  /** The sum of the printed item scores (unscored items count 0). */
  total: Decimal;
  /** Each 一级 with its points and the sum of its printed item scores. */
  subtotals: { name: string; points: Decimal; score: Decimal }[];
  /** Present when the profile rescales for unscored items. */
  rescaled?: Decimal;
  sources: string[];
}

function fill(l: Localized, lang: Lang, params: Record<string, string>): string {
  return l[lang].replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}

function itemRow(ctx: ReportContext, item: ScoredItem, first: boolean, newLevel2: boolean): string[] {
  const profileItem = ctx.profile.items.find((p) => p.name === item.name);
  const indicator = ctx.result.indicators.find((i) => i.id === item.source);
  const value = indicator?.value !== undefined ? formatIndicatorValue(indicator, ctx.lang) : undefined;
  const reason = profileItem ? deductionText(item, profileItem.rule, ctx.lang, value) : (item.reason?.[ctx.lang] ?? "");
  const criterion = profileItem ? criterionText(profileItem, ctx.lang) : "";
  const selfScored = item.source === "Q" || (profileItem?.rule.kind === "benefitOrQualitative" && value === undefined);
  const name = `${item.name}${selfScored && profileItem?.rule.kind !== "qualitative" ? ctx.t(SCORECARD.selfScored) : ""}`;
  return [
    first ? level1Name(item.level1, ctx.lang) : "",
    newLevel2 ? item.level2 : "",
    name,
    pointsText(item.points),
    criterion,
    item.score === undefined ? ctx.t(SCORECARD.notScored) : formatAmount(printed(item.score)),
    reason,
  ];
}

export function scorecard(ctx: ReportContext, score: ScoreResult): Scorecard {
  const rows: string[][] = [];
  const subtotals: Scorecard["subtotals"] = [];
  let total = new Decimal(0);
  for (const level of ctx.profile.level1) {
    const items = score.items.filter((i) => i.level1 === level.name);
    if (items.length === 0) continue;
    items.forEach((item, k) => rows.push(itemRow(ctx, item, k === 0, k === 0 || items[k - 1].level2 !== item.level2)));
    const sub = items.reduce((acc, i) => acc.plus(i.score === undefined ? 0 : printed(i.score)), new Decimal(0));
    total = total.plus(sub);
    const points = items.reduce((acc, i) => acc.plus(i.points), new Decimal(0));
    subtotals.push({ name: level.name, points, score: sub });
    rows.push([
      fill(SCORECARD.subtotal, ctx.lang, { name: level1Name(level.name, ctx.lang) }),
      "",
      "",
      pointsText(points),
      "",
      formatAmount(sub),
      "",
    ]);
  }
  rows.push([ctx.t(SCORECARD.total), "", "", pointsText(score.maxPoints), "", formatAmount(total), ""]);
  let rescaled: Decimal | undefined;
  if (ctx.profile.unscored === "rescale" && score.missing.length > 0 && !score.scoredPoints.isZero()) {
    rescaled = printed(total.div(score.scoredPoints).times(score.maxPoints));
    const why = fill(SCORECARD.rescaledReason, ctx.lang, {
      scored: pointsText(score.scoredPoints),
      max: pointsText(score.maxPoints),
    });
    rows.push([ctx.t(SCORECARD.rescaled), "", "", pointsText(score.maxPoints), "", formatAmount(rescaled), why]);
  }
  const sources = uniqueCells(
    score.items.flatMap((item) => {
      if (item.score === undefined) return [];
      const own = ctx.model.selfScores?.find((s) => s.name === item.name);
      if (item.source === "Q" || own?.score.state === "value")
        return own?.score.state === "value" ? [[own.score.cell]] : [];
      const ind = ctx.result.indicators.find((i) => i.id === item.source);
      return ind ? [indicatorCells(ind)] : [];
    }),
  );
  return { rows, total, subtotals, rescaled, sources };
}

export function scorecardTable(ctx: ReportContext, card: Scorecard): Extract<ReportBlock, { kind: "table" }> {
  return {
    kind: "table",
    id: "scorecard",
    caption: ctx.t(SCORECARD.caption),
    header: SCORECARD.header.map((h) => ctx.t(h)),
    rows: card.rows,
    numericColumns: [3, 5],
    sources: card.sources,
    widths: [7, 9, 14, 5, 33, 9, 23],
  };
}
