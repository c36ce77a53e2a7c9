import { isDateFormat, serialToIso } from "../../core/reader/dates";
import { parseA1, type CellRange, type CellValue, type SnapshotCell } from "../../core/snapshot";

/**
 * A range's arrays as Excel returns them (values, formulas, numberFormat, valueTypes) turned
 * into snapshot cells, the way the file host reads the same cells from the .xlsx.
 */

export interface RangeData {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** `收支总表!B3:H20`, `'a b'!A1`, `B3` → the rectangle (sheet part dropped). */
export function parseAddress(address: string): CellRange | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from, to = from] = local.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function valueOf(raw: unknown, type: unknown, numFmt: string): CellValue {
  switch (type) {
    case "Empty":
      return { type: "empty" };
    case "Boolean":
      return { type: "boolean", value: raw === true };
    case "Error":
      return { type: "error", value: String(raw) };
    case "Double":
    case "Integer": {
      const n = Number(raw);
      if (!Number.isFinite(n)) return { type: "error", value: "#NUM!" };
      const iso = isDateFormat(numFmt) ? serialToIso(n) : undefined;
      return iso ? { type: "date", value: iso } : { type: "number", value: n };
    }
    default: {
      const s = raw === null || raw === undefined ? "" : String(raw);
      return s === "" ? { type: "empty" } : { type: "string", value: s };
    }
  }
}

/** True when the arrays are all there and of the range's size: anything else is no data. */
export function isComplete(data: Partial<RangeData>, range: CellRange): data is RangeData {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  const ok = (a: unknown): boolean =>
    Array.isArray(a) && a.length === rows && a.every((r) => Array.isArray(r) && r.length === cols);
  return ok(data.values) && ok(data.formulas) && ok(data.numberFormat) && ok(data.valueTypes);
}

export function cellsOf(data: RangeData, range: CellRange): SnapshotCell[] {
  const out: SnapshotCell[] = [];
  data.values.forEach((row, i) =>
    row.forEach((raw, j) => {
      const numFmt = String(data.numberFormat[i][j] ?? "");
      const value = valueOf(raw, data.valueTypes[i][j], numFmt);
      const f = data.formulas[i][j];
      // A text cell that begins with `=` reads back the same in both arrays; a formula does not.
      const formula = typeof f === "string" && f.startsWith("=") && f !== raw ? f.slice(1) : undefined;
      if (value.type === "empty" && !formula) return;
      // Excel has calculated every formula it shows: one that shows nothing gave empty text
      // (=IF(…,"",…)), not a figure it could not read.
      const shown: CellValue = formula && value.type === "empty" ? { type: "string", value: "" } : value;
      const cell: SnapshotCell = { row: range.top + i, col: range.left + j, value: shown };
      if (formula) cell.formula = formula;
      if (value.type === "date" || numFmt.includes("%")) cell.numFmt = numFmt;
      out.push(cell);
    }),
  );
  return out;
}
