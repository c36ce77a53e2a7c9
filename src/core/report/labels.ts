import type { Lang } from "../i18n";

/**
 * Row labels as the report writes them: English names for en-US reports, Chinese brackets in
 * zh-CN. A label not listed (a subject name, a project) is shown as the workbook has it.
 */
const EN: Record<string, string> = {
  一般公共预算财政拨款收入: "general public budget appropriations",
  政府性基金预算财政拨款收入: "government fund appropriations",
  国有资本经营预算财政拨款收入: "state capital operation appropriations",
  上级补助收入: "subsidies from higher authorities",
  事业收入: "service income",
  经营收入: "business income",
  附属单位上缴收入: "income from affiliated units",
  其他收入: "other income",
  本年收入合计: "total income for the year",
  年初结转和结余: "balances brought forward",
  收入总计: "grand total income",
  基本支出: "basic expenditure",
  人员经费: "personnel costs",
  公用经费: "operating costs",
  日常公用经费: "operating costs",
  项目支出: "project expenditure",
  上缴上级支出: "payments to higher authorities",
  经营支出: "business expenditure",
  对附属单位补助支出: "subsidies to affiliated units",
  本年支出合计: "total expenditure for the year",
  年末结转和结余: "year-end balances",
  支出总计: "grand total expenditure",
  "因公出国(境)费": "official overseas travel",
  公务用车购置及运行维护费: "official vehicles",
  公务用车购置费: "vehicle purchase",
  公务用车运行维护费: "vehicle operation",
  公务接待费: "official receptions",
  合计: "total",
  "“三公”经费合计": "three-public total",
};

/** Canonical labels that keep ASCII brackets for matching; the report writes Chinese ones. */
const ZH: Record<string, string> = { "因公出国(境)费": "因公出国（境）费" };

export function label(zh: string, lang: Lang): string {
  return lang === "zh-CN" ? (ZH[zh] ?? zh) : (EN[zh] ?? zh);
}
