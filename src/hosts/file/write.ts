import { Workbook, type Cell, type CellValue as ExcelValue, type Worksheet } from "exceljs";
import type { CellInput } from "../../core/snapshot";
import { sheetDef } from "../../core/template";
import type { LaidOutSheet } from "../../core/template-layout";

/**
 * Writes laid-out template sheets as an .xlsx file with exceljs: the `template` and `sample`
 * commands, and tests that need a real file. Text is always written as text: a name that
 * begins with `=` stays a string, never a formula.
 */

export interface WriteOptions {
  /** Document property `creator`; default 绩效自评助手. */
  creator?: string;
}

export const AMOUNT_FORMAT = "#,##0.00";
const DATE_FORMAT = "yyyy-mm-dd";
const HEADER_FILL = "FFDDEBF7";
const HEADER_BORDER = { style: "thin" as const, color: { argb: "FF9BB7D4" } };
/** Columns at least this wide hold long text (主要职责, 报告素材): wrap it. */
const WRAP_WIDTH = 40;

/** Leading characters that make Excel treat typed text as a formula. */
const FORMULA_LEAD = /^[=+\-@]/;

function isNoteRow(row: CellInput[]): boolean {
  const filled = row.filter((v) => v !== null && v !== undefined && v !== "");
  return filled.length === 1 && typeof row[0] === "string" && row[0].startsWith("注：");
}

function hasLabel(row: CellInput[]): boolean {
  return row.some((v) => typeof v === "string" && v.trim() !== "");
}

/** 1-based columns that hold amounts, found from the header rows and the template's column kinds. */
function amountColumns(sheet: LaidOutSheet): Set<number> {
  const def = sheetDef(sheet.key);
  const amountNames = new Set((def.columns ?? []).filter((c) => c.kind === "amount").map((c) => c.name));
  const cols = new Set<number>();
  for (const r of sheet.headerRows) {
    sheet.rows[r - 1]?.forEach((v, j) => {
      if (typeof v === "string" && amountNames.has(v)) cols.add(j + 1);
    });
  }
  return cols;
}

/** Key–value rows whose key is an amount (其他指标): their value column B. */
function amountKeyRows(sheet: LaidOutSheet): Set<number> {
  const keys = new Set((sheetDef(sheet.key).keys ?? []).filter((k) => k.kind === "amount").map((k) => k.label));
  const rows = new Set<number>();
  sheet.rows.forEach((row, i) => {
    if (typeof row[0] === "string" && keys.has(row[0])) rows.add(i + 1);
  });
  return rows;
}

function setValue(cell: Cell, input: CellInput): void {
  if (input === null || input === undefined || input === "") return;
  if (typeof input === "string") {
    cell.value = input;
    if (FORMULA_LEAD.test(input)) cell.numFmt = "@";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if ("formula" in input) {
    const result = input.value === null ? undefined : input.value;
    cell.value = { formula: input.formula.replace(/^=/, ""), result } as ExcelValue;
    return;
  }
  if ("error" in input) {
    cell.value = { error: input.error } as ExcelValue;
    return;
  }
  if ("date" in input) {
    const [y, m, d] = input.date.split("-").map(Number);
    // exceljs turns a Date into a serial by its UTC time: give it UTC midnight of that day.
    cell.value = new Date(Date.UTC(y, m - 1, d));
    cell.numFmt = DATE_FORMAT;
    return;
  }
  cell.value = input.value;
  cell.numFmt = input.numFmt;
}

function styleHeaderCell(cell: Cell): void {
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  cell.border = { top: HEADER_BORDER, left: HEADER_BORDER, bottom: HEADER_BORDER, right: HEADER_BORDER };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function writeSheet(ws: Worksheet, sheet: LaidOutSheet): void {
  const amounts = amountColumns(sheet);
  const amountRows = amountKeyRows(sheet);
  const lastHeader = Math.max(0, ...sheet.headerRows);
  const headerWidth = Math.max(0, ...sheet.headerRows.map((r) => sheet.rows[r - 1]?.length ?? 0));
  const bold = new Set(sheet.boldRows);
  const headers = new Set(sheet.headerRows);
  const wrapCols = new Set(sheet.widths.flatMap((w, i) => (w >= WRAP_WIDTH ? [i + 1] : [])));

  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  sheet.rows.forEach((values, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    const isData = r > lastHeader && hasLabel(values) && !isNoteRow(values);
    values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      setValue(cell, v);
      const isAmount = (amounts.has(j + 1) && isData) || (amountRows.has(r) && j === 1);
      if (isAmount && (typeof v === "number" || v === null || v === undefined)) cell.numFmt = AMOUNT_FORMAT;
      if (bold.has(r) && !headers.has(r)) cell.font = { bold: true };
      if (wrapCols.has(j + 1) && !headers.has(r)) cell.alignment = { wrapText: true, vertical: "top" };
    });
    if (headers.has(r)) for (let c = 1; c <= headerWidth; c++) styleHeaderCell(row.getCell(c));
  });
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // Freeze the header of list-like sheets; 基本情况 has its staffing header far down.
  if (lastHeader > 0 && sheetDef(sheet.key).layout === "table") {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: lastHeader }];
  }
}

/** The laid-out sheets as the bytes of an .xlsx file. */
export async function workbookFromLayout(sheets: LaidOutSheet[], opts: WriteOptions = {}): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = opts.creator ?? "绩效自评助手";
  for (const sheet of sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
