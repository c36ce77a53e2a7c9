import ExcelJS from "exceljs";
import { addReportSheet } from "../../../src/hosts/file/report-workbook";
import { layoutReportSheet } from "../../../src/render/layout";
import { reportFixture } from "../../render/fixtures";

// A 1×1 PNG, enough to check that the chart image is placed where the plan says.
const PNG_1PX = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** A small 决算 workbook with what must survive: values, cached formulas, styles, merges. */
async function inputWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("收支总表");
  s.getColumn(2).width = 28;
  s.mergeCells("B2:E2");
  s.getCell("B2").value = "收入支出决算总表";
  s.getCell("B2").font = { bold: true, size: 16, name: "宋体" };
  s.getCell("B2").alignment = { horizontal: "center" };
  s.getRow(2).height = 30;
  s.getCell("B13").value = "基本支出";
  s.getCell("D13").value = 696.39;
  s.getCell("B16").value = "项目支出";
  s.getCell("D16").value = 499.91;
  s.getCell("B20").value = "本年支出合计";
  s.getCell("D20").value = { formula: "SUM(D13,D16)", result: 1196.3 };
  s.getCell("E20").value = { formula: "D20/D21", result: 0.951 };
  s.getCell("D21").value = 1257.94;
  for (const a of ["D13", "D16", "D20", "D21"]) {
    s.getCell(a).numFmt = "#,##0.00";
    s.getCell(a).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  s.getCell("E20").numFmt = "0.00%";
  s.getCell("B20").font = { bold: true };
  s.getCell("D20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  s.getCell("B22").value = "+单位名称";
  s.getCell("C22").value = { formula: 'IF(D20>0,"有支出","")', result: "有支出" };
  s.addConditionalFormatting({
    ref: "D13:D16",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["500"],
        priority: 1,
        style: { font: { color: { argb: "FFFF0000" } } },
      },
    ],
  });
  const d = wb.addWorksheet("支出明细");
  d.addRow(["科目编码", "科目名称", "基本支出", "项目支出"]).font = { bold: true };
  d.addRow(["206", "科学技术支出", 0, 225.21]);
  d.addRow(["210", "卫生健康支出", 0, 200.65]);
  d.getCell("E4").value = { formula: "SUM(D2:D3)", result: 425.86 };
  d.mergeCells("A6:B7");
  const old = wb.addWorksheet("绩效评价报告");
  old.getCell("A1").value = "去年的报告，不得覆盖";
  old.getCell("A1").font = { italic: true, color: { argb: "FF0070C0" } };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every cell of a sheet as address → value, formula, type and style. */
function cellMap(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const m = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      m.set(c.address, { value: c.value, formula: c.formula, type: c.type, style: c.style }),
    ),
  );
  return m;
}

/** exceljs keeps them on the sheet but leaves them out of its typings. */
function conditionalFormats(ws: ExcelJS.Worksheet): unknown {
  return (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (typeof note === "string" || note === undefined) return note ?? "";
  return (note.texts ?? []).map((t) => t.text).join("");
}

async function addReport(): Promise<{ input: Uint8Array; before: Uint8Array; out: ExcelJS.Workbook }> {
  const input = await inputWorkbook();
  const before = input.slice();
  const plan = layoutReportSheet(reportFixture(), { sheetName: "绩效评价报告", lang: "zh-CN" });
  const bytes = await addReportSheet(input, plan, new Map([["chart-expenditure-by-class", PNG_1PX]]));
  return { input, before, out: await open(bytes) };
}

describe("addReportSheet", () => {
  let run: Awaited<ReturnType<typeof addReport>>;
  beforeAll(async () => {
    run = await addReport();
  });

  it("adds 绩效评价报告(2) when 绩效评价报告 exists, after the original sheets", () => {
    expect(run.out.worksheets.map((w) => w.name)).toEqual(["收支总表", "支出明细", "绩效评价报告", "绩效评价报告(2)"]);
  });

  it("leaves the input bytes unchanged", () => {
    expect(Buffer.compare(Buffer.from(run.input), Buffer.from(run.before))).toBe(0);
  });

  it("keeps every original cell's value, formula, cached result and style", async () => {
    const src = await open(run.input);
    for (const ws of src.worksheets) {
      const a = cellMap(ws);
      const b = cellMap(run.out.getWorksheet(ws.name)!);
      expect(a.size).toBeGreaterThan(0);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [address, cell] of a)
        expect({ address, ...(b.get(address) as object) }).toEqual({ address, ...(cell as object) });
    }
  });

  it("keeps merges, widths, heights and conditional formats of the original sheets", async () => {
    const src = await open(run.input);
    for (const ws of src.worksheets) {
      const out = run.out.getWorksheet(ws.name)!;
      expect([...out.model.merges].sort()).toEqual([...ws.model.merges].sort());
      expect(out.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
      expect(conditionalFormats(out)).toEqual(conditionalFormats(ws));
    }
    const s = run.out.getWorksheet("收支总表")!;
    expect(s.model.merges).toEqual(["B2:E2"]);
    expect(s.getRow(2).height).toBe(30);
    expect(s.getColumn(2).width).toBe(28);
  });

  it("keeps the figures themselves: SUM with its cached 1196.30, bold, yellow fill, #,##0.00, borders", () => {
    const d20 = run.out.getWorksheet("收支总表")!.getCell("D20");
    expect(d20.value).toEqual({ formula: "SUM(D13,D16)", result: 1196.3 });
    expect(d20.numFmt).toBe("#,##0.00");
    expect(d20.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(d20.border.top).toEqual(THIN);
    expect(run.out.getWorksheet("收支总表")!.getCell("B20").font.bold).toBe(true);
    expect(run.out.getWorksheet("绩效评价报告")!.getCell("A1").value).toBe("去年的报告，不得覆盖");
  });

  it("writes =HYPERLINK(…) and a +name as strings, not formulas", () => {
    const rep = run.out.getWorksheet("绩效评价报告(2)")!;
    const cells: ExcelJS.Cell[] = [];
    rep.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const link = cells.find((c) => String(c.value).startsWith("=HYPERLINK"))!;
    expect(link.type).toBe(ExcelJS.ValueType.String);
    expect(link.formula).toBeUndefined();
    expect(link.value).toBe('=HYPERLINK("http://x","点击")');
    expect(link.numFmt).toBe("@");
    const plus = cells.find((c) => String(c.value).startsWith("+1"))!;
    expect(plus.type).toBe(ExcelJS.ValueType.String);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
  });

  it("lays out the report as planned: title, sources, numbers, notes and the chart image", () => {
    const plan = layoutReportSheet(reportFixture(), { sheetName: "绩效评价报告", lang: "zh-CN" });
    const rep = run.out.getWorksheet("绩效评价报告(2)")!;
    expect(rep.getCell("B1").value).toBe("桃江县科工局2022年度部门整体支出绩效评价报告");
    expect(rep.getCell("B1").font.bold).toBe(true);
    expect(rep.model.merges).toContain("B1:K1");
    expect(rep.getColumn(2).width).toBe(plan.columnWidths[1].width);
    const linked = new Set(plan.links.map((l) => `${l.row},${l.col}`));
    for (const c of plan.cells.filter((x) => !linked.has(`${x.row},${x.col}`)))
      expect(rep.getCell(c.row, c.col).value).toBe(c.value);
    expect(plan.notes.length).toBeGreaterThan(3);
    for (const n of plan.notes) expect(noteText(rep.getCell(n.row, n.col).note)).toBe(n.text);
    const images = rep.getImages();
    expect(images).toHaveLength(1);
    const bar = plan.charts.find((c) => c.spec.id === "chart-expenditure-by-class")!;
    expect(images[0].range.tl.nativeRow).toBe(bar.anchor.row - 1);
    expect(images[0].range.tl.nativeCol).toBe(bar.anchor.col - 1);
  });

  it("prints A4 portrait at the plan's scale with the page number in the footer, and links figures to their cells", () => {
    const plan = layoutReportSheet(reportFixture(), { sheetName: "绩效评价报告", lang: "zh-CN" });
    const rep = run.out.getWorksheet("绩效评价报告(2)")!;
    expect(rep.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", scale: plan.pageSetup.scale });
    expect(rep.pageSetup.fitToPage).toBeFalsy();
    expect(rep.headerFooter.oddFooter).toBe("&C— &P —");
    const link = plan.links[0];
    expect(rep.getCell(link.row, link.col).value).toMatchObject({
      text: "收支总表!D23",
      hyperlink: "#'收支总表'!D23",
    });
  });
});
