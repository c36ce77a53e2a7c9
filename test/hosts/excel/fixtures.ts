import JSZip from "jszip";
import { Workbook } from "exceljs";
import { EMPTY_STATE, type AddinState } from "../../../src/app/host";
import { putStateSheet } from "../../../src/hosts/file/state";
import { readChineseBuiltinFormats } from "../../../src/hosts/file/builtin-formats";
import { sampleWorkbook } from "../../../samples";
import { installFakeOffice, type FakeOffice, type FakeOptions, type FakeWorkbook } from "./fake-office";
import { fakeFromXlsx } from "./fake-office/from-xlsx";

readChineseBuiltinFormats();

/** The state the sample carries in its very hidden sheet, as an earlier session of the pane left it. */
export const SAMPLE_STATE: AddinState = {
  ...EMPTY_STATE,
  settings: { tolerance: "0.01", marks: true },
  explanations: [
    {
      fingerprint: "IND-ADJ|收支总表|预算调整率",
      rule: "IND-ADJ",
      reason: "=年中追加科技专项，已报财政批复",
      date: "2023-03-01",
    },
  ],
};

/**
 * The sample workbook as a department would have it open: one template sheet hidden, the
 * add-in's state in a very hidden sheet, a merged title, and a release date saved under
 * Chinese Excel's built-in format 31 (no format code in the file).
 */
export async function sampleWithExtras(): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load((await sampleWorkbook()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  wb.getWorksheet("自评打分")!.state = "hidden";
  wb.getWorksheet("三公经费")!.mergeCells("A1:D1");
  const date = wb.getWorksheet("项目支出")!.getCell("F5");
  date.numFmt = 'yyyy"年"m"月"d"日"';
  putStateSheet(wb, SAMPLE_STATE);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const custom = /<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"\s*\/>/.exec(
    styles,
  );
  if (!custom) throw new Error("the Chinese date format was not written");
  const builtin = styles.replace(custom[0], "").replace(new RegExp(`numFmtId="${custom[1]}"`, "g"), 'numFmtId="31"');
  zip.file("xl/styles.xml", builtin);
  return zip.generateAsync({ type: "uint8array" });
}

/** Installs the fake on the global object, as office.js would be in the pane. */
export function install(model: FakeWorkbook, options: Partial<FakeOptions> = {}): FakeOffice {
  return installFakeOffice(globalThis as unknown as Record<string, unknown>, model, options);
}

export async function sampleFake(options: Partial<FakeOptions> = {}): Promise<FakeOffice> {
  return install(await fakeFromXlsx(await sampleWithExtras()), options);
}
