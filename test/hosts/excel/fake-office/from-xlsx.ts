import { Workbook, ValueType, type Cell } from "exceljs";
import { key, newSheet, parseRect, type FakeCell, type FakeWorkbook, type Rect } from "./model";

/**
 * The fake Excel's workbook as Excel would hold an .xlsx file: what office-js would return
 * for each cell (a date is its serial under its number format; a merged area keeps its value
 * in the top-left cell only; an error is its text with the Error type).
 */

const EPOCH = Date.UTC(1899, 11, 30);

function plain(v: unknown): Pick<FakeCell, "value" | "error"> {
  if (v === null || v === undefined) return { value: "" };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: (v.getTime() - EPOCH) / 86400000 };
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
  if (typeof o.error === "string") return { value: o.error, error: true };
  if (Array.isArray(o.richText)) return { value: o.richText.map((r) => r.text).join("") };
  if (o.text !== undefined) return plain(o.text);
  return { value: "" };
}

function fakeCell(cell: Cell): FakeCell | undefined {
  if (cell.type === ValueType.Merge) return undefined;
  const numberFormat = cell.numFmt || "General";
  if (cell.type === ValueType.Formula) {
    return { ...plain(cell.result), formula: String(cell.formula).replace(/^=/, ""), numberFormat };
  }
  const v = plain(cell.value);
  if (v.value === "" && numberFormat === "General") return undefined;
  return { ...v, numberFormat };
}

export async function fakeFromXlsx(bytes: Uint8Array): Promise<FakeWorkbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const model: FakeWorkbook = { sheets: [] };
  wb.worksheets.forEach((ws, i) => {
    const sheet = newSheet(`{WS-${i + 1}}`, ws.name);
    sheet.visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = fakeCell(cell);
        if (c) sheet.cells.set(key(Number(cell.row), Number(cell.col)), c);
      }),
    );
    sheet.merges = (ws.model.merges ?? []).map((m) => parseRect(m)).filter((r): r is Rect => r !== undefined);
    model.sheets.push(sheet);
  });
  const first = model.sheets.find((s) => s.visibility === "Visible");
  if (first) {
    model.activeSheetId = first.id;
    model.selection = { sheetId: first.id, areas: [{ top: 1, left: 1, bottom: 1, right: 1 }] };
  }
  return model;
}
