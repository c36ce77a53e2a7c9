import type { AmountUnit, SheetKey } from "./model";
import type { CellInput, CellRange, SnapshotSheet, WorkbookSnapshot } from "./snapshot";
import { sheetFromRows } from "./snapshot";
import { sheetDef, TEMPLATE, type SheetDef } from "./template";

/**
 * Lays the standard template out as rows of cells, empty or filled with a department's
 * figures. One layout serves the `template` command (empty), the bundled sample and the
 * workbooks tests build in code, so all three read exactly like a real template.
 */

type Values = Partial<Record<string, CellInput>>;

export interface TemplateData {
  info?: {
    单位名称?: CellInput;
    年度?: CellInput;
    金额单位?: AmountUnit | CellInput;
    内设机构数?: CellInput;
    离退休人员数?: CellInput;
    主要职责?: CellInput;
  };
  /** Staffing table under the key–value rows: 机构名称, 人员类别, 经费形式, 编制数, 实有人数. */
  staffing?: Values[];
  /** The staffing 合计 row, as given (not computed). */
  staffingTotal?: Values;
  /** 收支总表: row label → column → value. Rows not given are written with their label only. */
  summary?: Record<string, Values>;
  /** 支出明细 rows: 科目编码, 科目名称 and amount columns; `total` is the 合计 row. */
  expenditure?: { rows: Values[]; total?: Values; extraColumns?: string[] };
  /** 三公经费: row label → column → value. */
  threePublic?: Record<string, Values>;
  projects?: { rows: Values[]; total?: Values };
  targets?: Values[];
  other?: Values;
  selfScores?: Values[];
  materials?: Values[];
  draft?: string[];
  /** Unit row written on a sheet (`单位：元`); default: the workbook unit on amount sheets. */
  sheetUnits?: Partial<Record<SheetKey, AmountUnit | null>>;
  /** A note written under a sheet's table (e.g. which figures are illustrative). */
  notes?: Partial<Record<SheetKey, string>>;
}

export interface LaidOutSheet {
  key: SheetKey;
  name: string;
  rows: CellInput[][];
  merges: CellRange[];
  /** 1-based rows to set in bold (headers, totals). */
  boldRows: number[];
  headerRows: number[];
  /** Suggested column widths in characters. */
  widths: number[];
}

const AMOUNT_SHEETS: SheetKey[] = ["收支总表", "支出明细", "三公经费", "项目支出", "其他指标"];

function title(def: SheetDef, year: CellInput): string {
  const y = typeof year === "number" || typeof year === "string" ? String(year).replace(/年$/, "") : "";
  return def.title.replace("{年度}", y);
}

function unitRow(key: SheetKey, data: TemplateData): CellInput[] | undefined {
  if (!AMOUNT_SHEETS.includes(key)) return undefined;
  const given = data.sheetUnits?.[key];
  if (given === null) return undefined;
  const unit = given ?? (data.info?.金额单位 === "元" ? "元" : "万元");
  return [`单位：${unit}`];
}

function pick(values: Values | undefined, columns: string[]): CellInput[] {
  return columns.map((c) => values?.[c]);
}

function noteRows(key: SheetKey, data: TemplateData): CellInput[][] {
  const note = data.notes?.[key];
  return note ? [[], [`注：${note}`]] : [];
}

function layBasicInfo(data: TemplateData): LaidOutSheet {
  const def = sheetDef("基本情况");
  const info = data.info ?? {};
  const rows: CellInput[][] = [[title(def, info.年度)]];
  for (const k of def.keys ?? []) rows.push([k.label, (info as Record<string, CellInput>)[k.label]]);
  rows.push([]);
  const cols = (def.columns ?? []).map((c) => c.name);
  const headerRow = rows.length + 1;
  rows.push(cols);
  for (const s of data.staffing ?? []) rows.push(pick(s, cols));
  const bold = [1, headerRow];
  if (data.staffingTotal) {
    rows.push(pick({ ...data.staffingTotal, 机构名称: "合计" }, cols));
    bold.push(rows.length);
  }
  rows.push(...noteRows("基本情况", data));
  return {
    key: "基本情况",
    name: "基本情况",
    rows,
    merges: [],
    boldRows: bold,
    headerRows: [headerRow],
    widths: [22, 40, 12, 10, 10],
  };
}

function layFixedRows(
  key: "收支总表" | "三公经费",
  byLabel: Record<string, Values> | undefined,
  data: TemplateData,
): LaidOutSheet {
  const def = sheetDef(key);
  const cols = (def.columns ?? []).map((c) => c.name);
  const rows: CellInput[][] = [[title(def, data.info?.年度)]];
  const unit = unitRow(key, data);
  if (unit) rows.push(unit);
  const headerRow = rows.length + 1;
  rows.push(cols);
  const bold = [1, headerRow];
  for (const r of def.rows ?? []) {
    const values = byLabel?.[r.label];
    rows.push([r.label, ...pick(values, cols.slice(1))]);
    if (r.total) bold.push(rows.length);
  }
  rows.push(...noteRows(key, data));
  return { key, name: key, rows, merges: [], boldRows: bold, headerRows: [headerRow], widths: [32, 14, 14, 14, 14] };
}

function layExpenditure(data: TemplateData): LaidOutSheet {
  const def = sheetDef("支出明细");
  const extra = data.expenditure?.extraColumns ?? [];
  const cols = ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出", ...extra];
  const rows: CellInput[][] = [[title(def, data.info?.年度)]];
  const unit = unitRow("支出明细", data);
  if (unit) rows.push(unit);
  // Two-row header: 基本支出 merged over 人员经费 | 公用经费, the other headers merged down.
  const top = rows.length + 1;
  rows.push(cols.map((c) => (c === "人员经费" ? "基本支出" : c === "公用经费" ? null : c)));
  rows.push(cols.map((c) => (c === "人员经费" || c === "公用经费" ? c : null)));
  const merges: CellRange[] = [{ top, left: 4, bottom: top, right: 5 }];
  cols.forEach((c, i) => {
    if (c !== "人员经费" && c !== "公用经费") merges.push({ top, left: i + 1, bottom: top + 1, right: i + 1 });
  });
  for (const r of data.expenditure?.rows ?? []) rows.push(pick(r, cols));
  const bold = [1, top, top + 1];
  if (data.expenditure?.total) {
    rows.push(pick({ ...data.expenditure.total, 科目编码: null, 科目名称: "合计" }, cols));
    bold.push(rows.length);
  }
  rows.push(...noteRows("支出明细", data));
  return {
    key: "支出明细",
    name: "支出明细",
    rows,
    merges,
    boldRows: bold,
    headerRows: [top, top + 1],
    widths: [12, 30, 12, 12, 12, 12, 12, 12, 12],
  };
}

function layList(
  key: SheetKey,
  list: Values[] | undefined,
  total: Values | undefined,
  data: TemplateData,
  widths: number[],
): LaidOutSheet {
  const def = sheetDef(key);
  const cols = (def.columns ?? []).map((c) => c.name);
  const rows: CellInput[][] = [[title(def, data.info?.年度)]];
  const unit = unitRow(key, data);
  if (unit) rows.push(unit);
  const headerRow = rows.length + 1;
  rows.push(cols);
  for (const r of list ?? []) rows.push(pick(r, cols));
  const bold = [1, headerRow];
  if (total) {
    rows.push(pick({ ...total, [cols[0]]: "合计" }, cols));
    bold.push(rows.length);
  }
  rows.push(...noteRows(key, data));
  return { key, name: key, rows, merges: [], boldRows: bold, headerRows: [headerRow], widths };
}

function layKeyValues(key: SheetKey, values: Values | undefined, data: TemplateData): LaidOutSheet {
  const def = sheetDef(key);
  const rows: CellInput[][] = [[title(def, data.info?.年度)]];
  const unit = unitRow(key, data);
  if (unit) rows.push(unit);
  for (const k of def.keys ?? []) rows.push([k.label, values?.[k.label]]);
  rows.push(...noteRows(key, data));
  return { key, name: key, rows, merges: [], boldRows: [1], headerRows: [], widths: [24, 16] };
}

function layDraft(data: TemplateData): LaidOutSheet {
  const rows: CellInput[][] = (data.draft ?? []).map((p) => [p]);
  return { key: "报告草稿", name: "报告草稿", rows, merges: [], boldRows: [], headerRows: [], widths: [100] };
}

/** Which sheets to lay out: all of the template (`"all"`), or the required ones plus those given. */
export type SheetSelection = "all" | "given";

/** Per sheet: whether the data gives it, and how it is laid out. Required sheets are always laid out. */
const SHEET_LAYOUTS: Record<SheetKey, { given: (d: TemplateData) => boolean; lay: (d: TemplateData) => LaidOutSheet }> =
  {
    基本情况: { given: () => true, lay: layBasicInfo },
    收支总表: { given: () => true, lay: (d) => layFixedRows("收支总表", d.summary, d) },
    支出明细: { given: (d) => d.expenditure !== undefined, lay: layExpenditure },
    三公经费: { given: (d) => d.threePublic !== undefined, lay: (d) => layFixedRows("三公经费", d.threePublic, d) },
    项目支出: {
      given: (d) => d.projects !== undefined,
      lay: (d) => layList("项目支出", d.projects?.rows, d.projects?.total, d, [30, 12, 12, 12, 12, 14, 12, 10, 20]),
    },
    绩效目标: {
      given: (d) => d.targets !== undefined,
      lay: (d) => layList("绩效目标", d.targets, undefined, d, [12, 30, 10, 10, 10, 10, 30]),
    },
    其他指标: { given: (d) => d.other !== undefined, lay: (d) => layKeyValues("其他指标", d.other, d) },
    自评打分: {
      given: (d) => d.selfScores !== undefined,
      lay: (d) => layList("自评打分", d.selfScores, undefined, d, [24, 10, 40]),
    },
    报告素材: {
      given: (d) => d.materials !== undefined,
      lay: (d) => layList("报告素材", d.materials, undefined, d, [14, 100]),
    },
    报告草稿: { given: (d) => d.draft !== undefined, lay: layDraft },
  };

export function layoutTemplate(data: TemplateData = {}, selection: SheetSelection = "given"): LaidOutSheet[] {
  return TEMPLATE.filter((def) => selection === "all" || def.required || SHEET_LAYOUTS[def.key].given(data)).map(
    (def) => SHEET_LAYOUTS[def.key].lay(data),
  );
}

export function laidOutToSnapshotSheet(s: LaidOutSheet): SnapshotSheet {
  return sheetFromRows(s.name, s.rows, { merges: s.merges });
}

/** A snapshot of a template workbook filled with `data` (the way tests build workbooks). */
export function templateSnapshot(data: TemplateData = {}, selection: SheetSelection = "given"): WorkbookSnapshot {
  return { sheets: layoutTemplate(data, selection).map(laidOutToSnapshotSheet) };
}
