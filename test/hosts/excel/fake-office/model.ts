/**
 * The workbook inside the fake Excel: plain data a test builds and inspects. No Node API, so
 * the fake can be bundled into a page as well.
 */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  /** "" is an empty cell (it may still carry a number format or a style). */
  value: string | number | boolean;
  /** Without the leading `=`. */
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  /** The target of an internal hyperlink (`'收支总表'!D12`). */
  hyperlink?: string;
  /** Format properties written through `range.format` (`font.bold`, `fill.color`, …). */
  style?: Record<string, unknown>;
}

export interface FakeConditionalFormat {
  id: string;
  areas: Rect[];
  type: string;
  props: Record<string, unknown>;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: Rect[];
  conditionalFormats: FakeConditionalFormat[];
  charts: { type: string; source: string; props: Record<string, unknown> }[];
  notes: { address: string; content: string }[];
  /** Page layout, column widths, row heights: `pageLayout.paperSize`, `col.3.width`, … */
  props: Record<string, unknown>;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  activeSheetId?: string;
  selection?: { sheetId: string; areas: Rect[] };
}

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1`, `A1:C3`, `3:7`, `C:D`; undefined when it is none of these. */
export function parseRect(address: string): Rect | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    return { top: Number(ca[2]), left: colNumber(ca[1]), bottom: Number(cb[2]), right: colNumber(cb[1]) };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a), left: 1, bottom: Number(b), right: MAX_COL };
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    return { top: 1, left: colNumber(a), bottom: MAX_ROW, right: colNumber(b) };
  }
  return undefined;
}

export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.left)}${r.top}`;
  const br = `${colLetters(r.right)}${r.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export function sheetAddress(sheet: FakeSheet, r: Rect): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(r)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function isEmpty(c: FakeCell | undefined): boolean {
  return !c || (c.value === "" && c.formula === undefined);
}

/** The bounding box of the cells that hold a value or formula, within `within`. */
export function usedRect(sheet: FakeSheet, within?: Rect): Rect | undefined {
  let r: Rect | undefined;
  for (const [k, c] of sheet.cells) {
    if (isEmpty(c)) continue;
    const comma = k.indexOf(",");
    const row = Number(k.slice(0, comma));
    const col = Number(k.slice(comma + 1));
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    r = r
      ? {
          top: Math.min(r.top, row),
          left: Math.min(r.left, col),
          bottom: Math.max(r.bottom, row),
          right: Math.max(r.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

export function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
    props: {},
  };
}
