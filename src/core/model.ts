import type { Decimal } from "./money";

/**
 * The department model: what the template reader makes of a snapshot. Every value keeps its
 * provenance (`sheet!A1`). Amounts are in the model's one unit (`unit`), converted from each
 * sheet's own unit by the reader.
 *
 * Labels and column names are the template's canonical Chinese labels (`基本支出`, `决算数`):
 * the rule catalogue, the indicators and the report refer to them as data.
 */

export type AmountUnit = "万元" | "元";

/**
 * One amount (or count) cell.
 * - `value`: a number was read (from a number, a cached formula result, or accepted text);
 * - `blank`: the cell is empty, or holds a zero mark (`-`, `—`, `/`), or the row/column is
 *   absent (then `cell` is undefined). Counts as 0 only where a sum has another part filled;
 * - `unreadable`: text that is not a number, an Excel error, or a formula never calculated;
 *   `rule` says which data finding was raised for it.
 */
export type Amount =
  | { state: "value"; value: Decimal; cell: string }
  | { state: "blank"; cell?: string }
  | { state: "unreadable"; cell: string; rule: "DATA-NOTNUM" | "DATA-ERRVAL" | "DATA-NOCACHE"; raw: string };

export interface TextField {
  value: string;
  cell: string;
}

export interface YearField {
  value: number;
  cell: string;
}

export interface DateField {
  /** ISO `yyyy-mm-dd`. */
  value: string;
  cell: string;
}

/** A row of a labelled table: amounts by canonical column name. */
export interface TableRow {
  /** Canonical label (`公用经费` also for a row labelled `日常公用经费`). */
  label: string;
  /** The label as written in the workbook. */
  rawLabel: string;
  /** 1-based sheet row. */
  row: number;
  labelCell: string;
  values: Record<string, Amount>;
}

export interface Table {
  /** The actual sheet name in the workbook. */
  sheet: string;
  /** Canonical column name → header cell address, for the columns found. */
  columns: Record<string, string>;
  /** Rows by canonical label; the first occurrence when a label repeats (DATA-DUP). */
  rows: Record<string, TableRow>;
}

export type FundingType = "全额拨款" | "差额拨款" | "自收自支" | string;

export interface StaffRow {
  /** 机构名称. */
  name: string;
  labelCell: string;
  row: number;
  fundingType?: FundingType;
  /** 人员类别: 行政/事业/工勤 when given. */
  category?: string;
  quota: Amount; // 编制数
  actual: Amount; // 实有人数
}

export interface Staffing {
  sheet: string;
  rows: StaffRow[];
  total?: StaffRow;
}

export type SubjectLevel = "类" | "款" | "项";

export interface ExpenditureRow {
  /** 科目编码 as text digits (`2060101`). */
  code: string;
  codeCell: string;
  name: string;
  nameCell?: string;
  level: SubjectLevel;
  row: number;
  /** By canonical column: 合计, 人员经费, 公用经费, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出. */
  values: Record<string, Amount>;
}

export interface ExpenditureDetail {
  sheet: string;
  columns: Record<string, string>;
  rows: ExpenditureRow[];
  /** The `合计` row. */
  total?: { row: number; labelCell: string; values: Record<string, Amount> };
}

export interface ProjectRow {
  name: string;
  nameCell: string;
  row: number;
  code?: TextField;
  /** By canonical column: 年初预算数, 调整后预算数, 实际支出数, 年末结转结余. */
  values: Record<string, Amount>;
  releaseDate?: DateField;
  /** Raw 指标下达日期 text that could not be read as a date. */
  releaseDateRaw?: TextField;
  isKey?: boolean;
  note?: TextField;
}

export interface Projects {
  sheet: string;
  columns: Record<string, string>;
  rows: ProjectRow[];
  total?: { row: number; labelCell: string; values: Record<string, Amount> };
}

export interface TargetRow {
  row: number;
  category: string; // 指标类别: 产出-数量 …
  name: string;
  nameCell: string;
  unitOfMeasure?: string; // 计量单位
  /** 目标值 / 实际值 as numbers; a percentage cell (0.95 formatted 0%) is read as 95. */
  target: Amount;
  actual: Amount;
  isKey?: boolean;
  note?: string;
}

export interface SelfScore {
  name: string;
  nameCell: string;
  score: Amount;
  note?: string;
}

export interface Material {
  /** 章节: 主要职责, 经济性, 行政效能, 社会效益, 存在的问题, 改进措施, 其他. */
  section: string;
  text: string;
  cell: string;
}

/** Canonical sheet names of the template. */
export type SheetKey =
  | "基本情况"
  | "收支总表"
  | "支出明细"
  | "三公经费"
  | "项目支出"
  | "绩效目标"
  | "其他指标"
  | "自评打分"
  | "报告素材"
  | "报告草稿";

export interface DepartmentModel {
  /** The one unit every amount of the model is in (基本情况 金额单位, default 万元). */
  unit: AmountUnit;
  /** Canonical sheet → actual sheet name, for the sheets found. */
  sheets: Partial<Record<SheetKey, string>>;
  /** Canonical sheet → unit the sheet was written in (after its unit row, if any). */
  sheetUnits: Partial<Record<SheetKey, AmountUnit>>;
  info: {
    name?: TextField;
    year?: YearField;
    orgCount?: Amount; // 内设机构数
    retirees?: Amount; // 离退休人员数
    duties?: TextField; // 主要职责
  };
  staffing?: Staffing;
  /** 收支总表; columns 年初预算数, 调整后预算数, 决算数, 上年决算数. Always present (rows may be empty). */
  summary: Table;
  expenditure?: ExpenditureDetail;
  /** 三公经费; columns 上年决算数, 本年预算数, 本年决算数. */
  threePublic?: Table;
  projects?: Projects;
  targets?: TargetRow[];
  /** 其他指标 key–value amounts by canonical key (政府采购预算数 …). */
  other?: Record<string, Amount>;
  selfScores?: SelfScore[];
  materials?: Material[];
  /** 报告草稿: one paragraph per cell. */
  draft?: TextField[];
}

/** Value of an amount when it holds one. */
export function amountValue(a: Amount | undefined): Decimal | undefined {
  return a && a.state === "value" ? a.value : undefined;
}
