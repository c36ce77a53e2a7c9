import { Workbook as ExcelWorkbook, type CellValue as ExcelValue, type Workbook } from "exceljs";
import JSZip from "jszip";
import type { SnapshotCell, SnapshotSheet, WorkbookSnapshot } from "../../../src/core/snapshot";
import { snapshotFromFile } from "../../../src/hosts/file/node";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";
import { tempDir, type TempDir } from "./files";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

async function snapshotOf(build: (wb: Workbook) => void): Promise<WorkbookSnapshot> {
  return snapshotFromFile(
    await dir.workbook(`${expect.getState().currentTestName ?? "wb"}.xlsx`.replace(/[^\w.]+/g, "_"), build),
  );
}

function cell(sheet: SnapshotSheet, address: string): SnapshotCell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.cells.find((c) => c.row === Number(m[2]) && c.col === col);
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe("snapshotFromFile: values", () => {
  it("reads numbers, strings and booleans at their addresses, and leaves empty cells out", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("收支总表");
      ws.getCell("A1").value = "基本支出";
      ws.getCell("D1").value = 696.39;
      ws.getCell("B2").value = true;
      ws.getCell("C2").value = "";
      ws.getCell("C3").value = null;
    });
    expect(snap.sheets.map((s) => s.name)).toEqual(["收支总表"]);
    const s = snap.sheets[0];
    expect(s.cells).toHaveLength(3);
    expect(cell(s, "A1")).toEqual({ row: 1, col: 1, value: { type: "string", value: "基本支出" } });
    expect(cell(s, "D1")).toEqual({ row: 1, col: 4, value: { type: "number", value: 696.39 } });
    expect(cell(s, "B2")?.value).toEqual({ type: "boolean", value: true });
  });

  it("keeps the sheets in workbook order", async () => {
    const snap = await snapshotOf((wb) => {
      for (const name of ["收支总表", "基本情况", "其他"]) wb.addWorksheet(name).getCell("A1").value = name;
    });
    expect(snap.sheets.map((s) => s.name)).toEqual(["收支总表", "基本情况", "其他"]);
  });
});

describe("snapshotFromFile: formulas", () => {
  it("gives a formula's cached result as the value and the formula text without =", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("D20").value = { formula: "SUM(D13,D16)", result: 1196.3 };
      ws.getCell("D21").value = { formula: "D20-D20", result: 0 };
      ws.getCell("D22").value = { formula: 'IF(D20>0,"是","否")', result: "是" } as ExcelValue;
    });
    const s = snap.sheets[0];
    expect(cell(s, "D20")).toEqual({
      row: 20,
      col: 4,
      value: { type: "number", value: 1196.3 },
      formula: "SUM(D13,D16)",
    });
    // exceljs drops a cached 0 from `cell.value`; the reader must not.
    expect(cell(s, "D21")?.value).toEqual({ type: "number", value: 0 });
    expect(cell(s, "D22")?.value).toEqual({ type: "string", value: "是" });
  });

  it("reads a formula never calculated as empty, keeping the formula", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("S").getCell("B3").value = { formula: "B1+B2" } as ExcelValue;
    });
    expect(cell(snap.sheets[0], "B3")).toEqual({ row: 3, col: 2, value: { type: "empty" }, formula: "B1+B2" });
  });

  it("reads shared formulas with each cell's own formula and result", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.fillFormula("B1:B3", "A1*2", [2, 4, 0]);
    });
    const s = snap.sheets[0];
    expect(cell(s, "B1")).toMatchObject({ value: { type: "number", value: 2 }, formula: "A1*2" });
    expect(cell(s, "B2")).toMatchObject({ value: { type: "number", value: 4 }, formula: "A2*2" });
    expect(cell(s, "B3")).toMatchObject({ value: { type: "number", value: 0 }, formula: "A3*2" });
  });

  it("reads Excel error values, as values and as formula results", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { error: "#REF!" } as ExcelValue;
      ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelValue;
    });
    const s = snap.sheets[0];
    expect(cell(s, "A1")?.value).toEqual({ type: "error", value: "#REF!" });
    expect(cell(s, "A2")).toMatchObject({ value: { type: "error", value: "#DIV/0!" }, formula: "1/0" });
  });
});

describe("snapshotFromFile: dates and number formats", () => {
  it("reads a date cell as its ISO day with its number format, whatever the time zone", async () => {
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    try {
      const snap = await snapshotOf((wb) => {
        const ws = wb.addWorksheet("项目支出");
        ws.getCell("F4").value = utc(2022, 11, 15);
        ws.getCell("F4").numFmt = "yyyy-mm-dd";
        ws.getCell("F5").value = utc(2022, 12, 31, 23, 30);
        ws.getCell("F5").numFmt = 'yyyy"年"m"月"d"日"';
        ws.getCell("F6").value = { formula: "F4+1", result: utc(2022, 11, 16) } as ExcelValue;
        ws.getCell("F6").numFmt = "yyyy-mm-dd";
      });
      const s = snap.sheets[0];
      expect(cell(s, "F4")).toEqual({
        row: 4,
        col: 6,
        value: { type: "date", value: "2022-11-15" },
        numFmt: "yyyy-mm-dd",
      });
      expect(cell(s, "F5")?.value).toEqual({ type: "date", value: "2022-12-31" });
      expect(cell(s, "F6")).toMatchObject({ value: { type: "date", value: "2022-11-16" }, formula: "F4+1" });
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("reads a date in Chinese Excel's built-in format 31 (2022年11月15日), which has no code in the file", async () => {
    const wb = new ExcelWorkbook();
    const ws = wb.addWorksheet("项目支出");
    ws.getCell("F4").value = utc(2022, 11, 15);
    ws.getCell("F4").numFmt = 'yyyy"年"m"月"d"日"';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const custom = /<numFmt numFmtId="(\d+)"[^>]*\/>/.exec(styles)!;
    // As Chinese Excel saves it: the style refers to built-in id 31, no <numFmt> entry.
    const builtin = styles.replace(custom[0], "").replace(new RegExp(`numFmtId="${custom[1]}"`, "g"), 'numFmtId="31"');
    zip.file("xl/styles.xml", builtin);
    const path = await dir.write("builtin-31.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const f4 = cell((await snapshotFromFile(path)).sheets[0], "F4");
    expect(f4?.value).toEqual({ type: "date", value: "2022-11-15" });
    expect(f4?.numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it("keeps a percentage format, and drops formats that do not matter for reading", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("绩效目标");
      ws.getCell("E2").value = 0.95;
      ws.getCell("E2").numFmt = "0%";
      ws.getCell("E3").value = 1234.5;
      ws.getCell("E3").numFmt = "#,##0.00";
    });
    const s = snap.sheets[0];
    expect(cell(s, "E2")).toEqual({ row: 2, col: 5, value: { type: "number", value: 0.95 }, numFmt: "0%" });
    expect(cell(s, "E3")).toEqual({ row: 3, col: 5, value: { type: "number", value: 1234.5 } });
  });
});

describe("snapshotFromFile: text forms", () => {
  it("flattens rich text to its plain text", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("S").getCell("A5").value = {
        richText: [
          { text: "其中：", font: { bold: true } },
          { text: "人员经费", font: { italic: true, name: "宋体" } },
        ],
      };
    });
    expect(cell(snap.sheets[0], "A5")?.value).toEqual({ type: "string", value: "其中：人员经费" });
  });

  it("reads a hyperlink's text", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("S").getCell("A2").value = { text: "科技创新专项", hyperlink: "https://example.org/p/1" };
    });
    expect(cell(snap.sheets[0], "A2")?.value).toEqual({ type: "string", value: "科技创新专项" });
  });
});

describe("snapshotFromFile: layout", () => {
  it("lists merged ranges and gives the value only on the top-left cell", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("支出明细");
      ws.getCell("D3").value = "基本支出";
      ws.mergeCells("D3:E3");
      ws.getCell("A3").value = "科目编码";
      ws.mergeCells("A3:A4");
    });
    const s = snap.sheets[0];
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 4, bottom: 3, right: 5 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ]),
    );
    expect(s.merges).toHaveLength(2);
    expect(cell(s, "D3")?.value).toEqual({ type: "string", value: "基本支出" });
    expect(cell(s, "E3")).toBeUndefined();
    expect(cell(s, "A4")).toBeUndefined();
  });

  it("reads as the file says what other programs write: values repeated across a merge, cells without an address", async () => {
    const wb = new ExcelWorkbook();
    const ws = wb.addWorksheet("收支总表");
    ws.getCell("A1").value = "收入";
    ws.getCell("B1").value = 12;
    ws.getCell("C1").value = 34;
    ws.getCell("A2").value = "合并";
    ws.mergeCells("A2:B2");
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // Some programs repeat the top-left value in every cell of a merge, and the file format lets
    // a <c> leave out its address: it is then the cell after the previous one, or column A.
    const rewritten = xml
      .replace(/<c r="B1"/, "<c")
      .replace(/<c r="C1"/, "<c")
      .replace(/<c r="A2"/, "<c")
      .replace(/<c r="B2"[^>]*\/>/, (c) => c.replace("/>", ' t="inlineStr"><is><t>合并</t></is></c>'));
    expect(rewritten).not.toBe(xml);
    zip.file("xl/worksheets/sheet1.xml", rewritten);
    const path = await dir.write("as-written.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const s = (await snapshotFromFile(path)).sheets[0];
    expect(cell(s, "B1")?.value).toEqual({ type: "number", value: 12 });
    expect(cell(s, "C1")?.value).toEqual({ type: "number", value: 34 });
    expect(cell(s, "A2")?.value).toEqual({ type: "string", value: "合并" });
    expect(cell(s, "B2")).toBeUndefined();
  });

  it("lists hidden rows and columns and still reads their cells", async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("收支总表");
      ws.getCell("A3").value = "人员经费";
      ws.getCell("B3").value = 603.83;
      ws.getRow(3).hidden = true;
      ws.getColumn(2).hidden = true;
      ws.getColumn(4).hidden = true;
    });
    const s = snap.sheets[0];
    expect(s.hiddenRows).toEqual([3]);
    expect(s.hiddenCols).toEqual([2, 4]);
    expect(cell(s, "B3")?.value).toEqual({ type: "number", value: 603.83 });
  });

  it("leaves hiddenRows and hiddenCols out when nothing is hidden", async () => {
    const snap = await snapshotOf((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(snap.sheets[0]).toEqual({
      name: "S",
      cells: [{ row: 1, col: 1, value: { type: "number", value: 1 } }],
      merges: [],
    });
  });
});

describe("snapshotFromBuffer", () => {
  it("reads an ArrayBuffer as well as a Uint8Array", async () => {
    const { Workbook } = await import("exceljs");
    const wb = new Workbook();
    wb.addWorksheet("基本情况").getCell("B2").value = "桃江县科工局";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const fromArrayBuffer = await snapshotFromBuffer(copy as ArrayBuffer);
    expect(fromArrayBuffer).toEqual(await snapshotFromBuffer(bytes));
    expect(fromArrayBuffer.sheets[0].cells[0].value).toEqual({ type: "string", value: "桃江县科工局" });
  });
});
