import { a1 } from "../../core/snapshot";
import type { CellStyle, PlanChart, SheetPlan } from "../../render/sheet-plan";

/**
 * Queues a SheetPlan onto a new worksheet: the same plan the file host writes with exceljs,
 * here with native Excel charts over the data the plan wrote, and a printable page setup.
 */

const THIN_BORDER = "#BFBFBF";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** Points per pixel. */
const PT_PER_PX = 0.75;
/** Points per inch, for the plan's margins. */
const PT_PER_INCH = 72;
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", middle: "Center" } as const;

/** Excel character units (as the plan gives widths) to the points office-js sets. */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * PT_PER_PX * 100) / 100;
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.wrap) f.wrapText = true;
  if (s.align) f.horizontalAlignment = ALIGN[s.align];
  if (s.valign) f.verticalAlignment = VALIGN[s.valign];
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = THIN_BORDER;
    }
  }
}

function addChart(ws: Excel.Worksheet, chart: PlanChart): void {
  const d = chart.dataRange;
  const source = ws.getRange(`${a1(d.top, d.left)}:${a1(d.bottom, d.right)}`);
  const type = chart.spec.type === "pie" ? Excel.ChartType.pie : Excel.ChartType.columnClustered;
  const c = ws.charts.add(type, source, Excel.ChartSeriesBy.columns);
  c.title.text = chart.spec.title;
  c.setPosition(a1(chart.anchor.row, chart.anchor.col));
  c.width = chart.anchor.widthPx * PT_PER_PX;
  c.height = chart.anchor.heightPx * PT_PER_PX;
}

/** Queues the whole sheet; `notes` says whether this Excel can add notes (ExcelApi 1.18). */
export function queueReportSheet(context: Excel.RequestContext, plan: SheetPlan, notes: boolean): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(plan.sheetName);
  for (const { col, width } of plan.columnWidths) {
    ws.getRangeByIndexes(0, col - 1, 1, 1).getEntireColumn().format.columnWidth = columnPoints(width);
  }
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row - 1, c.col - 1);
    // Text gets the text format before its value: `=…` stays text, dates are not re-parsed.
    if (c.kind === "text") cell.numberFormat = [["@"]];
    else if (c.style.numFmt) cell.numberFormat = [[c.style.numFmt]];
    cell.values = [[c.value]];
    applyStyle(cell, c.style);
  }
  for (const m of plan.merges) ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
  for (const { row, height } of plan.rowHeights) {
    ws.getRangeByIndexes(row - 1, 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
  for (const link of plan.links) {
    // An internal link: the cell keeps the text the plan wrote; a click goes to the source cell.
    ws.getCell(link.row - 1, link.col - 1).hyperlink = { documentReference: `'${link.sheet}'!${link.cell}` };
  }
  if (notes) for (const n of plan.notes) ws.notes.add(a1(n.row, n.col), n.text);
  for (const chart of plan.charts) addChart(ws, chart);

  const setup = plan.pageSetup;
  const page = ws.pageLayout;
  page.paperSize = Excel.PaperType.a4;
  page.orientation =
    setup.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  // The plan's column widths fit the page at this scale, so no fit-to-width shrinking.
  page.zoom = { scale: setup.scale };
  page.leftMargin = setup.margins.left * PT_PER_INCH;
  page.rightMargin = setup.margins.right * PT_PER_INCH;
  page.topMargin = setup.margins.top * PT_PER_INCH;
  page.bottomMargin = setup.margins.bottom * PT_PER_INCH;
  page.headerMargin = setup.margins.header * PT_PER_INCH;
  page.footerMargin = setup.margins.footer * PT_PER_INCH;
  page.centerHorizontally = setup.centerHorizontally;
  page.headersFooters.defaultForAllPages.centerFooter = plan.footer.center;
  for (const row of plan.pageBreaks) ws.horizontalPageBreaks.add(a1(row + 1, 1));
  ws.load("id,name");
  return ws;
}
