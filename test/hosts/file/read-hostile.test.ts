import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { mkdir, symlink } from "node:fs/promises";
import { WorkbookReadError, type WorkbookReadErrorKind } from "../../../src/hosts/file/errors";
import { readRegularFile, snapshotFromFile } from "../../../src/hosts/file/node";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";
import { declaredUncompressedSize, MAX_UNCOMPRESSED_BYTES } from "../../../src/hosts/file/zip-size";
import { tempDir, type TempDir } from "./files";

/** Inputs built to hurt: zip bombs, pipes, devices, folders. Each is refused with its reason, at once. */

let dir: TempDir;
let xlsx: Uint8Array;
beforeAll(async () => {
  dir = await tempDir();
  const path = await dir.workbook("ok.xlsx", (wb) => wb.addWorksheet("基本情况").addRow(["单位名称", "局"]));
  xlsx = await readRegularFile(path);
});
afterAll(() => dir.remove());

async function kindOf(read: Promise<unknown>): Promise<WorkbookReadErrorKind> {
  try {
    await read;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.kind;
    throw e;
  }
  throw new Error("read without error");
}

/** A copy of a zip whose central directory declares `size` bytes for its first entry. */
function declaring(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const central = view.getUint32(i + 16, true);
    view.setUint32(central + 24, size, true);
    return copy;
  }
  throw new Error("no end of central directory");
}

describe("zip bombs: the declared uncompressed size is checked before inflating", () => {
  it("reads the declared size of an honest workbook", () => {
    const size = declaredUncompressedSize(xlsx);
    expect(size).toBeGreaterThan(xlsx.length);
    expect(size).toBeLessThan(MAX_UNCOMPRESSED_BYTES);
  });

  it("refuses a workbook declaring more than 200 MB, saying why", async () => {
    const bomb = declaring(xlsx, 1536 * 1024 * 1024);
    expect(await kindOf(snapshotFromBuffer(bomb))).toBe("too-large");
    const e = new WorkbookReadError("too-large");
    expect(e.localized["zh-CN"]).toContain("解压后超过 200 MB");
    expect(e.localized["en-US"]).toContain("more than 200 MB");
  });

  it("refuses a ZIP64 size mark (over 4 GB)", async () => {
    expect(await kindOf(snapshotFromBuffer(declaring(xlsx, 0xffffffff)))).toBe("too-large");
  });
});

describe("only regular files are read", () => {
  it("refuses a FIFO at once instead of blocking on it, also behind a symbolic link", async () => {
    const fifo = dir.path("pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await kindOf(snapshotFromFile(fifo))).toBe("not-a-file");
    await symlink(fifo, dir.path("link.xlsx"));
    expect(await kindOf(snapshotFromFile(dir.path("link.xlsx")))).toBe("not-a-file");
  });

  it("refuses a device and a folder", async () => {
    expect(await kindOf(snapshotFromFile("/dev/zero"))).toBe("not-a-file");
    await mkdir(dir.path("folder.xlsx"));
    expect(await kindOf(snapshotFromFile(dir.path("folder.xlsx")))).toBe("not-a-file");
  });

  it("refuses a file beyond the size limit before reading it", async () => {
    expect(await kindOf(readRegularFile(dir.path("ok.xlsx"), 100))).toBe("file-too-large");
  });
});

describe("sheet layouts that claim more than Excel has", () => {
  /** The workbook with `xml` put into its sheet's XML before `<sheetData>`, and after it. */
  async function withSheetXml(before: string, after = ""): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(xlsx);
    const part = "xl/worksheets/sheet1.xml";
    const sheet = await zip.file(part)!.async("string");
    zip.file(part, sheet.replace(/<sheetData/, `${before}<sheetData`).replace("</sheetData>", `</sheetData>${after}`));
    return zip.generateAsync({ type: "uint8array" });
  }

  it("reads hidden columns no further than Excel's last column, however far the file says", async () => {
    // Without the bound, two billion columns would be listed one by one.
    const bytes = await withSheetXml('<cols><col min="3" max="2000000000" width="9" hidden="1"/></cols>');
    const [sheet] = (await snapshotFromBuffer(bytes)).sheets;
    expect(sheet.hiddenCols?.[0]).toBe(3);
    expect(sheet.hiddenCols?.at(-1)).toBe(16384);
    expect(sheet.cells.map((c) => c.value)).toEqual([
      { type: "string", value: "单位名称" },
      { type: "string", value: "局" },
    ]);
  });

  it("reads a merge down a whole column, keeping its top-left cell", async () => {
    const bytes = await withSheetXml("", '<mergeCells count="1"><mergeCell ref="B1:B1048576"/></mergeCells>');
    const [sheet] = (await snapshotFromBuffer(bytes)).sheets;
    expect(sheet.merges).toEqual([{ top: 1, left: 2, bottom: 1048576, right: 2 }]);
    expect(sheet.cells.map((c) => c.value)).toEqual([
      { type: "string", value: "单位名称" },
      { type: "string", value: "局" },
    ]);
  });
});
