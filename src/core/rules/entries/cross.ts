import { text } from "../../i18n";
import type { RuleMeta } from "../catalogue";

/** 表间: figures of two sheets that must agree, and 科目编码 against the 类 table. */

const t = text;

export const CROSS_SHEET_RULES: readonly RuleMeta[] = [
  {
    id: "XS-EXP",
    family: "表间",
    severity: "error",
    sheets: ["支出明细", "收支总表"],
    title: t("支出明细与收支总表不符", "Expenditure detail differs from the summary"),
    formula: t(
      "支出明细合计行 = 收支总表决算数（本年支出合计、基本支出或人员经费和公用经费、项目支出）",
      "支出明细 合计 row = 收支总表 决算数 (本年支出合计, 基本支出 or 人员经费 and 公用经费, 项目支出)",
    ),
    checks: [
      {
        kind: "cross",
        relation: "=",
        pairs: [
          {
            left: { from: "listTotal", list: "expenditure", column: "合计" },
            right: { from: "summary", row: "本年支出合计", column: "决算数" },
          },
          // 公开03 gives 基本支出 as one column: compare it itself (with 人员经费 + 公用经费 of
          // 收支总表 when that gives only the parts); otherwise its parts are compared.
          {
            left: { from: "listTotal", list: "expenditure", column: "基本支出" },
            right: { from: "summary", row: "基本支出", column: "决算数", orSumOf: ["人员经费", "公用经费"] },
            onlyWithColumn: true,
          },
          {
            left: { from: "listTotal", list: "expenditure", column: "人员经费" },
            right: { from: "summary", row: "人员经费", column: "决算数" },
            unlessColumn: "基本支出",
          },
          {
            left: { from: "listTotal", list: "expenditure", column: "公用经费" },
            right: { from: "summary", row: "公用经费", column: "决算数" },
            unlessColumn: "基本支出",
          },
          {
            left: { from: "listTotal", list: "expenditure", column: "项目支出" },
            right: { from: "summary", row: "项目支出", column: "决算数" },
          },
        ],
        suggestion: t("核对支出明细表合计行与收支总表决算数", "Check the 合计 row of 支出明细 against 收支总表 决算数"),
      },
    ],
  },
  {
    id: "XS-PRJ",
    family: "表间",
    severity: "warning",
    sheets: ["项目支出", "收支总表"],
    title: t("项目明细与项目支出不符", "Project list differs from 项目支出"),
    formula: t("Σ 项目支出.实际支出数 = 收支总表 项目支出 决算数", "Σ 项目支出.实际支出数 = 收支总表 项目支出 决算数"),
    checks: [
      {
        kind: "cross",
        relation: "=",
        pairs: [
          {
            left: { from: "listSum", list: "projects", column: "实际支出数" },
            right: { from: "summary", row: "项目支出", column: "决算数" },
          },
        ],
        suggestion: t(
          "补全项目支出表中遗漏的项目，或核对收支总表项目支出",
          "Add the projects missing from 项目支出, or check 项目支出 in 收支总表",
        ),
      },
    ],
  },
  {
    id: "XS-PRJ-CLASS",
    family: "表间",
    severity: "warning",
    sheets: ["项目支出", "支出明细"],
    title: t("项目按功能分类与支出明细不符", "Projects by class differ from the detail"),
    formula: t(
      "按类（科目编码前3位）汇总的项目实际支出 = 支出明细该类项目支出",
      "Σ projects by 类 (first 3 digits of 科目编码) = 支出明细 项目支出 of that 类",
    ),
    checks: [
      {
        kind: "classSum",
        projectColumn: "实际支出数",
        detailColumn: "项目支出",
        classDigits: 3,
        suggestion: t(
          "核对项目的科目编码和支出明细表该类的项目支出",
          "Check the 科目编码 of the projects and the 项目支出 of that 类 in 支出明细",
        ),
      },
    ],
  },
  {
    id: "XS-3G",
    family: "表间",
    severity: "error",
    sheets: ["三公经费", "收支总表"],
    title: t("三公经费超过本年支出", "Three-public spending exceeds total expenditure"),
    formula: t("三公经费合计本年决算数 ≤ 收支总表本年支出合计", "三公 合计 本年决算数 ≤ 收支总表 本年支出合计"),
    checks: [
      {
        kind: "cross",
        relation: "<=",
        pairs: [
          {
            left: { from: "threePublic", row: "合计", column: "本年决算数" },
            right: { from: "summary", row: "本年支出合计", column: "决算数" },
          },
        ],
        suggestion: t("核对三公经费表的金额单位和合计数", "Check the unit and the 合计 of the 三公经费 sheet"),
      },
    ],
  },
  {
    id: "CODE-NAME",
    family: "表间",
    severity: "warning",
    sheets: ["支出明细"],
    title: t("科目编码与名称不符", "Subject code and name disagree"),
    formula: t(
      "科目编码与科目名称应符合政府收支分类科目（类级）",
      "科目编码 and 科目名称 agree with the 政府收支分类 类 table",
    ),
    checks: [
      {
        kind: "codeName",
        classDigits: 3,
        suggestion: t(
          "按 2024 年政府收支分类科目更正科目编码或科目名称",
          "Correct the 科目编码 or 科目名称 after the 2024 政府收支分类科目",
        ),
      },
    ],
  },
];
