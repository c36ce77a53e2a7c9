import { Workbook, ValueType, type Cell, type Worksheet } from "exceljs";
import type { CellRange, CellValue, SnapshotCell, SnapshotSheet, WorkbookSnapshot } from "../../core/snapshot";
import { parseA1 } from "../../core/snapshot";
import { WorkbookReadError } from "./errors";
import { declaredUncompressedSize, MAX_UNCOMPRESSED_BYTES } from "./zip-size";

/**
 * Workbook snapshot from the bytes of an .xlsx file, with exceljs. No Node-only API here: the
 * task pane's browser mode reads an uploaded file through this same function.
 */

const ZIP_SIGNATURE = [0x50, 0x4b]; // "PK"
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Every .xlsx names this part in its zip directory (stored uncompressed). */
const WORKBOOK_PART = Array.from("xl/workbook.xml", (ch) => ch.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** Throws the WorkbookReadError that the first bytes already tell. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError("empty");
  // Encrypted .xlsx files are OLE containers too, like the legacy .xls.
  if (startsWith(bytes, OLE_SIGNATURE)) throw new WorkbookReadError("encrypted-or-xls");
  if (!startsWith(bytes, ZIP_SIGNATURE) || !contains(bytes, WORKBOOK_PART))
    throw new WorkbookReadError("not-a-workbook");
  const inflated = declaredUncompressedSize(bytes);
  if (inflated !== undefined && inflated > MAX_UNCOMPRESSED_BYTES) throw new WorkbookReadError("too-large");
}

/** An exceljs Date is the cell's serial read as UTC; its UTC calendar day is the Excel day. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isErrorValue(v: unknown): v is { error: string } {
  return typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
}

function richTextOf(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const runs = (v as { richText?: { text?: string }[] }).richText;
  return Array.isArray(runs) ? runs.map((r) => r.text ?? "").join("") : undefined;
}

/** Plain text of a string, rich text or hyperlink text. */
function plainText(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  return richTextOf(v);
}

function fromPlain(v: unknown): CellValue {
  if (v === null || v === undefined) return { type: "empty" };
  if (typeof v === "number")
    return Number.isFinite(v) ? { type: "number", value: v } : { type: "error", value: "#NUM!" };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { type: "empty" } : { type: "date", value: isoDate(v) };
  if (isErrorValue(v)) return { type: "error", value: v.error };
  const s = plainText(v);
  return s === undefined || s === "" ? { type: "empty" } : { type: "string", value: s };
}

function valueOf(cell: Cell): CellValue {
  switch (cell.type) {
    case ValueType.Formula:
      // `cell.result`, not `cell.value.result`: exceljs drops a cached 0 from the latter.
      return fromPlain(cell.result);
    case ValueType.Hyperlink:
      return fromPlain((cell.value as { text?: unknown }).text);
    default:
      return fromPlain(cell.value);
  }
}

/** Number formats the reader needs: dates and percentages. */
function relevantNumFmt(cell: Cell, value: CellValue): string | undefined {
  const fmt = cell.numFmt;
  if (!fmt) return undefined;
  if (value.type === "date" || fmt.includes("%")) return fmt;
  return undefined;
}

function snapshotCell(cell: Cell): SnapshotCell | undefined {
  // The other cells of a merged range repeat the master's value in exceljs; only the top-left holds it.
  if (cell.type === ValueType.Merge) return undefined;
  const value = valueOf(cell);
  const formula = cell.type === ValueType.Formula ? cell.formula?.replace(/^=/, "") : undefined;
  if (value.type === "empty" && !formula) return undefined;
  const out: SnapshotCell = { row: Number(cell.row), col: Number(cell.col), value };
  if (formula) out.formula = formula;
  const numFmt = relevantNumFmt(cell, value);
  if (numFmt) out.numFmt = numFmt;
  return out;
}

function parseRange(range: string): CellRange | undefined {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function snapshotSheet(ws: Worksheet): SnapshotSheet {
  const cells: SnapshotCell[] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell) => {
      const c = snapshotCell(cell);
      if (c) cells.push(c);
    });
  }
  const hiddenCols: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col.hidden) hiddenCols.push(i + 1);
  });
  const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is CellRange => m !== undefined);
  const sheet: SnapshotSheet = { name: ws.name, cells, merges };
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (hiddenCols.length > 0) sheet.hiddenCols = hiddenCols;
  return sheet;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Reads an .xlsx file's bytes; throws WorkbookReadError when they are not a readable workbook. */
export async function snapshotFromBuffer(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  checkSignature(bytes);
  const workbook = new Workbook();
  try {
    // exceljs types the argument as a Node Buffer; JSZip underneath takes any byte array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw new WorkbookReadError("not-a-workbook", { cause });
  }
  const sheets = workbook.worksheets.map(snapshotSheet);
  if (sheets.length === 0) throw new WorkbookReadError("no-sheets");
  return { sheets };
}
