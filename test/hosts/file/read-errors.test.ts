import { mkdir } from "node:fs/promises";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { WorkbookReadError, type WorkbookReadErrorKind } from "../../../src/hosts/file/errors";
import { snapshotFromFile } from "../../../src/hosts/file/node";
import { tempDir, type TempDir } from "./files";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

async function readError(path: string): Promise<WorkbookReadError> {
  try {
    await snapshotFromFile(path);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error(`${path} was read without error`);
}

async function expectKind(path: string, kind: WorkbookReadErrorKind): Promise<WorkbookReadError> {
  const e = await readError(path);
  expect(e.kind).toBe(kind);
  // One line, in both languages.
  for (const line of [e.message, e.localized["zh-CN"], e.localized["en-US"]]) {
    expect(line).not.toHaveLength(0);
    expect(line).not.toContain("\n");
  }
  expect(e.message).toBe(e.localized["zh-CN"]);
  return e;
}

describe("snapshotFromFile on input that is not a readable workbook", () => {
  it("says a missing file is missing", async () => {
    await expectKind(dir.path("没有这个文件.xlsx"), "missing");
  });

  it("says a folder is not a file", async () => {
    await mkdir(dir.path("folder.xlsx"));
    await expectKind(dir.path("folder.xlsx"), "not-a-file");
  });

  it("says an empty file is empty", async () => {
    await expectKind(await dir.write("empty.xlsx", new Uint8Array()), "empty");
  });

  it("says a text file renamed .xlsx is not a workbook", async () => {
    await expectKind(await dir.write("notes.xlsx", "基本支出 696.39\n项目支出 499.91\n"), "not-a-workbook");
  });

  it("says a zip without a workbook part (a .docx, say) is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expectKind(await dir.write("report.xlsx", await zip.generateAsync({ type: "uint8array" })), "not-a-workbook");
  });

  it("says a damaged zip is not a workbook", async () => {
    const wb = new Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expectKind(await dir.write("cut.xlsx", bytes.slice(0, Math.floor(bytes.length / 2))), "not-a-workbook");
  });

  it("asks to save an OLE file (encrypted .xlsx or legacy .xls) as .xlsx", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await expectKind(await dir.write("old.xls.xlsx", ole), "encrypted-or-xls");
    expect(e.message).toBe("文件已加密或为旧版 .xls，请另存为 .xlsx");
    expect(e.localized["en-US"]).toMatch(/encrypted.*\.xls.*save it as \.xlsx/);
  });

  it("says a workbook without worksheets has no sheets", async () => {
    await expectKind(await dir.workbook("no-sheets.xlsx", () => undefined), "no-sheets");
  });
});
