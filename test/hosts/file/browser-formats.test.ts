import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChineseBuiltinFormats, withChineseBuiltinFormats } from "../../../src/hosts/file/browser-formats";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";

// This file never loads builtin-formats.ts, so exceljs here lacks the zh-CN codes as its browser
// bundle does: the bytes alone must carry them.

/** A workbook whose date cell F4 uses built-in id 31 with no code in the file, as Chinese Excel saves it. */
async function chineseDateWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出");
  ws.getCell("F4").value = new Date(Date.UTC(2022, 10, 15));
  ws.getCell("F4").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("A1").value = "项目名称";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const custom = /<numFmt numFmtId="(\d+)"[^>]*\/>/.exec(styles)!;
  zip.file(
    "xl/styles.xml",
    styles.replace(custom[0], "").replace(new RegExp(`numFmtId="${custom[1]}"`, "g"), 'numFmtId="31"'),
  );
  return zip.generateAsync({ type: "uint8array" });
}

const f4 = async (bytes: Uint8Array) =>
  (await snapshotFromBuffer(bytes)).sheets[0].cells.find((c) => c.row === 4 && c.col === 6);

describe("Chinese built-in date formats for the browser's exceljs", () => {
  it("reads 2022年11月15日 as a date once the code is written into the styles", async () => {
    const bytes = await chineseDateWorkbook();
    expect((await f4(bytes))?.value.type).toBe("number");
    const cell = await f4(withChineseBuiltinFormats(bytes));
    expect(cell?.value).toEqual({ type: "date", value: "2022-11-15" });
  });

  it("leaves a workbook that needs nothing byte for byte as it was", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基本情况").getCell("A1").value = "单位名称";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(withChineseBuiltinFormats(bytes)).toBe(bytes);
    const notZip = new TextEncoder().encode("plain text");
    expect(withChineseBuiltinFormats(notZip)).toBe(notZip);
  });

  it("adds the codes beside existing ones, counted, and keeps the file's own codes", () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>' +
      '<cellXfs><xf numFmtId="164"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const out = addChineseBuiltinFormats(styles);
    expect(out).toContain('<numFmts count="3">');
    expect(out).toContain('<numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>');
    expect(out).toContain('<numFmt numFmtId="57" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>');
    expect(out).toContain('<numFmt numFmtId="164" formatCode="0.00%"/>');
    expect(out).not.toContain('numFmtId="14" formatCode');
  });
});
