import { text } from "../../i18n";
import type { RuleMeta } from "../catalogue";
import { BUDGET } from "./balance";

/** 核实性: indicators and ratios against the thresholds of the settings. */

const t = text;

export const REASONABLENESS_RULES: readonly RuleMeta[] = [
  {
    id: "IND-STAFF",
    family: "核实性",
    severity: "warning",
    sheets: ["基本情况"],
    threshold: "staffControlMax",
    title: t("实有人数超编", "Staff over quota"),
    formula: t(
      "在职人员控制率 = 实有人数 / 编制数 > {staffControlMax}%（全部门及每个机构）",
      "Staff control rate = 实有人数 / 编制数 > {staffControlMax}% (department and each unit)",
    ),
    checks: [
      {
        kind: "indicator",
        indicator: "staffControlRate",
        relation: ">",
        threshold: "staffControlMax",
        sheet: "基本情况",
      },
      {
        kind: "rowRatio",
        list: "staffing",
        numerator: "实有人数",
        denominator: "编制数",
        relation: ">",
        threshold: "staffControlMax",
        name: t("在职人员控制率", "在职人员控制率 (staff control rate)"),
      },
    ],
  },
  {
    id: "IND-EXEC",
    family: "核实性",
    severity: "warning",
    sheets: ["收支总表"],
    threshold: "executionMin",
    title: t("预算执行率偏低", "Low budget execution"),
    formula: t(
      "预算执行率 = 本年支出合计决算数 / 调整后预算数 < {executionMin}%（财预〔2020〕10号）",
      "Budget execution rate = 本年支出合计 决算数 / 调整后预算数 < {executionMin}%",
    ),
    checks: [
      { kind: "indicator", indicator: "executionRate", relation: "<", threshold: "executionMin", sheet: "收支总表" },
    ],
  },
  {
    id: "IND-PRJ-EXEC",
    family: "核实性",
    severity: "warning",
    sheets: ["项目支出"],
    threshold: "projectExecutionMin",
    title: t("项目执行率偏低", "Low project execution"),
    formula: t(
      "项目实际支出数 / 调整后预算数 < {projectExecutionMin}%",
      "a project's 实际支出数 / 调整后预算数 < {projectExecutionMin}%",
    ),
    checks: [
      {
        kind: "rowRatio",
        list: "projects",
        numerator: "实际支出数",
        denominator: BUDGET,
        relation: "<",
        threshold: "projectExecutionMin",
        name: t("项目执行率", "project execution rate"),
      },
    ],
  },
  {
    id: "IND-CARRY",
    family: "核实性",
    severity: "warning",
    sheets: ["收支总表"],
    threshold: "carryoverRateMax",
    title: t("年终结余偏大", "Large year-end balance"),
    formula: t(
      "年末结转和结余 > 0 且 结转结余率 = 年末结转和结余 / 调整后预算数 > {carryoverRateMax}%，或 年末结转和结余 > 年初结转和结余",
      "年末结转和结余 > 0 and carry-over rate > {carryoverRateMax}%, or 年末结转和结余 > 年初结转和结余",
    ),
    checks: [
      {
        kind: "carryover",
        indicator: "carryoverRate",
        threshold: "carryoverRateMax",
        closing: "年末结转和结余",
        opening: "年初结转和结余",
        column: "决算数",
      },
    ],
  },
  {
    id: "IND-LATE",
    family: "核实性",
    severity: "warning",
    sheets: ["项目支出"],
    threshold: "lateReleaseFrom",
    title: t("指标下达晚", "Budget released late"),
    formula: t(
      "指标下达日期在当年 {lateReleaseFrom} 及以后，且年末结转结余 > 0",
      "指标下达日期 on or after {lateReleaseFrom} of the year and 年末结转结余 > 0",
    ),
    checks: [{ kind: "lateRelease", threshold: "lateReleaseFrom", balance: "年末结转结余" }],
  },
  {
    id: "IND-ADJ",
    family: "核实性",
    severity: "warning",
    sheets: ["收支总表"],
    threshold: "adjustmentRateMax",
    title: t("预算调整率偏高", "High budget adjustment"),
    formula: t(
      "预算调整率 = (调整后预算数 − 年初预算数) / 年初预算数 > {adjustmentRateMax}%",
      "Budget adjustment rate = (调整后预算数 − 年初预算数) / 年初预算数 > {adjustmentRateMax}%",
    ),
    checks: [
      {
        kind: "indicator",
        indicator: "adjustmentRate",
        relation: ">",
        threshold: "adjustmentRateMax",
        sheet: "收支总表",
      },
    ],
  },
  {
    id: "IND-3G-OVER",
    family: "核实性",
    severity: "error",
    sheets: ["三公经费"],
    title: t("三公经费超预算", "Three-public spending over budget"),
    formula: t(
      "三公经费本年决算数 > 本年预算数（合计或任一项）",
      "Three-public spending: this year's actual > this year's budget (total or any item)",
    ),
    checks: [
      {
        kind: "rowExceeds",
        table: "threePublic",
        rows: "all",
        left: "本年决算数",
        right: "本年预算数",
        suggestion: t(
          "核对三公经费预算数和决算数；超预算支出须说明原因并整改",
          "Check the three-public budget and actuals; spending over budget must be explained and corrected",
        ),
      },
    ],
  },
  {
    id: "IND-3G-UP",
    family: "核实性",
    severity: "warning",
    sheets: ["三公经费"],
    title: t("三公经费比上年增加", "Three-public spending up on last year"),
    formula: t(
      "三公经费本年决算数 > 上年决算数（合计或任一项）",
      "Three-public spending: this year's actual > last year's actual (total or any item)",
    ),
    checks: [{ kind: "rowExceeds", table: "threePublic", rows: "all", left: "本年决算数", right: "上年决算数" }],
  },
  {
    id: "IND-PUBLIC",
    family: "核实性",
    severity: "warning",
    sheets: ["收支总表"],
    threshold: "publicControlMax",
    title: t("公用经费超预算", "Public funds over budget"),
    formula: t(
      "公用经费控制率 = 公用经费决算数 / 调整后预算数 > {publicControlMax}%",
      "Public funds control rate = 公用经费 决算数 / 调整后预算数 > {publicControlMax}%",
    ),
    checks: [
      {
        kind: "indicator",
        indicator: "publicControlRate",
        relation: ">",
        threshold: "publicControlMax",
        sheet: "收支总表",
      },
    ],
  },
  {
    id: "IND-TARGET",
    family: "核实性",
    severity: "warning",
    sheets: ["绩效目标"],
    title: t("绩效目标未完成", "Target not met"),
    formula: t("绩效目标实际值未达到目标值", "a 绩效目标 whose 实际值 falls short of its 目标值"),
    checks: [{ kind: "targets" }],
  },
];
