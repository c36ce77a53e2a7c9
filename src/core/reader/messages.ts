import { text, type Localized } from "../i18n";

/**
 * The reader's messages, zh-CN first. Each names the sheet, the cell, the label and the raw
 * text, so the user can find and fix the cell without opening the rule catalogue.
 */

const list = (names: string[]): string => names.join("、");
const listEn = (names: string[]): string => names.join(", ");

export type DuplicateKind = "row" | "column" | "code" | "project" | "unit";
const DUPLICATE_NAMES: Record<DuplicateKind, [string, string]> = {
  row: ["行", "row label"],
  column: ["列", "column"],
  code: ["科目编码", "subject code"],
  project: ["项目名称", "project name"],
  unit: ["机构名称", "unit name"],
};

/** Fixes that are obvious from the finding alone. */
export const fix = {
  textNumber: text("将该单元格设为数值格式并重新输入数字。", "Format the cell as a number and enter the figure again."),
  noCache: text("在 Excel 中重新计算（F9）后保存工作簿。", "Recalculate in Excel (F9) and save the workbook."),
  errorValue: text("修正该单元格的公式或引用。", "Fix the cell's formula or reference."),
};

export const msg = {
  missingSheet: (key: string, names: string[]): Localized =>
    text(
      `缺少必需的工作表“${key}”（按以下名称查找：${list(names)}）。`,
      `Required sheet "${key}" is missing (looked for: ${listEn(names)}).`,
    ),

  noHeader: (sheet: string, headers: string[]): Localized =>
    text(
      `工作表“${sheet}”前 10 行中找不到表头行（应至少包含以下两项：${list(headers)}），未能读取该表。`,
      `Sheet "${sheet}": no header row found in the first 10 rows (it needs at least two of: ${listEn(headers)}); the table was not read.`,
    ),

  missingColumn: (sheet: string, column: string, names: string[], headerCell: string): Localized =>
    text(
      `工作表“${sheet}”的表头（${headerCell} 所在行）中缺少必需的列“${column}”（按以下名称查找：${list(names)}）。`,
      `Sheet "${sheet}": the header row (${headerCell}) has no required column "${column}" (looked for: ${listEn(names)}).`,
    ),

  missingEither: (sheet: string, columns: string[], headerCell: string): Localized =>
    text(
      `工作表“${sheet}”的表头（${headerCell} 所在行）中缺少“${columns.join("”或“")}”列。`,
      `Sheet "${sheet}": the header row (${headerCell}) has neither "${columns.join('" nor "')}".`,
    ),

  missingRow: (sheet: string, label: string, names: string[]): Localized =>
    text(
      `工作表“${sheet}”中缺少合计行“${label}”（按以下行标签查找：${list(names)}）。`,
      `Sheet "${sheet}" has no total row "${label}" (looked for the labels: ${listEn(names)}).`,
    ),

  missingFigures: (sheet: string, column: string, names: string[]): Localized =>
    text(
      `工作表“${sheet}”中找不到“${column}”的数字（按以下行标签或列组标题查找：${list(names)}）。`,
      `Sheet "${sheet}" has no "${column}" figures (looked for a row label or column group: ${listEn(names)}).`,
    ),

  missingValue: (sheet: string, label: string, cell: string | undefined, names: string[]): Localized =>
    cell
      ? text(
          `工作表“${sheet}”中“${label}”未填写（${cell}）。`,
          `Sheet "${sheet}": "${label}" is not filled in (${cell}).`,
        )
      : text(
          `工作表“${sheet}”中缺少“${label}”行（按以下标签查找：${list(names)}）。`,
          `Sheet "${sheet}" has no row "${label}" (looked for the labels: ${listEn(names)}).`,
        ),

  missingCode: (cell: string, name: string): Localized =>
    text(
      `${cell} 科目编码为空（科目名称“${name}”），该行无法归入科目层级，未读取。`,
      `${cell}: 科目编码 is empty for "${name}"; the row cannot be placed in the subject tree and was not read.`,
    ),

  badUnit: (cell: string, raw: string): Localized =>
    text(
      `${cell} 金额单位“${raw}”无法识别（应为“万元”或“元”），已按万元读取。`,
      `${cell}: 金额单位 "${raw}" is neither 万元 nor 元; amounts were read as 万元.`,
    ),

  notNumber: (cell: string, where: string, raw: string): Localized =>
    text(
      `${cell}（${where}）的内容“${raw}”不是数字，无法读取；用到该单元格的校验将跳过。`,
      `${cell} (${where}) holds "${raw}", which is not a number; checks that need this cell are skipped.`,
    ),

  implausible: (cell: string, where: string, raw: string): Localized =>
    text(
      `${cell}（${where}）的数值 ${raw} 大得不合情理（超过 10 万亿），按无法读取处理；用到该单元格的校验将跳过。`,
      `${cell} (${where}) holds ${raw}, beyond any plausible figure (over 10 trillion); it is treated as unreadable and checks that need it are skipped.`,
    ),

  errorValue: (cell: string, where: string, raw: string): Localized =>
    text(
      `${cell}（${where}）是错误值 ${raw}，无法读取；用到该单元格的校验将跳过。`,
      `${cell} (${where}) holds the Excel error ${raw}; checks that need this cell are skipped.`,
    ),

  textNumber: (cell: string, where: string, raw: string, value: string): Localized =>
    text(
      `${cell}（${where}）的数字存为文本“${raw}”，已按 ${value} 读取。`,
      `${cell} (${where}) holds the number as text "${raw}"; it was read as ${value}.`,
    ),

  textAmountInUnit: (
    cell: string,
    where: string,
    raw: string,
    unit: string,
    value: string,
    sheetUnit: string,
  ): Localized =>
    text(
      `${cell}（${where}）的金额存为文本“${raw}”，注明单位为${unit}，与本表单位${sheetUnit}不同，已折算为 ${value} ${sheetUnit} 读取。`,
      `${cell} (${where}) holds the amount as text "${raw}" in ${unit}, not in the sheet's unit ${sheetUnit}; it was converted to ${value} ${sheetUnit}.`,
    ),

  noCache: (cell: string, where: string, formula: string): Localized =>
    text(
      `${cell}（${where}）的公式 =${formula} 没有计算结果，按缺失处理。`,
      `${cell} (${where}): the formula =${formula} has no calculated value and is treated as missing.`,
    ),

  negative: (cell: string, where: string, value: string): Localized =>
    text(
      `${cell}（${where}）为负数 ${value}，该项不应为负数。`,
      `${cell} (${where}) is negative (${value}); this figure cannot be negative.`,
    ),

  duplicate: (sheet: string, what: DuplicateKind, label: string, first: string, second: string): Localized =>
    text(
      `工作表“${sheet}”中${DUPLICATE_NAMES[what][0]}“${label}”重复出现（${first} 和 ${second}），按第一次出现（${first}）读取。`,
      `Sheet "${sheet}": the ${DUPLICATE_NAMES[what][1]} "${label}" appears twice (${first} and ${second}); the first (${first}) is used.`,
    ),

  repeatCounted: (sheet: string, what: DuplicateKind, label: string, first: string, second: string): Localized =>
    text(
      `工作表“${sheet}”中${DUPLICATE_NAMES[what][0]}“${label}”出现两次（${first} 和 ${second}），两行都计入合计；如为重复填列，请删除其中一行。`,
      `Sheet "${sheet}": the ${DUPLICATE_NAMES[what][1]} "${label}" appears twice (${first} and ${second}); both rows count in the totals. If one is a repeat, delete it.`,
    ),

  unknownLabel: (sheet: string, raw: string, cell: string, figures: { column: string; raw: string; cell: string }[]) =>
    text(
      `工作表“${sheet}”${cell} 的行标签“${raw}”不是模板中的行，其数字（${figures.map((f) => `${f.column} ${f.raw}，${f.cell}`).join("；")}）未计入任何校验；请改用模板的行标签。`,
      `Sheet "${sheet}" ${cell}: the row label "${raw}" is not a row of the template, so its figures (${figures.map((f) => `${f.column} ${f.raw} at ${f.cell}`).join("; ")}) are left out of every check; use the template's row label.`,
    ),

  duplicateSheet: (key: string, used: string, ignored: string[]): Localized =>
    text(
      `工作簿中有多个工作表对应“${key}”：已读取“${used}”，未读取“${ignored.join("”“")}”。请删除或改名多余的工作表，或核对其数据是否一致。`,
      `Several sheets match "${key}": "${used}" was read; "${ignored.join('", "')}" ${ignored.length > 1 ? "were" : "was"} not. Delete or rename the extra sheet, or check that its figures agree.`,
    ),

  yearMissing: (sheet: string, cell: string | undefined): Localized =>
    text(
      `工作表“${sheet}”中未填写年度${cell ? `（${cell}）` : ""}；应为 2000–2100 的年份，如 2022。`,
      `Sheet "${sheet}": 年度 is missing${cell ? ` (${cell})` : ""}; it should be a year 2000–2100 such as 2022.`,
    ),

  yearInvalid: (cell: string, raw: string): Localized =>
    text(
      `${cell} 年度“${raw}”无效，应为 2000–2100 的年份，如 2022。`,
      `${cell}: 年度 "${raw}" is not a year 2000–2100 (such as 2022).`,
    ),

  dateUnreadable: (cell: string, name: string, raw: string): Localized =>
    text(
      `${cell}（${name} / 指标下达日期）“${raw}”无法识别为日期（可写作 2022-11-15、2022年11月15日 或 2022/11/15）。`,
      `${cell} (${name} / 指标下达日期): "${raw}" cannot be read as a date (write 2022-11-15, 2022年11月15日 or 2022/11/15).`,
    ),

  dateOutsideYear: (cell: string, name: string, date: string, year: number): Localized =>
    text(
      `${cell}（${name}）指标下达日期 ${date} 不在 ${year} 年度内，请核实。`,
      `${cell} (${name}): 指标下达日期 ${date} is outside the year ${year}; please verify.`,
    ),

  yearUnknownForDates: (): Localized =>
    text(
      "年度未知，未核对指标下达日期是否在本年度内。",
      "年度 is unknown, so 指标下达日期 were not checked against the year.",
    ),
};
