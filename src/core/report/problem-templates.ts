import { text, type Localized } from "../i18n";

/**
 * 四、存在的问题 as data: the families that make a problem, in the order the report lists
 * them, each with its title and the sentence templates its figures fill. `ERRORS` stands for
 * every error the department has not yet corrected, whatever its rule.
 */

export const PROBLEM_FAMILIES = [
  "IND-EXEC",
  "IND-PRJ-EXEC",
  "IND-LATE",
  "IND-CARRY",
  "IND-ADJ",
  "IND-PUBLIC",
  "IND-3G-OVER",
  "IND-3G-UP",
  "IND-STAFF",
  "IND-TARGET",
  "ERRORS",
] as const;

export type ProblemFamily = (typeof PROBLEM_FAMILIES)[number];

export const PROBLEM_TITLES: Record<ProblemFamily, Localized> = {
  "IND-EXEC": text("年度预算未全部执行", "The year's budget was not fully spent"),
  "IND-PRJ-EXEC": text("部分项目预算年末未执行完毕", "Some projects had not spent their budget by year end"),
  "IND-LATE": text(
    "部分预算指标下达偏晚，年终形成资金结余",
    "Some budget indicators were released late, leaving year-end balances",
  ),
  "IND-CARRY": text("年末存在结转结余资金", "Funds were left over at year end"),
  "IND-ADJ": text(
    "年中预算调整，年初预算编制的准确性有待提高",
    "The budget was adjusted during the year; the initial budget needs to be more accurate",
  ),
  "IND-PUBLIC": text("公用经费支出超过预算", "Operating costs exceeded the budget"),
  "IND-3G-OVER": text("“三公”经费支出超过预算", "Three-public spending exceeded the budget"),
  "IND-3G-UP": text("“三公”经费支出较上年增加", "Three-public spending rose on last year"),
  "IND-STAFF": text("实有人数超过编制数", "Staff in post exceeded the quota"),
  "IND-TARGET": text("部分绩效目标未完成", "Some performance targets were not met"),
  ERRORS: text("决算报表存在尚未更正的数据错误", "The final accounts still contain errors"),
};

/** The short name used in the summary paragraph. */
export const PROBLEM_SHORT: Record<ProblemFamily, Localized> = {
  "IND-EXEC": text("预算未全部执行", "budget not fully spent"),
  "IND-PRJ-EXEC": text("部分项目预算未执行完毕", "project budgets not fully spent"),
  "IND-LATE": text("部分指标下达晚", "late budget releases"),
  "IND-CARRY": text("年末存在结转结余", "year-end balances"),
  "IND-ADJ": text("年中预算调整", "mid-year budget adjustments"),
  "IND-PUBLIC": text("公用经费超预算", "operating costs over budget"),
  "IND-3G-OVER": text("“三公”经费超预算", "Three-public spending over budget"),
  "IND-3G-UP": text("“三公”经费较上年增加", "Three-public spending up on last year"),
  "IND-STAFF": text("实有人数超编", "staff over quota"),
  "IND-TARGET": text("部分绩效目标未完成", "targets not met"),
  ERRORS: text("决算数据错误未更正", "uncorrected errors"),
};

/** Sentence templates of the problem details; `{…}` are figures from cells and indicators. */
export const DETAIL = {
  execution: text(
    "全年支出{actual}，调整后预算{budget}，预算执行率{rate}",
    "total expenditure was {actual} against an adjusted budget of {budget}, an execution rate of {rate}",
  ),
  executionRateOnly: text("预算执行率{rate}", "the execution rate was {rate}"),
  project: text(
    "“{name}”调整后预算{budget}，实际支出{actual}，执行率{rate}",
    "“{name}”: budget {budget}, spent {actual}, an execution rate of {rate}",
  ),
  late: text(
    "“{name}”指标于{date}下达，年末尚有{balance}未支出",
    "“{name}”: released on {date}, {balance} unspent at year end",
  ),
  carry: text(
    "年末结转和结余{amount}，结转结余率{rate}",
    "year-end balances were {amount}, a carry-over rate of {rate}",
  ),
  carryAmountOnly: text("年末结转和结余{amount}", "year-end balances were {amount}"),
  carryOnStart: text("较年初结转和结余{start}{change}", "against {start} brought forward, {change}"),
  carryUp: text("增加{amount}", "up {amount}"),
  carryDown: text("减少{amount}", "down {amount}"),
  judged: text("{judgement}", "{judgement}"),
  cause: text("主要原因：{note}", "cause: {note}"),
  added: text("其中年中追加预算{amount}", "of which {amount} was added during the year"),
  adjustment: text(
    "年初预算{initial}，调整后预算{adjusted}，预算调整率{rate}",
    "the initial budget was {initial} and the adjusted budget {adjusted}, an adjustment rate of {rate}",
  ),
  publicFunds: text(
    "公用经费支出{actual}，预算{budget}，公用经费控制率{rate}",
    "operating costs were {actual} against a budget of {budget}, a control rate of {rate}",
  ),
  threePublicOver: text(
    "{label}支出{actual}，全年预算{budget}",
    "{label}: {actual} spent against a budget of {budget}",
  ),
  threePublicUp: text(
    "{label}支出{actual}，上年{previous}，{change}",
    "{label}: {actual} this year, {previous} last year, {change}",
  ),
  staffUnit: text(
    "{name}编制{quota}，实有人数{actual}，在职人员控制率{rate}",
    "{name}: quota {quota}, in post {actual}, a control rate of {rate}",
  ),
  staffWhole: text(
    "全部门编制{quota}，实有人数{actual}，在职人员控制率{rate}",
    "the department: quota {quota}, in post {actual}, a control rate of {rate}",
  ),
  target: text("{name}目标值{target}，实际值{actual}", "{name}: target {target}, actual {actual}"),
  errors: text("尚有{n}未更正，涉及{rules}", "{n} not yet corrected, concerning {rules}"),
  errorsWord: text("处错误", "errors"),
  explanation: text("单位说明：{reason}", "Explanation: {reason}"),
  intro: text("经自评，部门整体支出管理中存在以下问题：", "The self-evaluation found the following problems:"),
  none: text(
    "经审核，本次自评未发现需要说明的问题。",
    "The checks of this self-evaluation found no problem to report.",
  ),
};
