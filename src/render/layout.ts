import type { Lang } from "../core/i18n";
import type { ChartSpec, FigureSource, ReportBlock, ReportDocument } from "../core/report/document";
import { chartCaption, label } from "./labels";
import { parseNumeric, wrappedLines } from "./measure";
import type { CellStyle, PlanCell, PlanLink, SheetPlan } from "./sheet-plan";

export { uniqueSheetName } from "./sheet-plan";
export type { SheetPlan } from "./sheet-plan";

/**
 * The report as a new worksheet that prints on A4 portrait at 90 %: column A is a gutter,
 * columns B–K a grid of ten equal columns. A paragraph spans the whole grid; a table spreads
 * its columns over the grid by their relative widths. Every row is as high as its wrapped
 * text needs. The 数据来源 rows link each figure to its cell; the 待补充清单 is always there.
 */

const FIRST = 2;
const GRID = 10;
/** Ten columns of 9.2 leave room on A4 at 90 % for fonts wider than Excel's default. */
const GRID_WIDTH = 9.2;
const GUTTER = 2;
export const PRINT_SCALE = 90;
/** Points per wrapped line of 11 pt CJK text, and Excel's ceiling for a row. */
const LINE_PT = 15;
const MAX_ROW_PT = 409;
const DEFAULT_ROW_PX = 20;
const DEFAULT_ROW_PT = 15;
export const CHART_SIZE = { widthPx: 600, heightPx: 340 };
/** `#,##0.00` amounts, `0.00%` rates: what a finance reader expects. */
const AMOUNT_FORMAT = "#,##0.00";

const BODY: CellStyle = { size: 11, wrap: true, valign: "top" };
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

/** Half-width characters a wrapped cell of `width` (Excel character units) holds on one line. */
function capacity(width: number, size: number): number {
  return Math.max(4, Math.floor(((width * 7 + 5) / ((size * 4) / 3)) * 2 * 0.92));
}

class SheetBuilder {
  readonly plan: SheetPlan;
  row = 1;
  charts = 0;

  constructor(sheetName: string) {
    this.plan = {
      sheetName,
      cells: [],
      merges: [],
      columnWidths: [
        { col: 1, width: GUTTER },
        ...Array.from({ length: GRID }, (_, i) => ({ col: FIRST + i, width: GRID_WIDTH })),
      ],
      rowHeights: [],
      notes: [],
      charts: [],
      links: [],
      pageSetup: {
        paper: "A4",
        orientation: "portrait",
        scale: PRINT_SCALE,
        margins: { left: 0.6, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
      },
      footer: { center: "— &P —" },
    };
  }

  /** Text over grid columns `from`..`from + span - 1` (0-based), merged when wider than one. */
  text(from: number, span: number, value: string, style: CellStyle = {}): void {
    this.plan.cells.push({ row: this.row, col: FIRST + from, kind: "text", value, style: { ...style, numFmt: "@" } });
    this.merge(from, span);
  }

  value(from: number, span: number, value: string, style: CellStyle, numeric: boolean, format?: string): void {
    const n = numeric ? parseNumeric(value) : undefined;
    if (!n) return this.text(from, span, value, style);
    const numFmt =
      format ?? (n.numFmt.endsWith("%") ? n.numFmt : n.numFmt === "0" ? "#,##0" : `#,##0${n.numFmt.slice(1)}`);
    const cell: PlanCell = {
      row: this.row,
      col: FIRST + from,
      kind: "number",
      value: n.value,
      style: { ...style, numFmt, align: "right" },
    };
    this.plan.cells.push(cell);
    this.merge(from, span);
  }

  private merge(from: number, span: number): void {
    if (span > 1)
      this.plan.merges.push({ top: this.row, left: FIRST + from, bottom: this.row, right: FIRST + from + span - 1 });
  }

  /** The row's height from the lines its tallest cell needs. */
  fit(lines: number, size = 11, extra = 4): void {
    const points = Math.min(MAX_ROW_PT, Math.ceil(lines * (size <= 10 ? LINE_PT - 1.5 : LINE_PT) + extra));
    if (points > 15) this.plan.rowHeights.push({ row: this.row, height: points });
  }

  next(rows = 1): void {
    this.row += rows;
  }
}

/** Grid columns per table column, in proportion to `weights`, each at least one. */
export function spans(weights: number[]): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  const raw = weights.map((w) => Math.max(1, (w / total) * GRID));
  const out = raw.map((r) => Math.max(1, Math.floor(r)));
  while (out.reduce((a, s) => a + s, 0) < GRID) {
    const i = raw.map((r, k) => r - out[k]).reduce((best, d, k, all) => (d > all[best] ? k : best), 0);
    out[i] += 1;
    raw[i] = out[i];
  }
  while (out.reduce((a, s) => a + s, 0) > GRID) out[out.indexOf(Math.max(...out))] -= 1;
  return out;
}

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
      if (block.kind === "attachment") b.next();
      b.text(0, GRID, block.text, { bold: true, size, valign: "middle", wrap: true });
      b.fit(1, size, 8);
      b.next();
      return;
    }
    case "paragraph":
      layoutParagraph(b, block, lang);
      return;
    case "signature":
      b.next();
      for (const line of block.lines) {
        b.text(0, GRID, line, { size: 11, align: "right", valign: "middle" });
        b.next();
      }
      return;
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
  b.fit(lines, 10);
  b.next();
}

/** Caption, header row, body rows; all bordered, spread over the grid. */
function layoutTable(b: SheetBuilder, t: Table): void {
  const cols = t.header.length;
  const widths = spans(t.widths ?? Array.from({ length: cols }, (_, i) => (i === 0 ? 2 : 1)));
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
}
