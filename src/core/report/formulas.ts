import { text, type Localized } from "../i18n";

/**
 * Each indicator's formula as an accountant writes it, in words (the indicator's own
 * `formula` keeps the notation of the specification for the command line and JSON).
 */
export const FORMULA_WORDS: Record<string, Localized> = {
  staffControlRate: text("年末实有人数÷编制数×100%", "staff in post ÷ staff quota × 100%"),
  threePublicChangeRate: text(
    "（本年“三公”经费决算数−上年决算数）÷上年决算数×100%",
    "(this year's three-public spending − last year's) ÷ last year's × 100%",
  ),
  keySpendingRate: text(
    "重点项目实际支出合计÷项目支出决算数×100%",
    "spending on key projects ÷ project expenditure × 100%",
  ),
  executionRate: text("本年支出合计决算数÷调整后预算数×100%", "total expenditure ÷ adjusted budget × 100%"),
  adjustmentRate: text(
    "（调整后预算数−年初预算数）÷年初预算数×100%",
    "(adjusted budget − initial budget) ÷ initial budget × 100%",
  ),
  carryoverRate: text("年末结转和结余÷调整后预算数×100%", "year-end balances ÷ adjusted budget × 100%"),
  carryoverChangeRate: text(
    "（年末结转和结余−年初结转和结余）÷年初结转和结余×100%",
    "(year-end balances − balances brought forward) ÷ balances brought forward × 100%",
  ),
  publicControlRate: text("公用经费决算数÷公用经费预算数×100%", "operating costs ÷ their budget × 100%"),
  threePublicControlRate: text("“三公”经费决算数÷“三公”经费预算数×100%", "three-public spending ÷ its budget × 100%"),
  procurementRate: text("政府采购实际金额÷政府采购预算数×100%", "actual procurement ÷ procurement budget × 100%"),
  assetUtilisationRate: text("在用固定资产÷固定资产总额×100%", "fixed assets in use ÷ all fixed assets × 100%"),
  completionRate: text("已完成的产出指标个数÷产出指标个数×100%", "output targets met ÷ output targets × 100%"),
  qualityRate: text("已达标的质量指标个数÷质量指标个数×100%", "quality targets met ÷ quality targets × 100%"),
  timelinessRate: text(
    "按时完成的时效指标个数÷时效指标个数×100%",
    "timeliness targets met ÷ timeliness targets × 100%",
  ),
  keyWorkRate: text("已办结的重点工作个数÷重点工作个数×100%", "key tasks completed ÷ key tasks × 100%"),
  economicBenefitRate: text(
    "已达成的经济效益指标个数÷经济效益指标个数×100%",
    "economic targets met ÷ economic targets × 100%",
  ),
  socialBenefitRate: text(
    "已达成的社会效益指标个数÷社会效益指标个数×100%",
    "social targets met ÷ social targets × 100%",
  ),
  ecologicalBenefitRate: text(
    "已达成的生态效益指标个数÷生态效益指标个数×100%",
    "ecological targets met ÷ ecological targets × 100%",
  ),
  satisfaction: text("满意度调查结果（多项时取平均值）", "survey satisfaction (the mean of several)"),
};
