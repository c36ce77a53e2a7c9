import { fillLocalized } from "../../core/i18n";
import { locateSheets } from "../../core/reader/sheets";
import { a1, columnLetters, type CellRange, type SnapshotSheet, type WorkbookSnapshot } from "../../core/snapshot";
import { HostError, type ReadProgress } from "../../app/host";
import { cellsOf, isComplete, parseAddress, type RangeData } from "./cells";
import { HOST_MESSAGES } from "./errors";

/**
 * The open workbook as a snapshot, in a number of syncs that does not grow with its size:
 * one for the sheet list, one for every template sheet's used range (and its merged areas),
 * and, on Excel on the web only, one more per row chunk of a sheet too large for its 5 MB
 * response limit.
 */

export interface ReadLimits {
  /** Cells one sync may bring back (all four arrays of a cell count as one); Infinity on the desktop. */
  cellsPerSync: number;
  /** Whether merged areas can be read (ExcelApi 1.13). */
  merges: boolean;
}

/** Excel refuses to return more than five million cells of one range. */
export const MAX_CELLS = 5_000_000;
/** Excel on the web's response limit, over a generous estimate of one cell's four arrays in JSON. */
export const WEB_CELLS_PER_SYNC = Math.floor((5 * 1024 * 1024) / 80);
/** Template sheets are narrow; the first chunk of each assumes this width, later ones know it. */
const ASSUMED_WIDTH = 32;
const MAX_ROWS = 1_048_576;

/** Rows of each sheet read in the first sync, before its width is known. */
export function headRows(sheetCount: number, cellsPerSync: number): number {
  if (!Number.isFinite(cellsPerSync)) return MAX_ROWS;
  const budget = Math.min(cellsPerSync, MAX_CELLS);
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(budget / (Math.max(1, sheetCount) * ASSUMED_WIDTH))));
}

/** The names of the sheets the template reader will use, as the core finds them. */
export function templateSheetNames(names: string[]): string[] {
  const { found } = locateSheets({ sheets: names.map((name) => ({ name, cells: [], merges: [] })) });
  return names.filter((n) => [...found.values()].some((s) => s.name === n));
}

interface Pending {
  name: string;
  used: Excel.Range;
  head: Excel.Range;
  merges?: Excel.RangeAreas;
}

function rangeData(r: Excel.Range): Partial<RangeData> {
  return {
    address: r.address,
    values: r.values,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
    valueTypes: r.valueTypes as unknown[][],
  };
}

function incomplete(sheet: string): HostError {
  return new HostError(fillLocalized(HOST_MESSAGES.incomplete, { sheet }), "IncompleteData");
}

/** The cells of a loaded range; a range without its arrays is an error, never an empty sheet. */
function cellsFrom(sheet: string, r: Excel.Range): SnapshotSheet["cells"] {
  const data = rangeData(r);
  const range = data.address ? parseAddress(data.address) : undefined;
  if (!range || !isComplete(data, range)) throw incomplete(sheet);
  return cellsOf(data, range);
}

/** Appends without spreading: a chunk holds more cells than a call may take arguments. */
function append(sheet: SnapshotSheet, cells: SnapshotSheet["cells"]): void {
  for (const c of cells) sheet.cells.push(c);
}

function mergesFrom(areas: Excel.RangeAreas | undefined): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((r) => parseAddress(r.address)).filter((m): m is CellRange => m !== undefined);
}

export async function readWorkbook(
  context: Excel.RequestContext,
  limits: ReadLimits,
  progress?: (step: ReadProgress) => void,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = templateSheetNames(worksheets.items.map((ws) => ws.name));
  const budget = Math.min(limits.cellsPerSync, MAX_CELLS);
  const head = headRows(names.length, limits.cellsPerSync);

  const pending: Pending[] = names.map((name) => {
    const ws = worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    const whole = head >= MAX_ROWS;
    const first = whole ? used : ws.getRange(`1:${head}`).getUsedRangeOrNullObject(true);
    first.load("address,values,formulas,numberFormat,valueTypes");
    if (!whole) used.load("address");
    const p: Pending = { name, used, head: first };
    if (limits.merges) {
      p.merges = ws.getRange().getMergedAreasOrNullObject();
      p.merges.load("areas/items/address");
    }
    return p;
  });
  await context.sync();

  const sheets: SnapshotSheet[] = [];
  const chunks: { sheet: SnapshotSheet; top: number; bottom: number; left: number; right: number }[] = [];
  for (const p of pending) {
    const sheet: SnapshotSheet = { name: p.name, cells: [], merges: mergesFrom(p.merges) };
    sheets.push(sheet);
    if (p.used.isNullObject) continue;
    const used = parseAddress(p.used.address);
    if (!used) throw incomplete(p.name);
    if (!p.head.isNullObject) append(sheet, cellsFrom(p.name, p.head));
    else if (used.top <= head) throw incomplete(p.name);
    const width = used.right - used.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(budget / width));
    for (let top = Math.max(used.top, head + 1); top <= used.bottom; top += rowsPerChunk) {
      chunks.push({
        sheet,
        top,
        bottom: Math.min(used.bottom, top + rowsPerChunk - 1),
        left: used.left,
        right: used.right,
      });
    }
  }
  const total = 2 + chunks.length;
  progress?.({ done: 2, total });

  // One sync per chunk: each is sized to what one response may carry.
  let done = 2;
  for (const c of chunks) {
    const range = worksheets
      .getItem(c.sheet.name)
      .getRange(`${columnLetters(c.left)}${c.top}:${a1(c.bottom, c.right)}`);
    range.load("address,values,formulas,numberFormat,valueTypes");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
    await context.sync();
    append(c.sheet, cellsFrom(c.sheet.name, range));
    progress?.({ done: ++done, total });
  }
  return { sheets };
}
