import { text } from "../../i18n";
import { EXPENDITURE_PARTS, INCOME_PARTS } from "../../template";
import type { RuleMeta } from "../catalogue";

/** 基本平衡: sums inside one sheet (rules.md). Each entry's `checks` is what the engine evaluates. */

const t = text;

/** A project's budget: 调整后预算数, else 年初预算数 (the 项目支出 sheet needs one of them). */
export const BUDGET = ["调整后预算数", "年初预算数"] as const;

export const BALANCE_RULES: readonly RuleMeta[] = [
  {
    id: "BAL-INC",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("本年收入合计不平", "Income total does not add up"),
    formula: t(
      "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
      "本年收入合计 = sum of the eight income lines",
    ),
    checks: [{ kind: "sum", table: "summary", total: "本年收入合计", parts: INCOME_PARTS, columns: "each" }],
  },
  {
    id: "BAL-INC-TOTAL",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("收入总计不平", "Grand income does not add up"),
    formula: t(
      "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
      "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
    ),
    checks: [
      {
        kind: "sum",
        table: "summary",
        total: "收入总计",
        parts: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"],
        columns: "each",
      },
    ],
  },
  {
    id: "BAL-BASIC",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("基本支出不平", "Basic expenditure does not add up"),
    formula: t("基本支出 = 人员经费 + 公用经费", "基本支出 = 人员经费 + 公用经费"),
    checks: [{ kind: "sum", table: "summary", total: "基本支出", parts: ["人员经费", "公用经费"], columns: "each" }],
  },
  {
    id: "BAL-EXP",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("本年支出合计不平", "Expenditure total does not add up"),
    formula: t(
      "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
      "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
    ),
    checks: [{ kind: "sum", table: "summary", total: "本年支出合计", parts: EXPENDITURE_PARTS, columns: "each" }],
  },
  {
    id: "BAL-EXP-TOTAL",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("支出总计不平", "Grand expenditure does not add up"),
    formula: t(
      "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
      "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
    ),
    checks: [
      {
        kind: "sum",
        table: "summary",
        total: "支出总计",
        parts: ["本年支出合计", "结余分配", "年末结转和结余"],
        columns: "each",
      },
    ],
  },
  {
    id: "BAL-GRAND",
    family: "基本平衡",
    severity: "error",
    sheets: ["收支总表"],
    title: t("收支总计不等", "Income and expenditure totals differ"),
    formula: t("收入总计 = 支出总计（决算数）", "收入总计 = 支出总计 (决算数)"),
    checks: [
      {
        kind: "sum",
        table: "summary",
        total: "收入总计",
        parts: ["支出总计"],
        columns: ["决算数"],
        suggestion: t("核对收入总计和支出总计两侧的各项", "Check the lines of both 收入总计 and 支出总计"),
      },
    ],
  },
  {
    id: "BAL-ROW",
    family: "基本平衡",
    severity: "error",
    sheets: ["支出明细"],
    title: t("支出明细行不平", "Expenditure row does not add up"),
    formula: t(
      "支出明细每行：合计 = 人员经费 + 公用经费（或只列的基本支出）+ 项目支出（+ 上缴上级支出 + 经营支出 + 对附属单位补助支出）",
      "Each 支出明细 row: 合计 = 人员经费 + 公用经费 (or 基本支出 when given alone) + 项目支出 (+ optional columns)",
    ),
    checks: [
      {
        kind: "rowSum",
        list: "expenditure",
        total: "合计",
        // 基本支出 is a column only when 人员经费/公用经费 are not (公开03表); the reader sees to that.
        parts: ["基本支出", "人员经费", "公用经费", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        includeTotalRow: true,
      },
    ],
  },
  {
    id: "BAL-TREE",
    family: "基本平衡",
    severity: "error",
    sheets: ["支出明细"],
    title: t("科目层级不平", "Subject levels do not add up"),
    formula: t("类 = Σ 其下各款，款 = Σ 其下各项（每列）", "A 类 = Σ its 款, a 款 = Σ its 项 (each column)"),
    checks: [{ kind: "tree", list: "expenditure", levels: [3, 5, 7] }],
  },
  {
    id: "BAL-COL",
    family: "基本平衡",
    severity: "error",
    sheets: ["支出明细"],
    title: t("支出明细合计行不平", "Expenditure 合计 row does not add up"),
    formula: t("合计行 = Σ 最上级科目行（每列）", "合计 row = Σ top-level rows (each column)"),
    checks: [
      {
        kind: "listTotal",
        list: "expenditure",
        columns: "each",
        topLevelOnly: true,
        suggestion: t("核对支出明细表合计行", "Check the 合计 row of 支出明细"),
      },
    ],
  },
  {
    id: "BAL-3G-CAR",
    family: "基本平衡",
    severity: "error",
    sheets: ["三公经费"],
    title: t("公务用车费用不平", "Official car costs do not add up"),
    formula: t(
      "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费",
      "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费",
    ),
    checks: [
      {
        kind: "sum",
        table: "threePublic",
        total: "公务用车购置及运行维护费",
        parts: ["公务用车购置费", "公务用车运行维护费"],
        columns: "each",
      },
    ],
  },
  {
    id: "BAL-3G",
    family: "基本平衡",
    severity: "error",
    sheets: ["三公经费"],
    title: t("三公经费合计不平", "Three-public total does not add up"),
    formula: t(
      "合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费",
      "合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费",
    ),
    checks: [
      {
        kind: "sum",
        table: "threePublic",
        total: "合计",
        parts: ["因公出国(境)费", "公务用车购置及运行维护费", "公务接待费"],
        columns: "each",
      },
    ],
  },
  {
    id: "BAL-STAFF",
    family: "基本平衡",
    severity: "error",
    sheets: ["基本情况"],
    title: t("人员合计不平", "Staff total does not add up"),
    formula: t("人员编制表合计行 = Σ 各机构（编制数、实有人数）", "Staffing 合计 row = Σ units (编制数, 实有人数)"),
    checks: [{ kind: "listTotal", list: "staffing", columns: ["编制数", "实有人数"] }],
  },
  {
    id: "BAL-PRJ-TOTAL",
    family: "基本平衡",
    severity: "error",
    sheets: ["项目支出"],
    title: t("项目合计不平", "Project total does not add up"),
    formula: t("项目支出合计行 = Σ 各项目（每个金额列）", "项目支出 合计 row = Σ projects (each amount column)"),
    checks: [
      {
        kind: "listTotal",
        list: "projects",
        columns: "each",
        suggestion: t("核对项目支出表合计行", "Check the 合计 row of 项目支出"),
      },
    ],
  },
  {
    id: "BAL-PRJ-ROW",
    family: "基本平衡",
    severity: "warning",
    sheets: ["项目支出"],
    title: t("项目结转结余不符", "Project carry-over does not match"),
    formula: t("年末结转结余 = 调整后预算数 − 实际支出数", "年末结转结余 = 调整后预算数 − 实际支出数"),
    checks: [
      {
        kind: "rowSum",
        list: "projects",
        total: "年末结转结余",
        parts: [BUDGET],
        minus: ["实际支出数"],
        requireAll: true,
        suggestion: t(
          "年末结转结余 = 调整后预算数 − 实际支出数：核对三者",
          "年末结转结余 = 调整后预算数 − 实际支出数: check all three",
        ),
      },
    ],
  },
];
