import ExcelJS from "exceljs";
import type { AddinState } from "../../app/host";
import type { CellStyle, SheetPlan } from "../../render/sheet-plan";
import { uniqueSheetName } from "../../render/sheet-plan";
import { putStateSheet } from "./state";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
/** Excel's paper-size codes. */
const PAPER = { A4: 9 } as const;

/**
 * The input workbook with the report sheet added: a copy, the input bytes untouched. The
 * other sheets go through exceljs as loaded; the new sheet takes the plan's name, or the next
 * free `(2)`, `(3)`… when a sheet of that name exists. Charts are PNG images (exceljs cannot
 * write native charts), looked up by chart id; a chart without a PNG keeps its data table only.
 * With `state`, the add-in's state sheet is written too (in the same pass over the file).
 */
export async function addReportSheet(
  input: Uint8Array,
  plan: SheetPlan,
  charts?: Map<string, Uint8Array>,
  state?: AddinState,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // A copy, as a plain ArrayBuffer (no Node Buffer: the browser mode uses this host too).
  await wb.xlsx.load(input.slice().buffer as ExcelJS.Buffer);
  const name = uniqueSheetName(
    wb.worksheets.map((s) => s.name),
    plan.sheetName,
  );
  const setup = plan.pageSetup;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: PAPER[setup.paper],
      orientation: setup.orientation,
      scale: setup.scale,
      fitToPage: false,
      horizontalCentered: setup.centerHorizontally,
      margins: setup.margins,
    },
    headerFooter: { oddFooter: `&C${plan.footer.center}`, evenFooter: `&C${plan.footer.center}` },
  });
  applyPlan(wb, ws, plan, charts);
  if (state) putStateSheet(wb, state);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

function applyPlan(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  plan: SheetPlan,
  charts?: Map<string, Uint8Array>,
): void {
  for (const { col, width } of plan.columnWidths) ws.getColumn(col).width = width;
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    // Text is set as a plain string with the `@` format: never parsed as a formula.
    cell.value = c.kind === "text" ? String(c.value) : c.value;
    applyStyle(cell, c.kind === "text" ? { ...c.style, numFmt: "@" } : c.style);
  }
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;
  for (const n of plan.notes) ws.getCell(n.row, n.col).note = n.text;
  for (const row of plan.pageBreaks) ws.getRow(row).addPageBreak();
  for (const link of plan.links) {
    const cell = ws.getCell(link.row, link.col);
    // An in-workbook link: `#'Sheet'!A1`, with the cell's text kept as it is.
    const target = `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
    cell.value = { text: String(cell.value ?? ""), hyperlink: target, tooltip: `${link.sheet}!${link.cell}` };
  }
  for (const chart of plan.charts) {
    const png = charts?.get(chart.spec.id);
    if (!png) continue;
    const imageId = wb.addImage({ buffer: png.slice().buffer as ExcelJS.Buffer, extension: "png" });
    ws.addImage(imageId, {
      tl: { col: chart.anchor.col - 1, row: chart.anchor.row - 1 },
      ext: { width: chart.anchor.widthPx, height: chart.anchor.heightPx },
      editAs: "oneCell",
    });
  }
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.color) font.color = { argb: "FF" + s.color };
  if (Object.keys(font).length > 0) cell.font = font;
  if (s.wrap || s.align || s.valign) {
    cell.alignment = { wrapText: s.wrap, horizontal: s.align, vertical: s.valign };
  }
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + s.fill } };
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}
