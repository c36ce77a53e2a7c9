import { text, type Localized } from "../i18n";

/** The common indicators (共性指标) of indicators.md, in the table's order: id and name. */
export const INDICATORS = [
  { id: "staffControlRate", name: text("在职人员控制率", "Staff control rate") },
  { id: "threePublicChangeRate", name: text("“三公经费”变动率", "Change in three-public spending") },
  { id: "keySpendingRate", name: text("重点支出安排率", "Share of key project spending") },
  { id: "executionRate", name: text("预算执行率", "Budget execution rate") },
  { id: "adjustmentRate", name: text("预算调整率", "Budget adjustment rate") },
  { id: "carryoverRate", name: text("结转结余率", "Carry-over rate") },
  { id: "carryoverChangeRate", name: text("结转结余变动率", "Change in carry-over") },
  { id: "publicControlRate", name: text("公用经费控制率", "Public funds control rate") },
  { id: "threePublicControlRate", name: text("“三公经费”控制率", "Three-public spending control rate") },
  { id: "procurementRate", name: text("政府采购执行率", "Government procurement execution rate") },
  { id: "assetUtilisationRate", name: text("固定资产利用率", "Fixed asset utilisation rate") },
  { id: "completionRate", name: text("实际完成率", "Output completion rate") },
  { id: "qualityRate", name: text("质量达标率", "Quality target rate") },
  { id: "timelinessRate", name: text("完成及时率", "Timeliness rate") },
  { id: "keyWorkRate", name: text("重点工作办结率", "Key work completion rate") },
  { id: "economicBenefitRate", name: text("经济效益指标达成率", "Economic benefit targets met") },
  { id: "socialBenefitRate", name: text("社会效益指标达成率", "Social benefit targets met") },
  { id: "ecologicalBenefitRate", name: text("生态效益指标达成率", "Ecological benefit targets met") },
  { id: "satisfaction", name: text("满意度", "Satisfaction") },
] as const satisfies readonly { id: string; name: Localized }[];

export type IndicatorId = (typeof INDICATORS)[number]["id"];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((i) => i.id);

export function isIndicatorId(s: string): s is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(s);
}

/** The indicator's name in a language (the result carries the Chinese name only). */
export function indicatorName(id: IndicatorId): Localized {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found.name;
}

export function zhName(id: IndicatorId): string {
  return indicatorName(id)["zh-CN"];
}
