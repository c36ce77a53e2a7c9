import { HostError } from "../../../src/app/host";
import { STATE_SHEET } from "../../../src/app/state";
import { checkWorkbook } from "../../../src/core/check";
import { composeReport } from "../../../src/core/report";
import { createExcelHost } from "../../../src/hosts/excel";
import { MARK_FILL } from "../../../src/hosts/excel/marks";
import { layoutReportSheet, uniqueSheetName, type SheetPlan } from "../../../src/render/layout";
import { key, type FakeOffice, type FakeSheet } from "./fake-office";
import { textPlan } from "../../fixtures/plan";
import { sampleFake } from "./fixtures";

async function reportPlan(): Promise<SheetPlan> {
  const snapshot = await createExcelHost().readSnapshot();
  const doc = composeReport(checkWorkbook(snapshot), { lang: "zh-CN" });
  return layoutReportSheet(doc, { sheetName: uniqueSheetName(snapshot.sheets.map((s) => s.name)), lang: "zh-CN" });
}

function sheet(fake: FakeOffice, name: string): FakeSheet {
  const s = fake.model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function select(fake: FakeOffice, name: string, top: number, left: number, bottom = top, right = left): void {
  const s = sheet(fake, name);
  fake.model.activeSheetId = s.id;
  fake.model.selection = { sheetId: s.id, areas: [{ top, left, bottom, right }] };
}

describe("writing the report sheet", () => {
  it("applies the plan in one sync: text as text, numbers in the plan's format, native charts, links, A4 at the plan's scale with page numbers", async () => {
    const fake = await sampleFake();
    const plan = await reportPlan();
    const before = fake.stats.syncs;
    const result = await createExcelHost().apply({ reportSheet: plan });
    expect(fake.stats.syncs - before).toBe(1);
    expect(result.reportSheetName).toBe(plan.sheetName);
    const ws = sheet(fake, plan.sheetName);
    expect(fake.model.activeSheetId).toBe(ws.id);
    for (const c of plan.cells) {
      const cell = ws.cells.get(key(c.row, c.col))!;
      expect(cell.value).toEqual(c.value);
      expect(cell.formula).toBeUndefined();
      if (c.kind === "text") expect(cell.numberFormat).toBe("@");
      else if (c.style.numFmt) expect(cell.numberFormat).toBe(c.style.numFmt);
    }
    expect(plan.cells.some((c) => c.kind === "number")).toBe(true);
    expect(ws.charts.map((c) => c.type)).toEqual(
      plan.charts.map((c) => (c.spec.type === "pie" ? "Pie" : "ColumnClustered")),
    );
    expect(ws.charts.length).toBeGreaterThan(0);
    expect(ws.merges).toHaveLength(plan.merges.length);
    expect(plan.pageSetup.scale).toBeGreaterThanOrEqual(90);
    expect(ws.props).toMatchObject({
      "pageLayout.paperSize": "A4",
      "pageLayout.orientation": "Portrait",
      "pageLayout.zoom": { scale: plan.pageSetup.scale },
      "pageLayout.leftMargin": plan.pageSetup.margins.left * 72,
      "pageLayout.headersFooters.defaultForAllPages.centerFooter": plan.footer.center,
      horizontalPageBreaks: plan.pageBreaks.map((row) => `A${row + 1}`),
    });
    expect(plan.footer.center).toContain("&P");
    expect(plan.links.length).toBeGreaterThan(0);
    for (const link of plan.links) {
      const cell = ws.cells.get(key(link.row, link.col))!;
      expect(cell.hyperlink).toBe(`'${link.sheet}'!${link.cell}`);
      expect(typeof cell.value).toBe("string");
    }
  });

  it("keeps text that looks like a formula, a number or a date as the text it is", async () => {
    const fake = await sampleFake();
    const texts = ['=HYPERLINK("http://x")', "+86 0737", "2022-11-15", "00123"];
    const plan = textPlan("报告测试", texts, "@");
    await createExcelHost().apply({ reportSheet: plan });
    const ws = sheet(fake, "报告测试");
    expect(texts.map((_, i) => ws.cells.get(key(i + 1, 1)))).toEqual(
      texts.map((value) => ({ value, numberFormat: "@" })),
    );
  });

  it("says in words when the sheet name is taken meanwhile, keeping Excel's code apart", async () => {
    await sampleFake();
    const plan = { ...(await reportPlan()), sheetName: "收支总表" };
    const error = (await createExcelHost()
      .apply({ reportSheet: plan })
      .catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.userMessage["zh-CN"]).toContain("工作表名称已被占用");
    expect(error.userMessage["en-US"]).toContain("already taken");
  });
});

describe("插入摘要", () => {
  const summary = { text: "=2022年度，本单位支出 1196.30 万元。", overwrite: false };

  it("writes the paragraph as text into the one selected cell", async () => {
    const fake = await sampleFake();
    select(fake, "报告素材", 30, 4);
    const before = fake.stats.syncs;
    expect(await createExcelHost().apply({ summary })).toEqual({});
    expect(fake.stats.syncs - before).toBe(2);
    expect(sheet(fake, "报告素材").cells.get(key(30, 4))).toEqual({ value: summary.text, numberFormat: "@" });
  });

  it("asks before overwriting a cell that holds something, and overwrites once told to", async () => {
    const fake = await sampleFake();
    select(fake, "收支总表", 1, 1);
    const original = sheet(fake, "收支总表").cells.get(key(1, 1));
    const host = createExcelHost();
    expect(await host.apply({ summary })).toEqual({ summaryNeedsConfirmation: true });
    expect(sheet(fake, "收支总表").cells.get(key(1, 1))).toEqual(original);
    await host.apply({ summary: { ...summary, overwrite: true } });
    expect(sheet(fake, "收支总表").cells.get(key(1, 1))?.value).toBe(summary.text);
  });

  it("takes a merged cell as one cell, writing into its top-left cell", async () => {
    const fake = await sampleFake();
    select(fake, "三公经费", 1, 1, 1, 4);
    await createExcelHost().apply({ summary: { ...summary, overwrite: true } });
    expect(sheet(fake, "三公经费").cells.get(key(1, 1))).toMatchObject({ value: summary.text, numberFormat: "@" });
    expect(sheet(fake, "三公经费").cells.get(key(1, 2))).toBeUndefined();
  });

  it("refuses a selection of more than one cell, saying how many are selected", async () => {
    const fake = await sampleFake();
    select(fake, "收支总表", 30, 1, 31, 2);
    const error = (await createExcelHost()
      .apply({ summary })
      .catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.userMessage["zh-CN"]).toContain("4 个单元格");
    expect(error.userMessage["en-US"]).toContain("4 cells");
  });
});

describe("going to the cells of a finding", () => {
  it("activates the sheet and selects the cells; a cross-sheet finding gets both ends selected", async () => {
    const fake = await sampleFake();
    await createExcelHost().goTo(["收支总表!D20", "支出明细!C9"]);
    expect(fake.model.activeSheetId).toBe(sheet(fake, "收支总表").id);
    expect(fake.model.selection?.areas).toEqual([{ top: 20, left: 4, bottom: 20, right: 4 }]);
    expect(sheet(fake, "支出明细").props.selection).toBe("C9");
  });

  it("skips an end on a hidden sheet, and says which sheet to unhide when every end is hidden", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    await host.goTo(["自评打分!C5", "收支总表!D20"]);
    expect(fake.model.activeSheetId).toBe(sheet(fake, "收支总表").id);
    const error = (await host.goTo(["自评打分!C5"]).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.userMessage["zh-CN"]).toContain("“自评打分”已隐藏");
    expect(error.userMessage["en-US"]).toContain("Unhide");
  });
});

describe("marks", () => {
  it("are conditional formats coloured by severity, their ids kept in the very hidden state sheet", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    const before = fake.stats.syncs;
    await host.apply({
      marks: [
        { cells: ["收支总表!D20", "支出明细!C9"], severity: "error" },
        { cells: ["项目支出!G4"], severity: "warning" },
      ],
    });
    // One write, and one to keep the ids Excel gave the new formats (and drop the earlier ones).
    expect(fake.stats.syncs - before).toBe(2);
    const state = await host.loadState();
    expect(state.markIds).toHaveLength(3);
    expect(sheet(fake, STATE_SHEET).visibility).toBe("VeryHidden");
    const summaryFormats = sheet(fake, "收支总表").conditionalFormats;
    expect(summaryFormats.map((f) => f.props["format.fill.color"])).toEqual([MARK_FILL.error]);
    expect(sheet(fake, "项目支出").conditionalFormats[0].props["format.fill.color"]).toBe(MARK_FILL.warning);
    expect(state.explanations).toHaveLength(1);
  });

  it("replace the add-in's earlier marks and never touch the user's own conditional format", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    const summarySheet = sheet(fake, "收支总表");
    summarySheet.conditionalFormats.push({
      id: "{USER-1}",
      areas: [{ top: 5, left: 4, bottom: 28, right: 4 }],
      type: "Custom",
      props: {},
    });
    await host.apply({ marks: [{ cells: ["收支总表!D20"], severity: "error" }] });
    await host.apply({ marks: [{ cells: ["收支总表!D21"], severity: "info" }] });
    expect(summarySheet.conditionalFormats.map((f) => f.id === "{USER-1}" || f.props["format.fill.color"])).toEqual([
      MARK_FILL.info,
      true,
    ]);
    await host.apply({ marks: [] });
    expect(summarySheet.conditionalFormats.map((f) => f.id)).toEqual(["{USER-1}"]);
    expect((await host.loadState()).markIds).toEqual([]);
  });

  it("are not offered where Excel lacks ExcelApi 1.14, with a sentence saying why", async () => {
    await sampleFake({ apiVersion: "1.9" });
    const caps = createExcelHost().capabilities;
    expect(caps.marks).toBe(false);
    expect(caps.unavailable?.marks?.["zh-CN"]).toContain("ExcelApi 1.14");
    await expect(createExcelHost().apply({ marks: [] })).rejects.toMatchObject({ name: "HostError", code: "ExcelApi" });
  });
});
