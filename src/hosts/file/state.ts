import ExcelJS from "exceljs";
import type { AddinState } from "../../app/host";
import { STATE_SHEET, stateToRows } from "../../app/state";

/**
 * The add-in's state written into a workbook file with exceljs, as the Excel host keeps it in
 * the open workbook: the very hidden sheet of src/app/state.ts, every cell text. For the
 * browser mode's downloaded workbook, so that the command line reads its 已说明 reasons.
 */

/** Replaces the workbook's state sheet (if any) with one holding `state`. */
export function putStateSheet(wb: ExcelJS.Workbook, state: AddinState): void {
  const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === STATE_SHEET.toLowerCase());
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  stateToRows(state).forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.numFmt = "@";
      cell.value = value;
    }),
  );
}

/** A copy of the workbook with the state sheet; the input bytes are not changed. */
export async function withState(input: Uint8Array, state: AddinState): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input.slice().buffer as ExcelJS.Buffer);
  putStateSheet(wb, state);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
