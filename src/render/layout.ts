import type { Lang } from "../core/i18n";
import type { ChartSpec, ReportBlock, ReportDocument } from "../core/report/document";
import { chartCaption, label } from "./labels";
import { parseNumeric, wrappedLines } from "./measure";
import type { CellStyle, PlanCell, SheetPlan } from "./sheet-plan";

export { uniqueSheetName } from "./sheet-plan";
export type { SheetPlan } from "./sheet-plan";

/** Column B holds the text, column C the cells behind it. */
const TEXT_COL = 2;
const SOURCE_COL = 3;
const WIDTHS = { gutter: 2.5, text: 90, sources: 36, extra: 14 };
/** Points per wrapped line of 11 pt CJK text, and Excel's ceiling for a row. */
const LINE_PT = 16;
const MAX_ROW_PT = 409;
const DEFAULT_ROW_PX = 20;
export const CHART_SIZE = { widthPx: 600, heightPx: 340 };

const BODY: CellStyle = { size: 11, wrap: true, valign: "top" };
const SOURCE: CellStyle = { size: 9, wrap: true, valign: "top", color: "595959" };
const HEADER: CellStyle = {
  bold: true,
  size: 10,
  wrap: true,
  align: "center",
  valign: "middle",
  fill: "F2F2F2",
  border: true,
};
const HEADING_SIZE = { 1: 14, 2: 12, 3: 11 } as const;

/** Builds the plan as it goes: one row after another. */
class SheetBuilder {
  readonly plan: SheetPlan;
  row = 1;
  maxCol = SOURCE_COL;
  charts = 0;

  constructor(
    sheetName: string,
    readonly lang: Lang,
  ) {
    this.plan = { sheetName, cells: [], merges: [], columnWidths: [], rowHeights: [], notes: [], charts: [] };
  }

  text(col: number, value: string, style: CellStyle = {}): void {
    this.plan.cells.push({ row: this.row, col, kind: "text", value, style: { ...style, numFmt: "@" } });
    this.maxCol = Math.max(this.maxCol, col);
  }

  /** A table or chart value: a number when it reads as one, else text. */
  value(col: number, value: string, style: CellStyle, numeric: boolean): void {
    const n = numeric ? parseNumeric(value) : undefined;
    if (!n) return this.text(col, value, style);
    const cell: PlanCell = {
      row: this.row,
      col,
      kind: "number",
      value: n.value,
      style: { ...style, numFmt: n.numFmt, align: "right" },
    };
    this.plan.cells.push(cell);
    this.maxCol = Math.max(this.maxCol, col);
  }

  height(points: number): void {
    if (points > 15) this.plan.rowHeights.push({ row: this.row, height: Math.min(MAX_ROW_PT, points) });
  }

  note(col: number, text: string): void {
    if (text) this.plan.notes.push({ row: this.row, col, text });
  }

  next(rows = 1): void {
    this.row += rows;
  }
}

/**
 * The report as a new worksheet: one block per row in a wide wrapped column B, the cells
 * behind each paragraph in column C, tables and chart data as real cell tables.
 */
export function layoutReportSheet(doc: ReportDocument, opts: { sheetName: string; lang: Lang }): SheetPlan {
  const b = new SheetBuilder(opts.sheetName, opts.lang);
  const blocks: ReportBlock[] = doc.blocks.some((x) => x.kind === "title")
    ? doc.blocks
    : [{ kind: "title", text: doc.title }, ...doc.blocks];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        layoutTitle(b, block.text);
        break;
      case "heading":
        b.text(TEXT_COL, block.text, { bold: true, size: HEADING_SIZE[block.level], valign: "middle" });
        b.height(block.level === 1 ? 22 : 18);
        b.next();
        break;
      case "paragraph":
        layoutParagraph(b, block);
        break;
      case "table":
        layoutTable(b, block);
        break;
      case "chart":
        layoutChart(b, block.chart);
        break;
    }
  }
  const widths = [WIDTHS.gutter, WIDTHS.text, WIDTHS.sources];
  for (let c = widths.length + 1; c <= b.maxCol; c++) widths.push(WIDTHS.extra);
  b.plan.columnWidths = widths.map((width, i) => ({ col: i + 1, width }));
  return b.plan;
}

function layoutTitle(b: SheetBuilder, text: string): void {
  b.text(TEXT_COL, text, { bold: true, size: 16, align: "center", valign: "middle", wrap: true });
  b.plan.merges.push({ top: b.row, left: TEXT_COL, bottom: b.row, right: SOURCE_COL });
  b.height(32);
  b.next();
  b.text(TEXT_COL, label("reportText", b.lang), HEADER);
  b.text(SOURCE_COL, label("sources", b.lang), HEADER);
  b.next();
}

function layoutParagraph(b: SheetBuilder, p: Extract<ReportBlock, { kind: "paragraph" }>): void {
  const sources = p.sources.join("、");
  b.text(TEXT_COL, p.text, BODY);
  if (sources) b.text(SOURCE_COL, sources, SOURCE);
  const lines = Math.max(wrappedLines(p.text, WIDTHS.text), wrappedLines(sources, WIDTHS.sources + 8));
  b.height(lines * LINE_PT + 4);
  const provenance = p.figures.map((f) => `${f.text}：${f.cells.join("、")}`);
  if (p.origin === "material") provenance.unshift(label("material", b.lang));
  b.note(TEXT_COL, provenance.join("\n"));
  b.next();
}

/** Caption (with its sources in C), header row, body rows; all bordered. */
function layoutTable(b: SheetBuilder, t: Extract<ReportBlock, { kind: "table" }>): void {
  if (t.caption || t.sources.length > 0) {
    b.text(TEXT_COL, t.caption ?? "", { bold: true, size: 11, valign: "middle" });
    if (t.sources.length > 0) b.text(SOURCE_COL, t.sources.join("、"), SOURCE);
    b.height(wrappedLines(t.sources.join("、"), WIDTHS.sources + 8) * LINE_PT);
    b.next();
  }
  t.header.forEach((h, i) => b.text(TEXT_COL + i, h, HEADER));
  b.next();
  for (const r of t.rows) {
    r.forEach((v, i) => {
      const numeric = t.numericColumns.includes(i);
      const style: CellStyle = {
        size: 10,
        wrap: true,
        valign: "middle",
        border: true,
        ...(numeric && { align: "right" }),
      };
      b.value(TEXT_COL + i, v, style, numeric);
    });
    b.next();
  }
  b.next();
}

/** The chart's data as a cell table, then room for the chart under it. */
function layoutChart(b: SheetBuilder, spec: ChartSpec): void {
  b.charts += 1;
  b.text(TEXT_COL, chartCaption(b.charts, spec.title, spec.unit, b.lang), { bold: true, size: 11, valign: "middle" });
  if (spec.sources.length > 0) b.text(SOURCE_COL, spec.sources.join("、"), SOURCE);
  b.height(wrappedLines(spec.sources.join("、"), WIDTHS.sources + 8) * LINE_PT);
  b.next();
  const top = b.row;
  b.text(TEXT_COL, label("category", b.lang), HEADER);
  spec.series.forEach((s, i) => b.text(TEXT_COL + 1 + i, s.name, HEADER));
  b.next();
  spec.categories.forEach((c, ci) => {
    b.text(TEXT_COL, c, { size: 10, border: true });
    spec.series.forEach((s, si) => b.value(TEXT_COL + 1 + si, s.values[ci] ?? "", { size: 10, border: true }, true));
    b.next();
  });
  const dataRange = { top, left: TEXT_COL, bottom: b.row - 1, right: TEXT_COL + Math.max(1, spec.series.length) };
  b.next();
  b.plan.charts.push({ spec, dataRange, anchor: { row: b.row, col: TEXT_COL, ...CHART_SIZE } });
  b.next(Math.ceil(CHART_SIZE.heightPx / DEFAULT_ROW_PX) + 1);
}
