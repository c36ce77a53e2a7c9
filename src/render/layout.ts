import type { Lang } from "../core/i18n";
import type { ChartSpec, FigureSource, ReportBlock, ReportDocument } from "../core/report/document";
import { chartCaption, label } from "./labels";
import { wrappedLines } from "./measure";
import { pageBreaks } from "./pages";
import {
  A4_HEIGHT_IN,
  AMOUNT_FORMAT,
  BODY,
  CHART_SIZE,
  DEFAULT_ROW_PT,
  DEFAULT_ROW_PX,
  FIRST,
  GRID,
  GRID_WIDTH,
  HEADER,
  HEADING_SIZE,
  SheetBuilder,
  capacity,
  spans,
} from "./sheet-builder";
import type { CellStyle, PlanLink, SheetPlan } from "./sheet-plan";

export { uniqueSheetName } from "./sheet-plan";
export type { SheetPlan } from "./sheet-plan";
export { CHART_SIZE, PRINT_SCALE, spans } from "./sheet-builder";

/**
 * The report as a new worksheet that prints on A4 portrait at 90 %: a paragraph spans the
 * grid (sheet-builder.ts); a table spreads its columns over it by their relative widths. Every row is as high as its wrapped
 * text needs. The 数据来源 rows link each figure to its cell; the 待补充清单 is always there.
 */

export function layoutReportSheet(doc: ReportDocument, opts: { sheetName: string; lang: Lang }): SheetPlan {
  const b = new SheetBuilder(opts.sheetName);
  const blocks: ReportBlock[] = doc.blocks.some((x) => x.kind === "title")
    ? doc.blocks
    : [{ kind: "title", text: doc.title }, ...doc.blocks];
  for (const block of blocks) layoutBlock(b, block, doc, opts.lang);
  if (doc.todo.length > 0 && !blocks.some((x) => x.kind === "attachment" && x.id === "todo")) {
    layoutBlock(b, { kind: "attachment", id: "todo", text: label("todo", opts.lang) }, doc, opts.lang);
    layoutTable(b, {
      kind: "table",
      id: "todo",
      header: [label("number", opts.lang), label("todoWhat", opts.lang), label("todoWhere", opts.lang)],
      rows: doc.todo.map((t, i) => [String(i + 1), t.what, t.where]),
      numericColumns: [],
      sources: [],
      widths: [6, 64, 30],
    });
  }
  const { top, bottom } = b.plan.pageSetup.margins;
  b.plan.pageBreaks = pageBreaks({
    heights: new Map(b.plan.rowHeights.map((h) => [h.row, h.height])),
    defaultHeight: DEFAULT_ROW_PT,
    lastRow: b.row,
    pageHeight: ((A4_HEIGHT_IN - top - bottom) * 72 * 100) / b.plan.pageSetup.scale,
    keep: b.keep,
    breakBefore: b.breakBefore,
  });
  return b.plan;
}

function layoutBlock(b: SheetBuilder, block: ReportBlock, doc: ReportDocument, lang: Lang): void {
  switch (block.kind) {
    case "title":
      b.text(0, GRID, block.text, { bold: true, size: 16, align: "center", valign: "middle", wrap: true });
      b.fit(wrappedLines(block.text, capacity(GRID * GRID_WIDTH, 16)), 20, 12);
      b.next();
      return;
    case "heading":
    case "attachment": {
      const size = block.kind === "heading" ? HEADING_SIZE[block.level] : 12;
      if (block.kind === "attachment") {
        b.next();
        b.breakBefore.push(b.row);
      }
      // A heading stays with the first row under it.
      b.keep.push({ start: b.row, end: b.row + 1 });
      b.text(0, GRID, block.text, { bold: true, size, valign: "middle", wrap: true });
      b.fit(1, size, 8);
      b.next();
      return;
    }
    case "paragraph":
      layoutParagraph(b, block, lang);
      return;
    case "signature": {
      // The 落款 never starts a page alone: it stays with the paragraph above it.
      const start = b.row - 1;
      b.next();
      for (const line of block.lines) {
        b.text(0, GRID, line, { size: 11, align: "right", valign: "middle" });
        b.next();
      }
      b.keep.push({ start, end: b.row - 1 });
      return;
    }
    case "table":
      if (block.id === "sources") layoutSources(b, block, doc.figureSources);
      else layoutTable(b, block);
      return;
    case "chart":
      layoutChart(b, block.chart, lang);
  }
}

function layoutParagraph(b: SheetBuilder, p: Extract<ReportBlock, { kind: "paragraph" }>, lang: Lang): void {
  const text = p.text;
  b.text(0, GRID, text, BODY);
  b.fit(wrappedLines(text, capacity(GRID * GRID_WIDTH, 11)));
  const provenance = p.figures.filter((f) => f.text !== "").map((f) => `${f.text}：${f.cells.join("、")}`);
  if (p.origin === "material") provenance.unshift(label("material", lang));
  if (provenance.length > 0) b.plan.notes.push({ row: b.row, col: FIRST, text: provenance.join("\n") });
  b.next();
}

type Table = Extract<ReportBlock, { kind: "table" }>;

function tableRow(
  b: SheetBuilder,
  cells: string[],
  widths: number[],
  style: (i: number) => CellStyle,
  numeric: (i: number) => boolean,
): void {
  let at = 0;
  let lines = 1;
  cells.forEach((v, i) => {
    b.value(at, widths[i], v, style(i), numeric(i));
    lines = Math.max(lines, wrappedLines(v, capacity(widths[i] * GRID_WIDTH, 10)));
    at += widths[i];
  });
  // Narrow cells break at punctuation before they are full: a long one gets a line to spare.
  b.fit(lines >= 3 ? lines + 1 : lines, 10);
  b.next();
}

/** A table's caption and header stay on the page of its first rows. */
function keepHead(b: SheetBuilder, start: number, rows: number): void {
  b.keep.push({ start, end: start + Math.min(rows, 2) + 1 });
}

/** Caption, header row, body rows; all bordered, spread over the grid. */
function layoutTable(b: SheetBuilder, t: Table): void {
  const cols = t.header.length;
  const widths = spans(t.widths ?? Array.from({ length: cols }, (_, i) => (i === 0 ? 2 : 1)));
  keepHead(b, b.row, t.rows.length);
  if (t.caption) {
    b.text(0, GRID, t.caption, { bold: true, size: 11, align: "center", valign: "middle" });
    b.next();
  }
  tableRow(
    b,
    t.header,
    widths,
    () => HEADER,
    () => false,
  );
  const body = (i: number): CellStyle => ({
    size: 10,
    wrap: true,
    valign: "middle",
    border: true,
    ...(t.numericColumns.includes(i) && { align: "right" }),
  });
  for (const r of t.rows) tableRow(b, r, widths, body, (i) => t.numericColumns.includes(i));
  b.next();
}

/** 数据来源: the same rows as the document's appendix, each cell reference a link to its cell. */
function layoutSources(b: SheetBuilder, t: Table, sources: FigureSource[]): void {
  const widths = spans(t.widths ?? t.header.map(() => 1));
  keepHead(b, b.row, t.rows.length);
  tableRow(
    b,
    t.header,
    widths,
    () => HEADER,
    () => false,
  );
  const cellCol = widths.slice(0, 3).reduce((a, w) => a + w, 0);
  const body: CellStyle = { size: 10, wrap: true, valign: "middle", border: true };
  t.rows.forEach((r, i) => {
    const first = sources[i]?.cells[0];
    const link = first ? toLink(first) : undefined;
    if (link) b.plan.links.push({ row: b.row, col: FIRST + cellCol, ...link });
    tableRow(
      b,
      r,
      widths,
      (k) => (k === 3 && link ? { ...body, color: "0563C1" } : body),
      () => false,
    );
  });
  b.next();
}

function toLink(ref: string): Omit<PlanLink, "row" | "col"> | undefined {
  const m = /^(.+)!([A-Z]{1,3}\d+)$/.exec(ref.trim());
  return m ? { sheet: m[1], cell: m[2] } : undefined;
}

/** The chart's data as a cell table (`#,##0.00`), then room for the chart under it. */
function layoutChart(b: SheetBuilder, spec: ChartSpec, lang: Lang): void {
  b.charts += 1;
  const start = b.row;
  b.text(0, GRID, chartCaption(b.charts, spec.title, spec.unit, lang), {
    bold: true,
    size: 11,
    align: "center",
    valign: "middle",
  });
  b.next();
  const top = b.row;
  // Contiguous, unmerged columns: a host that draws a native chart reads this range as it is.
  const catSpan = 1;
  const seriesSpan = 1;
  b.text(0, catSpan, label("category", lang), HEADER);
  spec.series.forEach((s, i) => b.text(catSpan + i * seriesSpan, seriesSpan, s.name, HEADER));
  b.next();
  spec.categories.forEach((c, ci) => {
    b.text(0, catSpan, c, { size: 10, border: true, wrap: true });
    b.fit(wrappedLines(c, capacity(GRID_WIDTH, 10)), 10);
    spec.series.forEach((s, si) =>
      b.value(
        catSpan + si * seriesSpan,
        seriesSpan,
        s.values[ci] ?? "",
        { size: 10, border: true },
        true,
        AMOUNT_FORMAT,
      ),
    );
    b.next();
  });
  const dataRange = {
    top,
    left: FIRST,
    bottom: b.row - 1,
    right: FIRST + catSpan + Math.max(1, spec.series.length) * seriesSpan - 1,
  };
  b.next();
  b.plan.charts.push({ spec, dataRange, anchor: { row: b.row, col: FIRST + 1, ...CHART_SIZE } });
  // The rows under the picture get an explicit height, so no host's default lets the next text under it.
  const rows = Math.ceil(CHART_SIZE.heightPx / DEFAULT_ROW_PX) + 1;
  for (let r = 0; r < rows; r++) b.plan.rowHeights.push({ row: b.row + r, height: DEFAULT_ROW_PT });
  b.next(rows);
  b.keep.push({ start, end: b.row - 1 });
}
