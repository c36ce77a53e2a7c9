import { text } from "../../i18n";
import type { RuleMeta } from "../catalogue";

/** 数据质量: read by the template reader (DATA-*), plus DATA-UNIT and COV-SKIPPED raised by the engine. */

const t = text;

export const DATA_QUALITY_RULES: readonly RuleMeta[] = [
  {
    id: "DATA-MISSING",
    family: "数据质量",
    severity: "error",
    title: t("缺少必需的数据", "Required data missing"),
    formula: t("必需的工作表、行、列或数值必须存在", "Required sheets, rows, columns and values must be present"),
  },
  {
    id: "DATA-NOTNUM",
    family: "数据质量",
    severity: "error",
    title: t("金额不是数字", "Amount is not a number"),
    formula: t("金额单元格必须是数字", "An amount cell must hold a number"),
  },
  {
    id: "DATA-ERRVAL",
    family: "数据质量",
    severity: "error",
    title: t("单元格是错误值", "Cell holds an Excel error"),
    formula: t(
      "金额单元格不得为 #REF!、#DIV/0!、#VALUE!、#N/A 等错误值",
      "An amount cell must not hold #REF!, #DIV/0!, #VALUE!, #N/A…",
    ),
  },
  {
    id: "DATA-TEXTNUM",
    family: "数据质量",
    severity: "warning",
    title: t("数字存为文本", "Number stored as text"),
    formula: t(
      "金额和人数应为数值格式（文本、千分位、全角数字已按数字读取，注明的元/万元折算为本表单位）",
      "Amounts and counts should be numbers (text, separators and full-width digits were read as numbers, a stated 元/万元 converted to the sheet's unit)",
    ),
  },
  {
    id: "DATA-NOCACHE",
    family: "数据质量",
    severity: "warning",
    title: t("公式未计算", "Formula not calculated"),
    formula: t("公式单元格必须有计算结果", "A formula cell must have a calculated value"),
  },
  {
    id: "DATA-NEG",
    family: "数据质量",
    severity: "error",
    title: t("不应为负数", "Negative amount"),
    formula: t(
      "收入、支出、三公经费、人数不得为负数",
      "Income, expenditure, three-public spending and staff counts must not be negative",
    ),
  },
  {
    id: "DATA-UNIT",
    family: "数据质量",
    severity: "error",
    title: t("金额单位不一致", "Unit mismatch"),
    formula: t(
      "应相等的两个数相差 10000 倍（±0.5%）：一个按元、一个按万元填列",
      "Two figures that must agree differ by a factor of 10,000 (±0.5%): one is in 元, the other in 万元",
    ),
  },
  {
    id: "DATA-DUP",
    family: "数据质量",
    severity: "warning",
    title: t("重复的行", "Duplicate row"),
    formula: t(
      "同一表中行标签、科目编码、项目名称不得重复（重复的项目和机构两行都计入合计）；一个模板表只对应一个工作表",
      "A row label, subject code or project name must not repeat in one table (a repeated project or unit counts in the totals both times); one template sheet matches one sheet",
    ),
  },
  {
    id: "DATA-LABEL",
    family: "数据质量",
    severity: "warning",
    title: t("无法识别的行", "Unknown row label"),
    formula: t(
      "收支总表、三公经费中填有数字的行，其行标签应为模板中的行（或其别名）",
      "A row with figures in 收支总表 or 三公经费 must carry one of the template's row labels (or an alias)",
    ),
  },
  {
    id: "DATA-YEAR",
    family: "数据质量",
    severity: "error",
    otherSeverity: "warning",
    title: t("年度或日期不符", "Year or date out of range"),
    formula: t(
      "年度为 2000–2100 的整数；指标下达日期应在本年度内",
      "年度 is a whole year 2000–2100; a 指标下达日期 should fall within the year",
    ),
  },
  {
    id: "COV-SKIPPED",
    family: "数据质量",
    severity: "info",
    title: t("未运行的校验", "Checks not run"),
    formula: t(
      "可选工作表缺失时，其校验不运行并列出",
      "When an optional sheet is absent its checks do not run and are listed",
    ),
  },
];
