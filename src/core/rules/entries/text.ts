import { text } from "../../i18n";
import type { RuleMeta } from "../catalogue";

/** 文字 (文数一致): raised by the text check (src/core/text), listed here for the 规则 tab. */

const t = text;

export const TEXT_RULES: readonly RuleMeta[] = [
  {
    id: "TXT-SUM",
    family: "文字",
    severity: "error",
    title: t("文中合计与分项不符", "Stated total differs from its parts"),
    formula: t("“X万元，其中A a万元，B b万元”：X = a + b + …", "“X万元，其中A a万元，B b万元”: X = a + b + …"),
  },
  {
    id: "TXT-PCT",
    family: "文字",
    severity: "error",
    title: t("百分比不能复算", "Percentage does not recompute"),
    formula: t("占比、完成率、执行率按文中数字复算一致", "shares and rates recompute from the stated figures"),
  },
  {
    id: "TXT-CHANGE",
    family: "文字",
    severity: "error",
    title: t("增减表述不符", "Stated change contradicts the figures"),
    formula: t("增加/减少的金额、比率和用词与数字一致", "the stated increase/decrease agrees with the figures"),
  },
  {
    id: "TXT-BALANCE",
    family: "文字",
    severity: "error",
    title: t("收支总计不等", "收、支总计 differ"),
    formula: t("文中收入总计 = 支出总计", "the stated 收入总计 = 支出总计"),
  },
  {
    id: "TXT-DATA",
    family: "文字",
    severity: "error",
    title: t("文中数字与表不符", "Text differs from the workbook"),
    formula: t("文中数字 = 工作簿中同一标签的数", "a figure in the text = the workbook figure with the same label"),
  },
  {
    id: "TXT-TRUNC",
    family: "文字",
    severity: "warning",
    title: t("段落未写完", "Paragraph ends mid-sentence"),
    formula: t("段落应以句号等结束", "a paragraph ends with closing punctuation"),
  },
  {
    id: "TXT-CONFLICT",
    family: "文字",
    severity: "error",
    title: t("同一数字前后不一", "Same quantity, two values"),
    formula: t("同一标签同一年度的数在文中只有一个值", "the same quantity has one value throughout the text"),
  },
  {
    id: "TXT-BLANK",
    family: "文字",
    severity: "warning",
    title: t("模板空白未填", "Template blank left"),
    formula: t(
      "不得留有 XX万元、×××、（ ）万元、无数字的 % 等空白",
      "no unfilled blanks such as XX万元, ×××, （ ）万元, a % with no number",
    ),
  },
  {
    id: "TXT-QUOTE",
    family: "文字",
    severity: "info",
    title: t("引号不配对", "Unbalanced quotation marks"),
    formula: t("引号成对且方向正确（“…”）", "quotation marks are paired and face the right way (“…”)"),
  },
];
