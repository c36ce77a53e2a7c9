import { text, type Lang, type Localized } from "../../i18n";
import { isSmallerBetter, targetCategory, targetMet } from "../../indicators";
import { targetResult } from "../attachments";
import { Decimal } from "../../money";
import type { TargetRow } from "../../model";
import { joinPieces, joinSentences } from "../builder";
import type { ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { fig, plainNumber, type Piece } from "../format";
import { itemsWithMaterials } from "../outline";
import { comma, enumerationComma, semicolon, sentence, WORDS } from "../phrases";

/**
 * 三（二）行政效能 and 三（三）效益, from 绩效目标: what was set, what was met and missed, each
 * with its 目标值 and 实际值. Without the sheet these subsections have no generated text.
 */

const T = {
  duties: text("职责履行情况", "Performance of duties"),
  keyWork: text("重点工作完成情况", "Key work"),
  benefits: text("履职效益", "Benefits"),
  satisfaction: text("满意度", "Satisfaction"),
  outputs: text(
    "本年设定产出指标{n}，完成{met}，实际完成率{rate}",
    "{n} output targets were set and {met} met, a completion rate of {rate}",
  ),
  quality: text("质量达标率{rate}", "quality rate {rate}"),
  timeliness: text("完成及时率{rate}", "timeliness rate {rate}"),
  metList: text("已完成的指标：{list}", "Targets met: {list}"),
  missedList: text("未完成的指标：{list}", "Targets not met: {list}"),
  row: text("{name}计划{target}，实际{actual}，{status}", "{name}: planned {target}, actual {actual}, {status}"),
  rowLimit: text(
    "{name}目标不超过{target}，实际{actual}，{status}",
    "{name}: at most {target}, actual {actual}, {status}",
  ),
  keyWorkLine: text(
    "重点工作{n}（{names}），办结{met}，重点工作办结率{rate}",
    "{n} key tasks ({names}), {met} completed, a completion rate of {rate}",
  ),
  benefitGroup: text("{group}：{list}", "{group}: {list}"),
  benefitRate: text("{group}指标达成率{rate}", "{group} targets met: {rate}"),
  averageSatisfaction: text("平均满意度{rate}", "average satisfaction {rate}"),
};

const BENEFIT_GROUPS: { sub: string; name: Localized; indicator: string }[] = [
  { sub: "经济", name: text("经济效益", "Economic benefit"), indicator: "economicBenefitRate" },
  { sub: "社会", name: text("社会效益", "Social benefit"), indicator: "socialBenefitRate" },
  { sub: "生态", name: text("生态效益", "Ecological benefit"), indicator: "ecologicalBenefitRate" },
  { sub: "可持续", name: text("可持续影响", "Sustainability"), indicator: "" },
];

function valueText(value: Decimal, unit: string | undefined, lang: Lang): string {
  const n = plainNumber(value);
  if (!unit || unit.trim() === "") return n;
  if (unit.trim() === "%") return `${n}%`;
  return lang === "zh-CN" ? `${n}${unit.trim()}` : `${n} ${unit.trim()}`;
}

/** `建成5G宏基站计划180个，实际185个，超额完成`; nothing when either value is not a number. */
function rowPieces(ctx: ReportContext, row: TargetRow): Piece[] {
  if (row.target.state !== "value" || row.actual.state !== "value") return [];
  const target = fig(valueText(row.target.value, row.unitOfMeasure, ctx.lang), [row.target.cell]);
  const actual = fig(valueText(row.actual.value, row.unitOfMeasure, ctx.lang), [row.actual.cell]);
  const template = isSmallerBetter(row.name, row.unitOfMeasure) ? T.rowLimit : T.row;
  return ctx.s(template, { name: row.name, target, actual, status: targetResult(ctx, row) });
}

function actualCells(rows: TargetRow[]): string[] {
  return rows.flatMap((r) => (r.actual.state === "value" ? [r.actual.cell] : []));
}

function rowsOf(ctx: ReportContext, group: string, sub?: string): TargetRow[] {
  return (ctx.model.targets ?? []).filter((r) => {
    const c = targetCategory(r.category);
    return c.group === group && (sub === undefined || c.sub === sub);
  });
}

function dutiesItem(ctx: ReportContext): Piece[] {
  const outputs = rowsOf(ctx, "output");
  if (outputs.length === 0) return [];
  const completion = ctx.indicator("completionRate");
  const summary: Piece[][] = [];
  if (completion) {
    const met = outputs.filter((r) => targetMet(r) === true);
    summary.push(
      ctx.s(T.outputs, {
        n: ctx.count(new Decimal(outputs.length), actualCells(outputs), WORDS.item),
        met: ctx.count(new Decimal(met.length), actualCells(met), WORDS.item),
        rate: ctx.percent(completion.value, completion.cells),
      }),
    );
  }
  for (const [id, template] of [
    ["qualityRate", T.quality],
    ["timelinessRate", T.timeliness],
  ] as const) {
    const ind = ctx.indicator(id);
    if (ind) summary.push(ctx.s(template, { rate: ctx.percent(ind.value, ind.cells) }));
  }
  const list = (rows: TargetRow[]): Piece[] =>
    joinPieces(
      rows.map((r) => rowPieces(ctx, r)).filter((p) => p.length > 0),
      semicolon(ctx.lang),
    );
  const met = outputs.filter((r) => targetMet(r) === true);
  const missed = outputs.filter((r) => targetMet(r) === false);
  return joinSentences(
    [
      sentence(ctx, summary),
      met.length > 0 ? sentence(ctx, [ctx.s(T.metList, { list: list(met) })]) : [],
      missed.length > 0 ? sentence(ctx, [ctx.s(T.missedList, { list: list(missed) })]) : [],
    ],
    ctx.lang,
  );
}

function keyWorkItem(ctx: ReportContext): Piece[] {
  const rows = (ctx.model.targets ?? []).filter((r) => r.isKey === true);
  const ind = ctx.indicator("keyWorkRate");
  if (rows.length === 0 || !ind) return [];
  const met = rows.filter((r) => targetMet(r) === true);
  return sentence(ctx, [
    ctx.s(T.keyWorkLine, {
      n: ctx.count(new Decimal(rows.length), actualCells(rows), WORDS.item),
      names: rows.map((r) => r.name).join(enumerationComma(ctx.lang)),
      met: ctx.count(new Decimal(met.length), actualCells(met), WORDS.item),
      rate: ctx.percent(ind.value, ind.cells),
    }),
  ]);
}

function benefitsItem(ctx: ReportContext): Piece[] {
  const sentences = BENEFIT_GROUPS.map((g) => {
    const rows = rowsOf(ctx, "benefit", g.sub)
      .map((r) => rowPieces(ctx, r))
      .filter((p) => p.length > 0);
    if (rows.length === 0) return [];
    const clauses = [ctx.s(T.benefitGroup, { group: ctx.t(g.name), list: joinPieces(rows, semicolon(ctx.lang)) })];
    const ind = g.indicator ? ctx.indicator(g.indicator) : undefined;
    if (ind) clauses.push(ctx.s(T.benefitRate, { group: ctx.t(g.name), rate: ctx.percent(ind.value, ind.cells) }));
    return sentence(ctx, clauses, semicolon(ctx.lang));
  });
  return joinSentences(sentences, ctx.lang);
}

function satisfactionItem(ctx: ReportContext): Piece[] {
  const rows = rowsOf(ctx, "satisfaction");
  const clauses = rows.map((r) => rowPieces(ctx, r)).filter((p) => p.length > 0);
  const ind = ctx.indicator("satisfaction");
  if (rows.length > 1 && ind) clauses.push(ctx.s(T.averageSatisfaction, { rate: ctx.percent(ind.value, ind.cells) }));
  return sentence(ctx, clauses, rows.length > 1 ? semicolon(ctx.lang) : comma(ctx.lang));
}

export function efficiencyBlocks(ctx: ReportContext): ReportBlock[] {
  return itemsWithMaterials(
    ctx,
    [
      { lead: T.duties, pieces: dutiesItem(ctx) },
      { lead: T.keyWork, pieces: keyWorkItem(ctx) },
    ],
    "行政效能",
  );
}

export function benefitBlocks(ctx: ReportContext): ReportBlock[] {
  return itemsWithMaterials(
    ctx,
    [
      { lead: T.benefits, pieces: benefitsItem(ctx) },
      { lead: T.satisfaction, pieces: satisfactionItem(ctx) },
    ],
    "社会效益",
  );
}
