import { fillLocalized } from "../../core/i18n";
import { HostError } from "../../app/host";
import { HOST_MESSAGES } from "./errors";

/**
 * 插入摘要: the selected cell is looked at before anything is written. One cell, or one merged
 * cell (read where ExcelApi 1.13 tells merged areas), takes the paragraph in its top-left
 * cell; a larger selection is refused with the count.
 */

export interface SummaryLook {
  selected: Excel.Range;
  sheet: Excel.Worksheet;
  first: Excel.Range;
  merged?: Excel.RangeAreas;
}

export function queueSummaryLook(context: Excel.RequestContext, merges: boolean): SummaryLook {
  const selected = context.workbook.getSelectedRange();
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // Only the first cell's content: a whole selected column must not come back cell by cell.
  const first = selected.getCell(0, 0);
  selected.load("cellCount");
  first.load("address,values,formulas");
  sheet.load("id");
  const look: SummaryLook = { selected, sheet, first };
  if (merges) {
    look.merged = selected.getMergedAreasOrNullObject();
    look.merged.load("areaCount,cellCount");
  }
  return look;
}

function isEmpty(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** After the look's sync: throws unless it is one cell; says whether that cell holds something. */
export function summaryTargetOccupied(look: SummaryLook): boolean {
  const count = look.selected.cellCount;
  const merged = look.merged;
  const oneMerged =
    merged !== undefined && !merged.isNullObject && merged.areaCount === 1 && merged.cellCount === count;
  if (count !== 1 && !oneMerged) {
    throw new HostError(fillLocalized(HOST_MESSAGES.notOneCell, { count }), "NotOneCell");
  }
  return !isEmpty(look.first.values[0]?.[0]) || !isEmpty(look.first.formulas[0]?.[0]);
}

/** Queues the paragraph as text; returns `worksheetId|address` of the cell written. */
export function queueSummaryWrite(look: SummaryLook, text: string): string {
  look.first.numberFormat = [["@"]];
  look.first.values = [[text]];
  const address = look.first.address;
  return `${look.sheet.id}|${address.slice(address.lastIndexOf("!") + 1)}`;
}
