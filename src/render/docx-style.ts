import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from "docx";

/**
 * How a 部门整体支出绩效评价报告 is set, after the usual 党政机关公文格式 (GB/T 9704): A4,
 * title in 二号 方正小标宋简体 (宋体 where it is not installed: the font table names it as the
 * alternative), 一、 headings in 黑体, （一） in 楷体, body in 仿宋 三号 with a two-character
 * first-line indent on a fixed 28 pt line.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 992 },
};
export const TEXT_WIDTH_TWIPS = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const LATIN = "Times New Roman";
export const FONT = {
  title: "方正小标宋简体",
  titleFallback: "宋体",
  heading1: "黑体",
  heading2: "楷体",
  body: "仿宋",
  page: "宋体",
};

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, caption: 28, table: 24, tableDense: 21, page: 28 };

/** 28 pt fixed line, in twips; two 三号 characters of indent. */
const LINE_EXACT = 560;
const INDENT_2CH = { firstLine: 640, firstLineChars: 200 };

export function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: { ascii: LATIN, hAnsi: LATIN, eastAsia: font, cs: LATIN }, size, ...extra });
}

const fixedLine = { line: LINE_EXACT, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 720, lineRule: LineRuleType.AT_LEAST, before: 0, after: LINE_EXACT },
    children: [run(text, FONT.title, SIZE.title)],
  });
}

/** `附件1：…` on a page of its own, in 黑体 at the left margin. */
export function attachmentParagraph(text: string): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    keepNext: true,
    spacing: { ...fixedLine, after: LINE_EXACT / 2 },
    children: [run(text, FONT.heading1, SIZE.body)],
  });
}

/** The 落款: department and date flush right, after an empty line. */
export function signatureParagraphs(lines: string[]): Paragraph[] {
  return [
    new Paragraph({ spacing: fixedLine, children: [] }),
    ...lines.map(
      (l) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: fixedLine,
          indent: { right: 640 },
          keepLines: true,
          keepNext: true,
          children: [run(l, FONT.body, SIZE.body)],
        }),
    ),
  ];
}

export function headingParagraph(text: string, level: 1 | 2 | 3): Paragraph {
  const font = level === 1 ? FONT.heading1 : level === 2 ? FONT.heading2 : FONT.body;
  return new Paragraph({
    spacing: fixedLine,
    indent: INDENT_2CH,
    keepNext: true,
    children: [run(text, font, SIZE.body, { bold: level === 3 })],
  });
}

/** `keepNext` holds the paragraph on the page of what follows (the 落款 never stands alone). */
export function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    keepLines: keepNext,
    alignment: AlignmentType.JUSTIFIED,
    spacing: fixedLine,
    indent: INDENT_2CH,
    children: [run(text, FONT.body, SIZE.body)],
  });
}

/** Table captions stand above the table, figure captions below the figure. */
export function captionParagraph(text: string, opts: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 120, after: 120 },
    ...opts,
    children: [run(text, FONT.body, SIZE.caption, { bold: true })],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/**
 * A bordered table across the text width: header row shaded and repeated on each page. Wide
 * tables (more than four columns) are set in 五号 so a scorecard keeps to two pages.
 */
export function reportTable(header: string[], rows: string[][], numericColumns: number[], weights?: number[]): Table {
  const cols = Math.max(header.length, ...rows.map((r) => r.length));
  const size = cols > 4 ? SIZE.tableDense : SIZE.table;
  const first = cols > 1 ? Math.round(TEXT_WIDTH_TWIPS * 0.34) : TEXT_WIDTH_TWIPS;
  const rest = cols > 1 ? Math.floor((TEXT_WIDTH_TWIPS - first) / (cols - 1)) : 0;
  const sum = weights?.reduce((a, w) => a + w, 0) ?? 0;
  const widths = Array.from({ length: cols }, (_, i) =>
    weights && sum > 0 ? Math.floor((TEXT_WIDTH_TWIPS * (weights[i] ?? 0)) / sum) : i === 0 ? first : rest,
  );
  const cell = (text: string, col: number, isHeader: boolean): TableCell =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: isHeader ? { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" } : undefined,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: isHeader
            ? AlignmentType.CENTER
            : numericColumns.includes(col)
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [run(text, FONT.body, size, { bold: isHeader })],
        }),
      ],
    });
  const row = (r: string[], isHeader: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: widths.map((_, i) => cell(r[i] ?? "", i, isHeader)),
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}
