import { Workbook, ValueType } from "exceljs";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import type { CellRange, CellValue, SnapshotCell, SnapshotSheet, WorkbookSnapshot } from "../../core/snapshot";
import { a1, parseA1 } from "../../core/snapshot";
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

/**
 * What exceljs's loader has parsed, before it builds its document: per sheet the rows, each with
 * its cells, and the merged ranges. Only the fields the snapshot reads are declared.
 */
interface ParsedCell {
  address?: string;
  type: ValueType;
  value?: unknown;
  /** A formula's cached result (a Date when the cell has a date format). */
  result?: unknown;
  formula?: string;
  /** The address of the cell holding this shared formula's text. */
  sharedFormula?: string;
  /** The text of a hyperlink cell. */
  text?: unknown;
  style?: { numFmt?: string };
}

interface ParsedRow {
  number: number;
  cells?: ParsedCell[];
  hidden?: boolean;
}

interface ParsedSheet {
  id?: number;
  name?: string;
  rows?: ParsedRow[];
  cols?: { min: number; max: number; hidden?: boolean }[];
  mergeCells?: string[];
}

interface ParsedWorkbook {
  sheets?: { id: number }[];
  worksheets: ParsedSheet[];
}

function valueOf(cell: ParsedCell): CellValue {
  switch (cell.type) {
    case ValueType.Formula:
      return fromPlain(cell.result);
    case ValueType.Hyperlink:
      return fromPlain(cell.text);
    default:
      return fromPlain(cell.value);
  }
}

/** Number formats the reader needs: dates and percentages. */
function relevantNumFmt(cell: ParsedCell, value: CellValue): string | undefined {
  const fmt = cell.style?.numFmt;
  if (!fmt) return undefined;
  if (value.type === "date" || fmt.includes("%")) return fmt;
  return undefined;
}

function parseRange(range: string): CellRange | undefined {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Column number of an A1 address's letters (`AB12` → 28); 0 when it has none. */
function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** Excel's last column (XFD); a file that says more is not taken at its word. */
const MAX_COLUMN = 16384;

/**
 * Whether (row, col) lies in a merge without being its top-left cell, by the merges of each
 * row: a sheet with a merge per project row would otherwise test every merge for every cell.
 */
function mergeContinuations(merges: CellRange[], lastRow: number): (row: number, col: number) => boolean {
  const byRow = new Map<number, CellRange[]>();
  for (const m of merges) {
    // Rows below the last one with cells hold nothing to hide (a merge may span a whole column).
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return (row, col) =>
    byRow.get(row)?.some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) ?? false;
}

/** The formula text of a cell; a shared formula's is the master's, moved to this cell. */
function formulaOf(cell: ParsedCell, masters: Map<string, string>, address: string): string | undefined {
  if (cell.type !== ValueType.Formula) return undefined;
  if (cell.formula !== undefined) {
    if (cell.address) masters.set(cell.address, cell.formula);
    return cell.formula.replace(/^=/, "");
  }
  const master = cell.sharedFormula && masters.get(cell.sharedFormula);
  return master ? slideFormula(master, cell.sharedFormula as string, address).replace(/^=/, "") : undefined;
}

function snapshotSheet(ws: ParsedSheet, name: string): SnapshotSheet {
  const cells: SnapshotCell[] = [];
  const hiddenRows: number[] = [];
  const merges = (ws.mergeCells ?? []).map(parseRange).filter((m): m is CellRange => m !== undefined);
  const rows = ws.rows ?? [];
  const isContinuation = mergeContinuations(
    merges,
    rows.reduce((last, r) => Math.max(last, r.number), 0),
  );
  const sharedMasters = new Map<string, string>();
  for (const row of rows) {
    if (row.hidden) hiddenRows.push(row.number);
    let col = 0;
    for (const cell of row.cells ?? []) {
      // A <c> without its address is the next column's (as exceljs and Excel read it).
      col = cell.address ? columnOf(cell.address) : col + 1;
      if (cell.type === ValueType.Merge || cell.type === ValueType.Null) continue;
      // The other cells of a merged range show the top-left one's value: only that one counts.
      if (merges.length > 0 && isContinuation(row.number, col)) continue;
      const value = valueOf(cell);
      const formula = formulaOf(cell, sharedMasters, cell.address ?? a1(row.number, col));
      if (value.type === "empty" && !formula) continue;
      const out: SnapshotCell = { row: row.number, col, value };
      if (formula) out.formula = formula;
      const numFmt = relevantNumFmt(cell, value);
      if (numFmt) out.numFmt = numFmt;
      cells.push(out);
    }
  }
  const hiddenCols: number[] = [];
  for (const c of ws.cols ?? [])
    if (c.hidden) for (let i = Math.max(c.min, 1); i <= Math.min(c.max, MAX_COLUMN); i++) hiddenCols.push(i);
  const sheet: SnapshotSheet = { name, cells, merges };
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (hiddenCols.length > 0) sheet.hiddenCols = [...new Set(hiddenCols)].sort((a, b) => a - b);
  return sheet;
}

/**
 * True when some formula has a cached result: the workbook was saved by a program that
 * calculates (Excel, WPS). Such a program writes a result for every formula, an empty text
 * (=IF(…,"",…)) as an empty value, which exceljs hands over as no result at all.
 */
function savedCalculated(sheets: SnapshotSheet[]): boolean {
  return sheets.some((s) => s.cells.some((c) => c.formula !== undefined && c.value.type !== "empty"));
}

/** A formula without a result in a calculated workbook shows empty text (never "not calculated"). */
function emptyTextForBlankFormulas(sheet: SnapshotSheet): void {
  for (const c of sheet.cells)
    if (c.formula !== undefined && c.value.type === "empty") c.value = { type: "string", value: "" };
}

/** The sheets in the workbook's order (its sheet list), as exceljs orders its worksheets. */
function orderedSheets(parsed: ParsedWorkbook): { sheet: ParsedSheet; name: string }[] {
  const order = new Map((parsed.sheets ?? []).map((s, i) => [s.id, i]));
  return parsed.worksheets
    .filter((ws) => ws.id !== undefined && ws.name !== undefined)
    .map((ws) => ({ sheet: ws, name: ws.name as string, orderNo: order.get(ws.id as number) ?? -1 }))
    .sort((a, b) => a.orderNo - b.orderNo);
}

/**
 * Runs exceljs's loader (unzip, XML parsing, shared strings, styles and dates resolved) and
 * keeps what it parsed instead of letting it build a Worksheet, Row and Cell object for every
 * cell, which the snapshot would only read back: on large workbooks that building was a
 * quarter of the loading time and most of its memory.
 */
async function parse(bytes: Uint8Array): Promise<ParsedWorkbook> {
  const workbook = new Workbook();
  let parsed: ParsedWorkbook | undefined;
  // The loader's last step is `workbook.model = parsed`; this own property takes it over.
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get: () => parsed,
    set: (model: ParsedWorkbook) => {
      parsed = model;
    },
  });
  // exceljs types the argument as a Node Buffer; JSZip underneath takes any byte array.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  if (!parsed) throw new Error("exceljs returned no workbook model");
  return parsed;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Reads an .xlsx file's bytes; throws WorkbookReadError when they are not a readable workbook. */
export async function snapshotFromBuffer(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  checkSignature(bytes);
  let parsed: ParsedWorkbook;
  try {
    parsed = await parse(bytes);
  } catch (cause) {
    throw new WorkbookReadError("not-a-workbook", { cause });
  }
  const sheets = orderedSheets(parsed).map(({ sheet, name }) => snapshotSheet(sheet, name));
  if (sheets.length === 0) throw new WorkbookReadError("no-sheets");
  if (savedCalculated(sheets)) for (const sheet of sheets) emptyTextForBlankFormulas(sheet);
  return { sheets };
}
