import { Workbook, type Worksheet } from "exceljs";
import type { CellInput, SnapshotSheet } from "../../../src/core/snapshot";
import { TEMPLATE } from "../../../src/core/template";
import { layoutTemplate, type LaidOutSheet } from "../../../src/core/template-layout";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";
import { AMOUNT_FORMAT, workbookFromLayout } from "../../../src/hosts/file/write";

async function excel(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return wb;
}

function sheet(sheets: SnapshotSheet[], name: string): SnapshotSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function valueAt(s: SnapshotSheet, row: number, col: number) {
  return s.cells.find((c) => c.row === row && c.col === col);
}

/** The row (1-based) whose column A holds `label`. */
function rowOf(ws: Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row ${label}`);
}

describe("workbookFromLayout: the empty template", () => {
  let laid: LaidOutSheet[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    laid = layoutTemplate({}, "all");
    bytes = await workbookFromLayout(laid);
  });

  it("reads back with every template sheet, in template order, and the same labels at the same cells", async () => {
    const snap = await snapshotFromBuffer(bytes);
    expect(snap.sheets.map((s) => s.name)).toEqual(TEMPLATE.map((d) => d.key));
    for (const l of laid) {
      const s = sheet(snap.sheets, l.name);
      l.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "string") expect(valueAt(s, i + 1, j + 1)?.value).toEqual({ type: "string", value: v });
        }),
      );
      expect(s.merges).toEqual(expect.arrayContaining(l.merges));
      expect(s.merges).toHaveLength(l.merges.length);
    }
  });

  it("formats amount cells #,##0.00, styles the header, and freezes it", async () => {
    const wb = await excel(bytes);
    const ws = wb.getWorksheet("收支总表")!;
    const header = laid.find((l) => l.key === "收支总表")!.headerRows[0];
    const r = rowOf(ws, "项目支出");
    for (let c = 2; c <= 5; c++) expect(ws.getCell(r, c).numFmt).toBe(AMOUNT_FORMAT);
    expect(ws.getCell(r, 1).numFmt).toBeUndefined();
    expect(ws.getCell(header, 4).font?.bold).toBe(true);
    expect(ws.getCell(header, 4).fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    expect(ws.getColumn(1).width).toBe(32);
  });

  it("leaves the key–value sheet 基本情况 unfrozen and its counts unformatted", async () => {
    const wb = await excel(bytes);
    const ws = wb.getWorksheet("基本情况")!;
    expect((ws.views ?? []).some((v) => v.state === "frozen")).toBe(false);
    expect(ws.getCell(rowOf(ws, "年度"), 2).numFmt).toBeUndefined();
  });
});

describe("workbookFromLayout: filled sheets", () => {
  const project = (name: CellInput): LaidOutSheet[] =>
    layoutTemplate(
      {
        info: { 单位名称: '=HYPERLINK("x")', 年度: 2022 },
        projects: {
          rows: [
            {
              项目名称: name,
              实际支出数: 40,
              指标下达日期: { date: "2022-11-15" },
              年末结转结余: { formula: "D4-E4", value: 10 },
            },
            { 项目名称: "+86 热线", 实际支出数: { value: 1.5, numFmt: "0.0" }, 备注: "@ 科技股" },
            { 项目名称: "-号项目", 实际支出数: { error: "#REF!" } },
          ],
        },
      },
      "given",
    );

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const snap = await snapshotFromBuffer(await workbookFromLayout(project('=HYPERLINK("x")')));
    const all = snap.sheets.flatMap((s) => s.cells);
    const texts = ['=HYPERLINK("x")', "+86 热线", "@ 科技股", "-号项目"];
    for (const t of texts) {
      const c = all.find((x) => x.value.type === "string" && x.value.value === t);
      expect(c).toBeDefined();
      expect(c?.formula).toBeUndefined();
    }
    expect(all.filter((c) => c.formula !== undefined).map((c) => c.formula)).toEqual(["D4-E4"]);
  });

  it("writes dates as dates, formulas with their cached value, error values and given formats", async () => {
    const laid = project("5G基站建设补助");
    const snap = await snapshotFromBuffer(await workbookFromLayout(laid));
    const s = sheet(snap.sheets, "项目支出");
    const first = laid.find((l) => l.key === "项目支出")!.headerRows[0] + 1;
    expect(valueAt(s, first, 6)).toEqual({
      row: first,
      col: 6,
      value: { type: "date", value: "2022-11-15" },
      numFmt: "yyyy-mm-dd",
    });
    expect(valueAt(s, first, 7)).toMatchObject({ value: { type: "number", value: 10 }, formula: "D4-E4" });
    expect(valueAt(s, first + 2, 5)?.value).toEqual({ type: "error", value: "#REF!" });

    const ws = (await excel(await workbookFromLayout(laid))).getWorksheet("项目支出")!;
    expect(ws.getCell(first, 5).numFmt).toBe(AMOUNT_FORMAT);
    expect(ws.getCell(first + 1, 5).numFmt).toBe("0.0");
  });

  it("sets bold on total rows and the two-row header's merges of 支出明细", async () => {
    const laid = layoutTemplate({
      expenditure: {
        rows: [{ 科目编码: "206", 科目名称: "科学技术支出", 合计: 225.21, 项目支出: 225.21 }],
        total: { 合计: 225.21, 项目支出: 225.21 },
      },
    });
    const detail = laid.find((l) => l.key === "支出明细")!;
    const ws = (await excel(await workbookFromLayout(laid))).getWorksheet("支出明细")!;
    const total = detail.rows.length;
    expect(ws.getCell(total, 2).value).toBe("合计");
    expect(ws.getCell(total, 3).font?.bold).toBe(true);
    expect(ws.getCell(total, 3).numFmt).toBe(AMOUNT_FORMAT);
    expect(ws.getCell(detail.headerRows[0], 4).isMerged).toBe(true);
    expect(ws.getCell(detail.headerRows[1], 4).value).toBe("人员经费");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: detail.headerRows[1] });
  });
});
