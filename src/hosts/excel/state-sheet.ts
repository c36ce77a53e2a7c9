import { STATE_HEADER, STATE_SHEET, stateFromRows, stateToRows } from "../../app/state";
import type { AddinState } from "../../app/host";

/**
 * The add-in's state in the open workbook: the very hidden sheet of src/app/state.ts, which
 * the user does not see and the file host and the command line read as well.
 */

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export interface StateRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the read of the state sheet; `loadedState` gives it after the sync. */
export function queueLoadState(context: Excel.RequestContext): StateRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  sheet.load("id");
  return { sheet, used };
}

/** The state read (empty when the workbook has none), once synced. */
export function loadedState(read: StateRead): AddinState {
  if (read.sheet.isNullObject || read.used.isNullObject) return { settings: {}, explanations: [], markIds: [] };
  return stateFromRows(read.used.values.map((row) => row.map(text)));
}

/**
 * Queues the rewrite of the state sheet, adding it first when `exists` is false. Every cell
 * is text (`@` before the value), so a reason that begins with `=` stays a reason.
 */
export function queueSaveState(context: Excel.RequestContext, state: AddinState, exists: boolean): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  const ws = exists ? worksheets.getItem(STATE_SHEET) : worksheets.add(STATE_SHEET);
  ws.visibility = Excel.SheetVisibility.veryHidden;
  ws.getRange().clear(Excel.ClearApplyTo.contents);
  const rows = stateToRows(state);
  const range = ws.getRangeByIndexes(0, 0, rows.length, STATE_HEADER.length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
  ws.load("id");
  return ws;
}
