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
import { satisfaction, targetShares } from "./targets";

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
