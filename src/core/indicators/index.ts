import type { Lang } from "../i18n";
import { formatAmount } from "../money";
import type { DepartmentModel } from "../model";
import type { IndicatorResult } from "../result";
import {
  adjustmentRate,
  assetUtilisationRate,
  carryoverChangeRate,
  carryoverRate,
  executionRate,
  keySpendingRate,
  procurementRate,
  publicControlRate,
  staffControlRate,
  threePublicChangeRate,
  threePublicControlRate,
} from "./budget";
import { satisfaction, shareRows, targetShares } from "./targets";

/**
 * The common performance indicators (共性指标) of indicators.md, computed from the department
 * model. Each carries its formula, its inputs with their cells, and either a full-precision
 * percentage or the reason it cannot be computed.
 */
export function computeIndicators(model: DepartmentModel): IndicatorResult[] {
  return [
    staffControlRate(model),
    threePublicChangeRate(model),
    keySpendingRate(model),
    executionRate(model),
    adjustmentRate(model),
    carryoverRate(model),
    carryoverChangeRate(model),
    publicControlRate(model),
    threePublicControlRate(model),
    procurementRate(model),
    assetUtilisationRate(model),
    ...targetShares(model),
    satisfaction(model),
  ];
}

/** The Chinese words of the formulas, in English; the workbook's labels stay as they are. */
const FORMULA_EN: [string, string][] = [
  ["Σ 各机构实有人数 / Σ 各机构编制数", "Σ 实有人数 of the units / Σ 编制数 of the units"],
  ["（人员编制表合计行）", " (合计 row of the staffing table)"],
  ["重点项目实际支出数（是否重点项目 = 是）", "实际支出数 of the key projects (是否重点项目 = 是)"],
  ["（收支总表无调整后预算数，以决算数计算）", " (收支总表 has no 调整后预算数: 决算数 is used)"],
];

/**
 * The formula as the reader of `lang` reads it. The indicator keeps it in Chinese (the JSON's
 * `formula` and indicators.md); in English its words are translated around the labels.
 */
export function formulaText(indicator: IndicatorResult, lang: Lang): string {
  const f = indicator.formula;
  if (lang === "zh-CN") return f;
  const rows = shareRows(indicator.id);
  if (rows) return `${rows["en-US"]} targets met / ${rows["en-US"]} targets × 100%`;
  if (f === "满意度指标实际值") return "实际值 of the 满意度 row";
  const mean = /^满意度指标实际值的平均值（(\d+) 项）$/.exec(f);
  if (mean) return `mean 实际值 of the ${mean[1]} 满意度 rows`;
  return FORMULA_EN.reduce((text, [zh, en]) => text.replace(zh, en), f);
}

/** `95.10%`, or the 无法计算 reason: what a user reads in the value column. */
export function formatIndicatorValue(indicator: IndicatorResult, lang: Lang): string {
  if (indicator.value !== undefined) return `${formatAmount(indicator.value)}%`;
  return indicator.reason?.[lang] ?? (lang === "zh-CN" ? "无法计算" : "Cannot compute");
}

export { INDICATORS, INDICATOR_IDS, indicatorName, isIndicatorId, type IndicatorId } from "./catalogue";
export { cellsRef, type Read } from "./inputs";
export {
  adjustmentRate,
  assetUtilisationRate,
  carryoverChangeRate,
  carryoverRate,
  executionRate,
  keySpendingRate,
  procurementRate,
  publicControlRate,
  readSummary,
  staffControlRate,
  threePublicChangeRate,
  threePublicControlRate,
  unitStaffControlRate,
  yearEndBalances,
} from "./budget";
export {
  isSmallerBetter,
  matchKey,
  satisfaction,
  SMALLER_IS_BETTER_WORDS,
  targetCategory,
  targetMet,
  targetShares,
  type TargetGroup,
} from "./targets";
