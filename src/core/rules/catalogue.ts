import type { Severity } from "../findings";
import { text, type Localized } from "../i18n";

/**
 * The check catalogue (审核规则) of rules.md as data: ID, family, severity, the formula a user
 * reads, and a title. The engine interprets the evaluation specs; the task pane's 规则 tab
 * lists these entries. Thresholds referred to by `threshold` are settings (see settings.ts).
 */

export type RuleFamily = "数据质量" | "基本平衡" | "表间" | "核实性" | "文字";

export interface RuleMeta {
  id: string;
  family: RuleFamily;
  /** Default severity; a balance difference within tolerance is reported as info (尾差). */
  severity: Severity;
  /** Where a rule has two severities (DATA-YEAR: error for 年度, warning for dates). */
  otherSeverity?: Severity;
  title: Localized;
  formula: Localized;
  /** The sheet(s) whose presence the rule needs, canonical names. */
  sheets?: string[];
  /** The setting that holds its threshold, if any. */
  threshold?: string;
}

const t = text;

export const RULES: readonly RuleMeta[] = [
  // 数据质量
  { id: "DATA-MISSING", family: "数据质量", severity: "error", title: t("缺少必需的数据", "Required data missing"), formula: t("必需的工作表、行、列或数值必须存在", "Required sheets, rows, columns and values must be present") },
  { id: "DATA-NOTNUM", family: "数据质量", severity: "error", title: t("金额不是数字", "Amount is not a number"), formula: t("金额单元格必须是数字", "An amount cell must hold a number") },
  { id: "DATA-ERRVAL", family: "数据质量", severity: "error", title: t("单元格是错误值", "Cell holds an Excel error"), formula: t("金额单元格不得为 #REF!、#DIV/0!、#VALUE!、#N/A 等错误值", "An amount cell must not hold #REF!, #DIV/0!, #VALUE!, #N/A…") },
  { id: "DATA-TEXTNUM", family: "数据质量", severity: "warning", title: t("数字存为文本", "Number stored as text"), formula: t("金额和人数应为数值格式（文本、千分位、全角数字已按数字读取）", "Amounts and counts should be numbers (text, separators and full-width digits were read as numbers)") },
  { id: "DATA-NOCACHE", family: "数据质量", severity: "warning", title: t("公式未计算", "Formula not calculated"), formula: t("公式单元格必须有计算结果", "A formula cell must have a calculated value") },
  { id: "DATA-NEG", family: "数据质量", severity: "error", title: t("不应为负数", "Negative amount"), formula: t("收入、支出、三公经费、人数不得为负数", "Income, expenditure, 三公 and staff counts must not be negative") },
  { id: "DATA-UNIT", family: "数据质量", severity: "error", title: t("金额单位不一致", "Unit mismatch"), formula: t("应相等的两个数相差 10000 倍（±0.5%）：一个按元、一个按万元填列", "Two figures that must agree differ by a factor of 10,000 (±0.5%): one is in 元, the other in 万元") },
  { id: "DATA-DUP", family: "数据质量", severity: "warning", title: t("重复的行", "Duplicate row"), formula: t("同一表中行标签、科目编码、项目名称不得重复", "A row label, subject code or project name must not repeat in one table") },
  { id: "DATA-YEAR", family: "数据质量", severity: "error", otherSeverity: "warning", title: t("年度或日期不符", "Year or date out of range"), formula: t("年度为 2000–2100 的整数；指标下达日期应在本年度内", "年度 is a whole year 2000–2100; a 指标下达日期 should fall within the year") },
  { id: "COV-SKIPPED", family: "数据质量", severity: "info", title: t("未运行的校验", "Checks not run"), formula: t("可选工作表缺失时，其校验不运行并列出", "When an optional sheet is absent its checks do not run and are listed") },
  // 基本平衡
  { id: "BAL-INC", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("本年收入合计不平", "Income total does not add up"), formula: t("本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入", "本年收入合计 = sum of the eight income lines") },
  { id: "BAL-INC-TOTAL", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("收入总计不平", "Grand income does not add up"), formula: t("收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余") },
  { id: "BAL-BASIC", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("基本支出不平", "Basic expenditure does not add up"), formula: t("基本支出 = 人员经费 + 公用经费", "基本支出 = 人员经费 + 公用经费") },
  { id: "BAL-EXP", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("本年支出合计不平", "Expenditure total does not add up"), formula: t("本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出", "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出") },
  { id: "BAL-EXP-TOTAL", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("支出总计不平", "Grand expenditure does not add up"), formula: t("支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余") },
  { id: "BAL-GRAND", family: "基本平衡", severity: "error", sheets: ["收支总表"], title: t("收支总计不等", "Income and expenditure totals differ"), formula: t("收入总计 = 支出总计（决算数）", "收入总计 = 支出总计 (决算数)") },
  { id: "BAL-ROW", family: "基本平衡", severity: "error", sheets: ["支出明细"], title: t("支出明细行不平", "Expenditure row does not add up"), formula: t("支出明细每行：合计 = 人员经费 + 公用经费 + 项目支出（+ 上缴上级支出 + 经营支出 + 对附属单位补助支出）", "Each 支出明细 row: 合计 = 人员经费 + 公用经费 + 项目支出 (+ optional columns)") },
  { id: "BAL-TREE", family: "基本平衡", severity: "error", sheets: ["支出明细"], title: t("科目层级不平", "Subject levels do not add up"), formula: t("类 = Σ 其下各款，款 = Σ 其下各项（每列）", "A 类 = Σ its 款, a 款 = Σ its 项 (each column)") },
  { id: "BAL-COL", family: "基本平衡", severity: "error", sheets: ["支出明细"], title: t("支出明细合计行不平", "Expenditure 合计 row does not add up"), formula: t("合计行 = Σ 最上级科目行（每列）", "合计 row = Σ top-level rows (each column)") },
  { id: "BAL-3G-CAR", family: "基本平衡", severity: "error", sheets: ["三公经费"], title: t("公务用车费用不平", "Official car costs do not add up"), formula: t("公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费", "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费") },
  { id: "BAL-3G", family: "基本平衡", severity: "error", sheets: ["三公经费"], title: t("三公经费合计不平", "三公 total does not add up"), formula: t("合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费", "合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费") },
  { id: "BAL-STAFF", family: "基本平衡", severity: "error", sheets: ["基本情况"], title: t("人员合计不平", "Staff total does not add up"), formula: t("人员编制表合计行 = Σ 各机构（编制数、实有人数）", "Staffing 合计 row = Σ units (编制数, 实有人数)") },
  { id: "BAL-PRJ-TOTAL", family: "基本平衡", severity: "error", sheets: ["项目支出"], title: t("项目合计不平", "Project total does not add up"), formula: t("项目支出合计行 = Σ 各项目（每个金额列）", "项目支出 合计 row = Σ projects (each amount column)") },
  { id: "BAL-PRJ-ROW", family: "基本平衡", severity: "warning", sheets: ["项目支出"], title: t("项目结转结余不符", "Project carry-over does not match"), formula: t("年末结转结余 = 调整后预算数 − 实际支出数", "年末结转结余 = 调整后预算数 − 实际支出数") },
  // 表间
  { id: "XS-EXP", family: "表间", severity: "error", sheets: ["支出明细", "收支总表"], title: t("支出明细与收支总表不符", "Expenditure detail differs from the summary"), formula: t("支出明细合计行 = 收支总表决算数（本年支出合计、人员经费、公用经费、项目支出）", "支出明细 合计 row = 收支总表 决算数 (本年支出合计, 人员经费, 公用经费, 项目支出)") },
  { id: "XS-PRJ", family: "表间", severity: "warning", sheets: ["项目支出", "收支总表"], title: t("项目明细与项目支出不符", "Project list differs from 项目支出"), formula: t("Σ 项目支出.实际支出数 = 收支总表 项目支出 决算数", "Σ 项目支出.实际支出数 = 收支总表 项目支出 决算数") },
  { id: "XS-PRJ-CLASS", family: "表间", severity: "warning", sheets: ["项目支出", "支出明细"], title: t("项目按功能分类与支出明细不符", "Projects by class differ from the detail"), formula: t("按类（科目编码前3位）汇总的项目实际支出 = 支出明细该类项目支出", "Σ projects by 类 (first 3 digits of 科目编码) = 支出明细 项目支出 of that 类") },
  { id: "XS-3G", family: "表间", severity: "error", sheets: ["三公经费", "收支总表"], title: t("三公经费超过本年支出", "三公 exceeds total expenditure"), formula: t("三公经费合计本年决算数 ≤ 收支总表本年支出合计", "三公 合计 本年决算数 ≤ 收支总表 本年支出合计") },
  { id: "CODE-NAME", family: "表间", severity: "warning", sheets: ["支出明细"], title: t("科目编码与名称不符", "Subject code and name disagree"), formula: t("科目编码与科目名称应符合政府收支分类科目（类级）", "科目编码 and 科目名称 agree with the 政府收支分类 类 table") },
  // 核实性
  { id: "IND-STAFF", family: "核实性", severity: "warning", sheets: ["基本情况"], threshold: "staffControlMax", title: t("实有人数超编", "Staff over quota"), formula: t("在职人员控制率 = 实有人数 / 编制数 > {staffControlMax}%（全部门及每个机构）", "在职人员控制率 = 实有人数 / 编制数 > {staffControlMax}% (department and each unit)") },
  { id: "IND-EXEC", family: "核实性", severity: "warning", sheets: ["收支总表"], threshold: "executionMin", title: t("预算执行率偏低", "Low budget execution"), formula: t("预算执行率 = 本年支出合计决算数 / 调整后预算数 < {executionMin}%（财预〔2020〕10号）", "预算执行率 = 本年支出合计 决算数 / 调整后预算数 < {executionMin}%") },
  { id: "IND-PRJ-EXEC", family: "核实性", severity: "warning", sheets: ["项目支出"], threshold: "projectExecutionMin", title: t("项目执行率偏低", "Low project execution"), formula: t("项目实际支出数 / 调整后预算数 < {projectExecutionMin}%", "a project's 实际支出数 / 调整后预算数 < {projectExecutionMin}%") },
  { id: "IND-CARRY", family: "核实性", severity: "warning", sheets: ["收支总表"], threshold: "carryoverRateMax", title: t("年终结余偏大", "Large year-end balance"), formula: t("年末结转和结余 > 0 且 结转结余率 = 年末结转和结余 / 调整后预算数 > {carryoverRateMax}%，或 年末结转和结余 > 年初结转和结余", "年末结转和结余 > 0 and 结转结余率 > {carryoverRateMax}%, or 年末结转和结余 > 年初结转和结余") },
  { id: "IND-LATE", family: "核实性", severity: "warning", sheets: ["项目支出"], threshold: "lateReleaseFrom", title: t("指标下达晚", "Budget released late"), formula: t("指标下达日期在当年 {lateReleaseFrom} 及以后，且年末结转结余 > 0", "指标下达日期 on or after {lateReleaseFrom} of the year and 年末结转结余 > 0") },
  { id: "IND-ADJ", family: "核实性", severity: "warning", sheets: ["收支总表"], threshold: "adjustmentRateMax", title: t("预算调整率偏高", "High budget adjustment"), formula: t("预算调整率 = (调整后预算数 − 年初预算数) / 年初预算数 > {adjustmentRateMax}%", "预算调整率 = (调整后预算数 − 年初预算数) / 年初预算数 > {adjustmentRateMax}%") },
  { id: "IND-3G-OVER", family: "核实性", severity: "error", sheets: ["三公经费"], title: t("三公经费超预算", "三公 over budget"), formula: t("三公经费本年决算数 > 本年预算数（合计或任一项）", "三公 本年决算数 > 本年预算数 (合计 or any item)") },
  { id: "IND-3G-UP", family: "核实性", severity: "warning", sheets: ["三公经费"], title: t("三公经费比上年增加", "三公 up on last year"), formula: t("三公经费本年决算数 > 上年决算数（合计或任一项）", "三公 本年决算数 > 上年决算数 (合计 or any item)") },
  { id: "IND-PUBLIC", family: "核实性", severity: "warning", sheets: ["收支总表"], threshold: "publicControlMax", title: t("公用经费超预算", "Public funds over budget"), formula: t("公用经费控制率 = 公用经费决算数 / 调整后预算数 > {publicControlMax}%", "公用经费控制率 = 公用经费 决算数 / 调整后预算数 > {publicControlMax}%") },
  { id: "IND-TARGET", family: "核实性", severity: "warning", sheets: ["绩效目标"], title: t("绩效目标未完成", "Target not met"), formula: t("绩效目标实际值未达到目标值", "a 绩效目标 whose 实际值 falls short of its 目标值") },
  // 文字
  { id: "TXT-SUM", family: "文字", severity: "error", title: t("文中合计与分项不符", "Stated total differs from its parts"), formula: t("“X万元，其中A a万元，B b万元”：X = a + b + …", "“X万元，其中A a万元，B b万元”: X = a + b + …") },
  { id: "TXT-PCT", family: "文字", severity: "error", title: t("百分比不能复算", "Percentage does not recompute"), formula: t("占比、完成率、执行率按文中数字复算一致", "shares and rates recompute from the stated figures") },
  { id: "TXT-CHANGE", family: "文字", severity: "error", title: t("增减表述不符", "Stated change contradicts the figures"), formula: t("增加/减少的金额、比率和用词与数字一致", "the stated increase/decrease agrees with the figures") },
  { id: "TXT-BALANCE", family: "文字", severity: "error", title: t("收支总计不等", "收、支总计 differ"), formula: t("文中收入总计 = 支出总计", "the stated 收入总计 = 支出总计") },
  { id: "TXT-DATA", family: "文字", severity: "error", title: t("文中数字与表不符", "Text differs from the workbook"), formula: t("文中数字 = 工作簿中同一标签的数", "a figure in the text = the workbook figure with the same label") },
  { id: "TXT-TRUNC", family: "文字", severity: "warning", title: t("段落未写完", "Paragraph ends mid-sentence"), formula: t("段落应以句号等结束", "a paragraph ends with closing punctuation") },
  { id: "TXT-CONFLICT", family: "文字", severity: "error", title: t("同一数字前后不一", "Same quantity, two values"), formula: t("同一标签同一年度的数在文中只有一个值", "the same quantity has one value throughout the text") },
  { id: "TXT-BLANK", family: "文字", severity: "warning", title: t("模板空白未填", "Template blank left"), formula: t("不得留有 XX万元、×××、（ ）万元、无数字的 % 等空白", "no unfilled blanks such as XX万元, ×××, （ ）万元, a % with no number") },
  { id: "TXT-QUOTE", family: "文字", severity: "info", title: t("引号不配对", "Unbalanced quotation marks"), formula: t("引号成对且方向正确（“…”）", "quotation marks are paired and face the right way (“…”)") },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
