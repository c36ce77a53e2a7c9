import { AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun, type Table } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ChartSpec, ReportBlock, ReportDocument } from "../core/report/document";
import { chartCaption, label } from "./labels";
import {
  FONT,
  PAGE,
  SIZE,
  TEXT_WIDTH_TWIPS,
  attachmentParagraph,
  bodyParagraph,
  captionParagraph,
  headingParagraph,
  reportTable,
  signatureParagraphs,
  titleParagraph,
} from "./docx-style";

export interface DocxOptions {
  /** Shown as the file's created/modified date; fixed by default so the same report gives the same bytes. */
  date?: Date;
}

const CREATOR = "绩效自评助手";
const DEFAULT_DATE = new Date(Date.UTC(2000, 0, 1));
/** DOS time in the zip entries: 1980-01-01 00:00, the format's first day, in any time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);
/** Chart width on the page, in pixels at 96 dpi, a little narrower than the text block. */
const CHART_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 15) * 0.95);

/**
 * The report as a Word document (.docx), in Node and in the browser: A4, title, headings and
 * body set as reports are, tables as bordered Word tables, each chart as its PNG (by chart
 * id) with a caption, or as a table of its data when no PNG is given; page numbers `— 1 —`.
 */
export async function renderDocx(
  doc: ReportDocument,
  charts?: Map<string, Uint8Array>,
  opts: DocxOptions = {},
): Promise<Uint8Array> {
  const document = new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: doc.title,
    subject: doc.unitName,
    styles: {
      default: {
        document: {
          run: { font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: FONT.body }, size: SIZE.body },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: pageNumberFooter() },
        children: body(doc, charts ?? new Map()),
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return normalise(packed, opts.date ?? DEFAULT_DATE);
}

function body(doc: ReportDocument, charts: Map<string, Uint8Array>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const blocks: ReportBlock[] = doc.blocks.some((b) => b.kind === "title")
    ? doc.blocks
    : [{ kind: "title", text: doc.title }, ...doc.blocks];
  let figures = 0;
  for (const [i, block] of blocks.entries()) {
    // Before a page break (an attachment) or at the end, a spacer would only start an empty page.
    const lastOnPage = i === blocks.length - 1 || blocks[i + 1].kind === "attachment";
    switch (block.kind) {
      case "title":
        out.push(titleParagraph(block.text));
        break;
      case "heading":
        out.push(headingParagraph(block.text, block.level));
        break;
      case "paragraph":
        out.push(bodyParagraph(block.text, blocks[i + 1]?.kind === "signature"));
        break;
      case "table":
        if (block.caption) out.push(captionParagraph(block.caption, { keepNext: true }));
        out.push(reportTable(block.header, block.rows, block.numericColumns, block.widths));
        if (!lastOnPage) out.push(spacer());
        break;
      case "attachment":
        out.push(attachmentParagraph(block.text));
        break;
      case "signature":
        out.push(...signatureParagraphs(block.lines));
        break;
      case "chart":
        figures += 1;
        out.push(...chart(block.chart, figures, charts.get(block.chart.id), doc));
        break;
    }
  }
  return out;
}

function chart(spec: ChartSpec, n: number, png: Uint8Array | undefined, doc: ReportDocument): (Paragraph | Table)[] {
  const caption = chartCaption(n, spec.title, spec.unit, doc.lang);
  if (!png) {
    // No picture (e.g. no PNG renderer in this host): the chart's data, as a table.
    const rows = spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i] ?? "")]);
    const numeric = spec.series.map((_, i) => i + 1);
    return [
      captionParagraph(caption, { keepNext: true }),
      reportTable([label("category", doc.lang), ...spec.series.map((s) => s.name)], rows, numeric),
      spacer(),
    ];
  }
  const image = new ImageRun({
    type: "png",
    data: png,
    transformation: { width: CHART_WIDTH_PX, height: Math.round(CHART_WIDTH_PX * pngAspect(png)) },
    // An explicit id: docx would otherwise count on across documents, so two renders would differ.
    altText: { id: String(n), name: `chart-${n}`, title: spec.title, description: caption },
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [image],
    }),
    captionParagraph(caption),
  ];
}

/** Height / width from the PNG header (IHDR), so any chart size keeps its proportions. */
function pngAspect(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = png.byteLength >= 24 ? view.getUint32(16) : 0;
  return width > 0 ? view.getUint32(20) / width : 9 / 16;
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 280 }, children: [] });
}

/** `— 1 —`, centred, in 宋体 四号. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: { ascii: FONT.page, eastAsia: FONT.page },
            size: SIZE.page,
          }),
        ],
      }),
    ],
  });
}

/** Names 宋体 as the alternative of the title font, for machines without 方正小标宋简体. */
function withTitleFallback(xml: string): string {
  if (xml.includes(`w:name="${FONT.title}"`)) return xml;
  const entry =
    `<w:font w:name="${FONT.title}"><w:altName w:val="${FONT.titleFallback}"/>` +
    `<w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font>`;
  // docx writes an empty, self-closing font table when no font is embedded.
  if (/<w:fonts[^>]*\/>\s*$/.test(xml)) return xml.replace(/<w:fonts([^>]*)\/>\s*$/, `<w:fonts$1>${entry}</w:fonts>`);
  return xml.replace(/<\/w:fonts>\s*$/, `${entry}</w:fonts>`);
}

/**
 * Same report, same bytes: the created/modified dates in docProps/core.xml take the given
 * date, and the zip is written again with fixed entry times.
 */
function normalise(packed: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(packed);
  const core = files["docProps/core.xml"];
  if (core) {
    const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
    const xml = strFromU8(core).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_, open: string, _tag: string, close: string) => `${open}${iso}${close}`,
    );
    files["docProps/core.xml"] = strToU8(xml);
  }
  const fonts = files["word/fontTable.xml"];
  if (fonts) files["word/fontTable.xml"] = strToU8(withTitleFallback(strFromU8(fonts)));
  // [Content_Types].xml first, as Office itself writes it; then the parts in docx's order.
  const ordered = { "[Content_Types].xml": files["[Content_Types].xml"], ...files };
  return zipSync(ordered, { level: 6, mtime: ZIP_TIME });
}
