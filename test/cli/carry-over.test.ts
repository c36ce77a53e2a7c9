import { strToU8, zipSync } from "fflate";
import { notCopied } from "../../src/cli/carry-over";

/** An .xlsx-like zip with the given parts besides the workbook itself. */
function xlsx(parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { "xl/workbook.xml": strToU8("<workbook/>") };
  for (const [path, content] of Object.entries(parts)) files[path] = strToU8(content);
  return zipSync(files);
}

const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"';
const drawing = (anchor: string) =>
  `<xdr:wsDr ${DRAWING_NS}><xdr:twoCellAnchor>${anchor}</xdr:twoCellAnchor></xdr:wsDr>`;
const PICTURE = '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/></xdr:nvPicPr></xdr:pic>';
const SHAPE = '<xdr:sp macro="" textlink=""><xdr:txBody/></xdr:sp>';
const CHART_FRAME =
  '<xdr:graphicFrame><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></xdr:graphicFrame>';
const SMARTART_FRAME =
  '<xdr:graphicFrame><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></xdr:graphicFrame>';

describe("notCopied: what the report copy cannot carry", () => {
  it("finds nothing in a plain workbook, nor in one whose drawings are only pictures (exceljs keeps those)", () => {
    expect(notCopied(xlsx())).toEqual([]);
    expect(notCopied(xlsx({ "xl/drawings/drawing1.xml": drawing(PICTURE), "xl/media/image1.png": "png" }))).toEqual([]);
  });

  it("finds charts by their parts, chart sheets, or a chart frame in a drawing", () => {
    expect(notCopied(xlsx({ "xl/charts/chart1.xml": "<c:chartSpace/>" }))).toEqual(["charts"]);
    expect(notCopied(xlsx({ "xl/chartsheets/sheet1.xml": "<chartsheet/>" }))).toEqual(["charts"]);
    expect(notCopied(xlsx({ "xl/drawings/drawing1.xml": drawing(CHART_FRAME) }))).toEqual(["charts"]);
  });

  it("finds shapes, text boxes and SmartArt in drawings", () => {
    expect(notCopied(xlsx({ "xl/drawings/drawing1.xml": drawing(PICTURE + SHAPE) }))).toEqual(["shapes"]);
    expect(notCopied(xlsx({ "xl/drawings/drawing2.xml": drawing(SMARTART_FRAME) }))).toEqual(["shapes"]);
  });

  it("finds pivot tables, slicers, macros, external links, connections, controls and embedded objects, in order", () => {
    const everything = xlsx({
      "xl/embeddings/oleObject1.bin": "ole",
      "xl/ctrlProps/ctrlProp1.xml": "<formControlPr/>",
      "xl/connections.xml": "<connections/>",
      "xl/externalLinks/externalLink1.xml": "<externalLink/>",
      "xl/vbaProject.bin": "vba",
      "xl/slicerCaches/slicerCache1.xml": "<slicerCacheDefinition/>",
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
    });
    expect(notCopied(everything)).toEqual([
      "pivotTables",
      "slicers",
      "macros",
      "externalLinks",
      "connections",
      "controls",
      "embeddings",
    ]);
  });

  it("finds nothing in bytes that are not a zip", () => {
    expect(notCopied(strToU8("not a zip"))).toEqual([]);
  });
});
