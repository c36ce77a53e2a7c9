import { FakeObject, recorder } from "./base";
import { FakeConditionalFormats } from "./conditional-formats";
import { FakeRichApiError, type FakeContext } from "./context";
import {
  isEmpty,
  key,
  overlaps,
  rectAddress,
  sheetAddress,
  usedRect,
  type FakeCell,
  type FakeSheet,
  type Rect,
} from "./model";

/** A range or a multi-area range of one sheet. */
export interface RangeTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

function cellsOf(r: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push([row, col]);
  return out;
}

function grid<V>(t: RangeTarget, f: (c: FakeCell | undefined) => V): V[][] {
  const r = t.rects[0];
  const size = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (size > 5_000_000) throw new FakeRichApiError("InvalidOperation", "The range has more than 5 million cells.");
  const rows: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(t.sheet.cells.get(key(row, col))));
    rows.push(line);
  }
  return rows;
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === "") return "Empty";
  if (c.error) return "Error";
  return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** What Excel does with a typed value in a cell that is not formatted as text. */
function typed(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (typeof v !== "string" || cell.numberFormat === "@") {
    cell.value = v === null || v === undefined ? "" : (v as FakeCell["value"]);
    return;
  }
  if (v.startsWith("=")) {
    cell.formula = v.slice(1);
    cell.value = "";
  } else if (/^-?\d+(\.\d+)?$/.test(v)) {
    cell.value = Number(v);
  } else if (ISO_DATE.test(v)) {
    const [, y, m, d] = ISO_DATE.exec(v)!.map(Number);
    cell.value = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
    cell.numberFormat = "yyyy-mm-dd";
  } else {
    cell.value = v;
  }
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly entity = "Range";

  constructor(context: FakeContext, resolver: () => RangeTarget | null, stable = false) {
    super(context, resolver, stable);
  }

  protected read(t: RangeTarget, property: string): unknown {
    const r = t.rects[0];
    switch (property) {
      case "address":
        return t.rects.map((x) => sheetAddress(t.sheet, x)).join(",");
      case "values":
        if (this.context.options.nullValuesFor?.includes(t.sheet.name)) return null;
        return grid(t, (c) => (c ? c.value : ""));
      case "formulas":
        return grid(t, (c) => (c?.formula !== undefined ? `=${c.formula}` : c ? c.value : ""));
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid(t, valueType);
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "cellCount":
        return t.rects.reduce((n, x) => n + (x.bottom - x.top + 1) * (x.right - x.left + 1), 0);
      case "areaCount":
        return t.rects.length;
      case "areas/items/address":
        return { items: t.rects.map((x) => ({ address: sheetAddress(t.sheet, x) })) };
      default:
        throw new FakeRichApiError("InvalidArgument", `Range.${property} is not part of the fake`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.command((t) => {
      this.writeEach(t, v, (cell, x) => typed(cell, x));
      // Data changes fire onChanged; format changes do not (they have onFormatChanged).
      this.context.changed({
        worksheetId: t.sheet.id,
        address: rectAddress(t.rects[0]),
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
      });
    }, v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.command((t) => this.writeEach(t, v, (cell, x) => (cell.numberFormat = String(x))), v);
  }
  set hyperlink(v: { documentReference?: string; address?: string }) {
    this.command((t) => {
      const one = [[v.documentReference ?? v.address ?? ""]];
      this.writeEach(t, one, (cell, x) => (cell.hyperlink = String(x)));
    }, v);
  }
  get valueTypes(): unknown[][] {
    return this.get("valueTypes");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get areas(): { items: { address: string }[] } {
    return this.get("areas");
  }

  private writeEach(t: RangeTarget, v: unknown[][], set: (cell: FakeCell, x: unknown) => void): void {
    const r = t.rects[0];
    const one = v.length === 1 && v[0].length === 1;
    for (const [row, col] of cellsOf(r)) {
      const x = one ? v[0][0] : v[row - r.top]?.[col - r.left];
      const k = key(row, col);
      const cell = t.sheet.cells.get(k) ?? { value: "" };
      set(cell, x);
      t.sheet.cells.set(k, cell);
    }
  }

  private derive(f: (t: RangeTarget) => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return t === null ? null : f(t);
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.derive((t) => {
      const r = t.rects[0];
      return {
        sheet: t.sheet,
        rects: [{ top: r.top + row, left: r.left + col, bottom: r.top + row, right: r.left + col }],
      };
    });
  }
  getEntireColumn(): FakeRange {
    return this.derive((t) => ({ sheet: t.sheet, rects: [{ ...t.rects[0], top: 1, bottom: 1048576 }] }));
  }
  getEntireRow(): FakeRange {
    return this.derive((t) => ({ sheet: t.sheet, rects: [{ ...t.rects[0], left: 1, right: 16384 }] }));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return this.derive((t) => {
      const u = usedRect(t.sheet, t.rects[0]);
      return u ? { sheet: t.sheet, rects: [u] } : null;
    });
  }
  getMergedAreasOrNullObject(): FakeRange {
    return this.derive((t) => {
      const m = t.sheet.merges.filter((x) => t.rects.some((r) => overlaps(r, x)));
      return m.length > 0 ? { sheet: t.sheet, rects: m } : null;
    });
  }

  merge(): void {
    this.command((t) => t.sheet.merges.push(t.rects[0]));
  }
  select(): void {
    this.command((t) => {
      const wb = this.context.model;
      if (wb.activeSheetId !== t.sheet.id) {
        throw new FakeRichApiError("InvalidSelection", "Only cells of the active sheet can be selected.");
      }
      wb.selection = { sheetId: t.sheet.id, areas: t.rects };
      // Each sheet keeps its own selection, as Excel shows it when the sheet is activated again.
      t.sheet.props.selection = t.rects.map(rectAddress).join(",");
    });
  }
  clear(): void {
    this.command((t) => {
      for (const [k, c] of t.sheet.cells) {
        const [row, col] = k.split(",").map(Number);
        const inside = t.rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
        if (inside && !isEmpty(c)) t.sheet.cells.set(k, { ...c, value: "", formula: undefined, error: undefined });
      }
    });
  }

  get format(): Record<string, unknown> {
    return recorder((path, value) =>
      this.command((t) => {
        const r = t.rects[0];
        if (path === "columnWidth") for (let c = r.left; c <= r.right; c++) t.sheet.props[`col.${c}.width`] = value;
        else if (path === "rowHeight") for (let x = r.top; x <= r.bottom; x++) t.sheet.props[`row.${x}.height`] = value;
        else {
          for (const rect of t.rects) {
            for (const [row, col] of cellsOf(rect)) {
              const cell = t.sheet.cells.get(key(row, col)) ?? { value: "" };
              cell.style = { ...cell.style, [path]: value };
              t.sheet.cells.set(key(row, col), cell);
            }
          }
        }
      }, value),
    );
  }

  // Navigation properties give the same object each time, as in office-js.
  private formats?: FakeConditionalFormats;
  private sheetRef?: FakeSheetRef;

  get conditionalFormats(): FakeConditionalFormats {
    return (this.formats ??= new FakeConditionalFormats(this.context, () => this.target()));
  }

  get worksheet(): FakeSheetRef {
    return (this.sheetRef ??= new FakeSheetRef(this.context, () => this.target()?.sheet ?? null));
  }
}

/** The sheet of a range, for its id. */
class FakeSheetRef extends FakeObject<FakeSheet> {
  protected readonly entity = "Worksheet";
  protected read(s: FakeSheet, p: string): unknown {
    return p === "id" ? s.id : s.name;
  }
  get id(): string {
    return this.get("id");
  }
}
