import ExcelJS from "exceljs";
import type { AddinState } from "../../app/host";
import { STATE_SHEET, stateToRows } from "../../app/state";

/**
 * The add-in's state written into a workbook file with exceljs, as the Excel host keeps it in
 * the open workbook: the very hidden sheet of src/app/state.ts, every cell text. A copy; the
 * input bytes are not changed. For the browser mode's downloaded workbook.
 */
export async function withState(input: Uint8Array, state: AddinState): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input.slice().buffer as ExcelJS.Buffer);
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
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
