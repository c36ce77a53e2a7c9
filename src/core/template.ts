import type { SheetKey } from "./model";

/**
 * The standard template (标准模板 v1) of workbook-template.md, as data: sheets with their
 * aliases, headers and row labels. The reader finds things by these labels; the template
 * writer and the test fixture builder lay them out.
 */

export interface ColumnDef {
  /** Canonical header. */
  name: string;
  aliases?: string[];
  /** The column holds amounts (in the sheet's unit) rather than text, counts or dates. */
  kind: "amount" | "count" | "text" | "date" | "code" | "flag" | "number";
  required?: boolean;
}

export interface RowDef {
  label: string;
  aliases?: string[];
  /** A total row (bold in the template); missing total → DATA-MISSING. */
  total?: boolean;
}

export type SheetLayout = "keyValue" | "table";

export interface SheetDef {
  key: SheetKey;
  aliases: string[];
  required: boolean;
  layout: SheetLayout;
  /** Table sheets: the header row's columns, in template order. */
  columns?: ColumnDef[];
  /** Group headers written above leaf headers in the template (two-row header). */
  groups?: { label: string; over: string[] }[];
  /** Table sheets with fixed rows (收支总表, 三公经费): the row labels in template order. */
  rows?: RowDef[];
  /** Key–value sheets: the keys. */
  keys?: { label: string; kind: ColumnDef["kind"]; required?: boolean; aliases?: string[] }[];
  /** Title written above the header by the template writer (`{年度}` is filled when known). */
  title: string;
}

export const STAFF_COLUMNS: ColumnDef[] = [
  { name: "机构名称", kind: "text", required: true },
  { name: "人员类别", kind: "text" },
  { name: "经费形式", kind: "text" },
  { name: "编制数", kind: "count", required: true },
  { name: "实有人数", kind: "count", required: true },
];

export const INCOME_PARTS = [
  "一般公共预算财政拨款收入",
  "政府性基金预算财政拨款收入",
  "国有资本经营预算财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

/**
 * Income lines as the 公开01 tables before 2019 (and the 财决 forms) wrote them. Those tables
 * give all appropriations as one line, 财政拨款收入: it is read as the first appropriation line
 * so that 本年收入合计 still adds up.
 */
const OLDER_INCOME_LABELS: Record<string, string[] | undefined> = {
  一般公共预算财政拨款收入: [
    "财政拨款收入",
    "一般公共预算财政拨款",
    "公共财政预算财政拨款收入",
    "公共预算财政拨款收入",
  ],
  政府性基金预算财政拨款收入: ["政府性基金预算财政拨款"],
  国有资本经营预算财政拨款收入: ["国有资本经营预算财政拨款"],
};

export const EXPENDITURE_PARTS = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

export const SUMMARY_COLUMNS = ["年初预算数", "调整后预算数", "决算数", "上年决算数"];

export const TEMPLATE: readonly SheetDef[] = [
  {
    key: "基本情况",
    aliases: ["单位基本情况", "基本信息"],
    required: true,
    layout: "keyValue",
    title: "单位基本情况",
    keys: [
      {
        label: "单位名称",
        kind: "text",
        required: true,
        aliases: ["部门名称", "单位", "填报单位", "编制单位", "部门"],
      },
      { label: "年度", kind: "number", required: true, aliases: ["年份", "预算年度"] },
      { label: "金额单位", kind: "text" },
      { label: "内设机构数", kind: "count" },
      { label: "离退休人员数", kind: "count", aliases: ["离退休人数"] },
      { label: "主要职责", kind: "text" },
    ],
    columns: STAFF_COLUMNS,
  },
  {
    key: "收支总表",
    aliases: ["收入支出决算总表", "收支决算总表", "公开01表"],
    required: true,
    layout: "table",
    title: "{年度}年度收入支出决算总表",
    columns: [
      { name: "项目", kind: "text", required: true, aliases: ["项目名称", "科目"] },
      { name: "年初预算数", kind: "amount", aliases: ["年初预算"] },
      { name: "调整后预算数", kind: "amount", aliases: ["调整预算数", "全年预算数", "调整后预算"] },
      { name: "决算数", kind: "amount", required: true, aliases: ["本年决算数", "决算"] },
      { name: "上年决算数", kind: "amount", aliases: ["上年数"] },
    ],
    rows: [
      ...INCOME_PARTS.map((label) => ({ label, aliases: OLDER_INCOME_LABELS[label] })),
      { label: "本年收入合计", total: true, aliases: ["本年收入"] },
      { label: "使用非财政拨款结余", aliases: ["用事业基金弥补收支差额", "使用非财政拨款结余和专用结余"] },
      { label: "年初结转和结余", aliases: ["年初结转结余"] },
      { label: "收入总计", total: true },
      { label: "基本支出" },
      { label: "人员经费", aliases: ["人员经费支出"] },
      { label: "公用经费", aliases: ["日常公用经费", "公用经费支出"] },
      { label: "项目支出" },
      { label: "上缴上级支出" },
      { label: "经营支出" },
      { label: "对附属单位补助支出" },
      { label: "本年支出合计", total: true, aliases: ["本年支出"] },
      { label: "结余分配" },
      { label: "年末结转和结余", aliases: ["年末结转结余"] },
      { label: "支出总计", total: true },
    ],
  },
  {
    key: "支出明细",
    aliases: ["支出决算表", "支出决算明细表", "公开03表"],
    required: false,
    layout: "table",
    title: "{年度}年度支出决算表",
    columns: [
      { name: "科目编码", kind: "code", required: true, aliases: ["功能分类科目编码", "编码", "科目代码"] },
      { name: "科目名称", kind: "text", required: true, aliases: ["功能分类科目名称", "名称"] },
      { name: "合计", kind: "amount", required: true, aliases: ["支出合计", "本年支出合计"] },
      // 公开03表 gives 基本支出 as one column; read only when 人员经费/公用经费 are not given.
      { name: "基本支出", kind: "amount" },
      { name: "人员经费", kind: "amount", aliases: ["人员经费支出"] },
      { name: "公用经费", kind: "amount", aliases: ["日常公用经费"] },
      { name: "项目支出", kind: "amount" },
      { name: "上缴上级支出", kind: "amount" },
      { name: "经营支出", kind: "amount" },
      { name: "对附属单位补助支出", kind: "amount" },
    ],
    groups: [{ label: "基本支出", over: ["人员经费", "公用经费"] }],
  },
  {
    key: "三公经费",
    aliases: ['"三公"经费', "三公经费支出决算表", "公开09表", "三公经费支出表"],
    required: false,
    layout: "table",
    title: "{年度}年度“三公”经费支出决算表",
    columns: [
      { name: "项目", kind: "text", required: true },
      { name: "上年决算数", kind: "amount", aliases: ["上年决算", "上年数"] },
      { name: "本年预算数", kind: "amount", aliases: ["预算数", "本年预算"] },
      { name: "本年决算数", kind: "amount", required: true, aliases: ["决算数", "本年决算"] },
    ],
    rows: [
      { label: "因公出国(境)费", aliases: ["因公出国(境)费用", "因公出国境费"] },
      { label: "公务用车购置及运行维护费", aliases: ["公务用车购置及运行费"] },
      { label: "公务用车购置费" },
      { label: "公务用车运行维护费", aliases: ["公务用车运行费"] },
      { label: "公务接待费" },
      { label: "合计", total: true, aliases: ["三公经费合计", "总计"] },
    ],
  },
  {
    key: "项目支出",
    aliases: ["项目支出明细", "项目明细"],
    required: false,
    layout: "table",
    title: "{年度}年度项目支出明细",
    columns: [
      { name: "项目名称", kind: "text", required: true },
      { name: "科目编码", kind: "code" },
      { name: "年初预算数", kind: "amount" },
      { name: "调整后预算数", kind: "amount" },
      { name: "实际支出数", kind: "amount", required: true, aliases: ["实际支出", "支出数", "决算数"] },
      { name: "指标下达日期", kind: "date", aliases: ["下达日期", "指标下达时间"] },
      { name: "年末结转结余", kind: "amount", aliases: ["结转结余", "年末结转和结余"] },
      { name: "是否重点项目", kind: "flag", aliases: ["重点项目"] },
      { name: "备注", kind: "text" },
    ],
  },
  {
    key: "绩效目标",
    aliases: ["绩效指标", "职责履行"],
    required: false,
    layout: "table",
    title: "{年度}年度绩效目标完成情况",
    columns: [
      { name: "指标类别", kind: "text" },
      { name: "指标名称", kind: "text", required: true },
      { name: "计量单位", kind: "text" },
      { name: "目标值", kind: "number", required: true },
      { name: "实际值", kind: "number", required: true, aliases: ["完成值"] },
      { name: "是否重点工作", kind: "flag" },
      { name: "说明", kind: "text" },
    ],
  },
  {
    key: "其他指标",
    aliases: ["补充数据"],
    required: false,
    layout: "keyValue",
    title: "其他指标",
    keys: [
      { label: "政府采购预算数", kind: "amount" },
      { label: "政府采购实际金额", kind: "amount" },
      { label: "固定资产总额", kind: "amount" },
      { label: "在用固定资产总额", kind: "amount" },
      { label: "上年末结转结余", kind: "amount" },
      { label: "年初预算追加数", kind: "amount" },
    ],
  },
  {
    key: "自评打分",
    aliases: ["定性指标打分"],
    required: false,
    layout: "table",
    title: "定性指标自评打分",
    columns: [
      { name: "指标名称", kind: "text", required: true },
      { name: "得分", kind: "number", required: true },
      { name: "说明", kind: "text" },
    ],
  },
  {
    key: "报告素材",
    aliases: ["文字素材"],
    required: false,
    layout: "table",
    title: "报告素材",
    columns: [
      { name: "章节", kind: "text", required: true },
      { name: "内容", kind: "text", required: true },
    ],
  },
  {
    key: "报告草稿",
    aliases: ["文字稿"],
    required: false,
    layout: "keyValue",
    title: "报告草稿",
  },
];

export function sheetDef(key: SheetKey): SheetDef {
  const d = TEMPLATE.find((s) => s.key === key);
  if (!d) throw new Error(`no template sheet ${key}`);
  return d;
}
