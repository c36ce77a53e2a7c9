import { Workbook } from "exceljs";
import { HostError } from "../../../src/app/host";
import { checkWorkbook } from "../../../src/core/check";
import type { SnapshotSheet, WorkbookSnapshot } from "../../../src/core/snapshot";
import { createExcelHost } from "../../../src/hosts/excel";
import { headRows, WEB_CELLS_PER_SYNC } from "../../../src/hosts/excel/read";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";
import { STATE_SHEET } from "../../../src/app/state";
import { key } from "./fake-office";
import { fakeFromXlsx } from "./fake-office/from-xlsx";
import { install, sampleFake, sampleWithExtras } from "./fixtures";

function sorted(sheet: SnapshotSheet): SnapshotSheet {
  const byPos = <T extends { row?: number; col?: number; top?: number; left?: number }>(a: T, b: T) =>
    (a.row ?? a.top ?? 0) - (b.row ?? b.top ?? 0) || (a.col ?? a.left ?? 0) - (b.col ?? b.left ?? 0);
  return { name: sheet.name, cells: [...sheet.cells].sort(byPos), merges: [...sheet.merges].sort(byPos) };
}

describe("reading the open workbook", () => {
  let bytes: Uint8Array;
  let file: WorkbookSnapshot;
  beforeAll(async () => {
    bytes = await sampleWithExtras();
    file = await snapshotFromBuffer(bytes);
  });

  it("gives the same snapshot as the file host, cell by cell, for every template sheet", async () => {
    install(await fakeFromXlsx(bytes));
    const excel = await createExcelHost().readSnapshot();
    const templateSheets = file.sheets.filter((s) => s.name !== STATE_SHEET);
    expect(excel.sheets.map((s) => s.name)).toEqual(templateSheets.map((s) => s.name));
    for (const sheet of templateSheets) {
      expect(sorted(excel.sheets.find((s) => s.name === sheet.name)!)).toEqual(sorted(sheet));
    }
  });

  it("covers what the comparison must see: a hidden sheet, a merge, a date under built-in format 31", () => {
    const projects = file.sheets.find((s) => s.name === "项目支出")!;
    const f5 = projects.cells.find((c) => c.row === 5 && c.col === 6);
    expect(f5).toMatchObject({ value: { type: "date" }, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(file.sheets.find((s) => s.name === "三公经费")!.merges).toContainEqual({
      top: 1,
      left: 1,
      bottom: 1,
      right: 4,
    });
    expect(file.sheets.some((s) => s.name === "自评打分")).toBe(true);
  });

  it("leaves the state sheet out, so the check gives the same findings as from the file", async () => {
    install(await fakeFromXlsx(bytes));
    const excel = await createExcelHost().readSnapshot();
    expect(excel.sheets.some((s) => s.name === STATE_SHEET)).toBe(false);
    const strip = (s: WorkbookSnapshot) => checkWorkbook(s).findings.map((f) => [f.rule, f.fingerprint, f.cells]);
    expect(strip(excel)).toEqual(strip(file));
  });

  it('reads a formula that shows nothing (=IF(…,"",…)) as empty text on both hosts, not as never calculated', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const summary = wb.getWorksheet("收支总表")!;
    const total = summary.getCell("D12");
    total.value = { formula: "SUM(D4:D11)", result: total.value as number };
    // Excel saves the empty text as an empty cached value; exceljs gives that back as no result.
    summary.getCell("D5").value = { formula: 'IF(D4>0,"",0)', result: "" };
    const saved = new Uint8Array(await wb.xlsx.writeBuffer());

    const fromFile = await snapshotFromBuffer(saved);
    install(await fakeFromXlsx(saved));
    const fromExcel = await createExcelHost().readSnapshot();
    for (const snapshot of [fromFile, fromExcel]) {
      const d5 = snapshot.sheets.find((s) => s.name === "收支总表")!.cells.find((c) => c.row === 5 && c.col === 4);
      expect(d5).toEqual({ row: 5, col: 4, value: { type: "string", value: "" }, formula: 'IF(D4>0,"",0)' });
      expect(checkWorkbook(snapshot).findings.filter((f) => f.rule === "DATA-NOCACHE")).toEqual([]);
    }
  });

  it("takes two syncs for the sample, on the desktop and on the web", async () => {
    for (const platform of ["PC", "OfficeOnline"] as const) {
      const fake = await sampleFake({ platform });
      await createExcelHost().readSnapshot();
      expect(fake.stats.syncs).toBe(2);
      expect(fake.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
    }
  });

  it("refuses a sheet whose data does not come back rather than reading it as empty", async () => {
    const fake = await sampleFake({ nullValuesFor: ["收支总表"] });
    const error = await createExcelHost()
      .readSnapshot()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage["zh-CN"]).toContain("收支总表");
    expect((error as HostError).userMessage["en-US"]).toContain("not taken as empty");
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("reading a 200,000-row 项目支出", () => {
  const ROWS = 200_000;
  const FIRST = 4;
  let model: Awaited<ReturnType<typeof fakeFromXlsx>>;
  beforeAll(async () => {
    model = await fakeFromXlsx(await sampleWithExtras());
    const sheet = model.sheets.find((s) => s.name === "项目支出")!;
    for (const k of [...sheet.cells.keys()]) if (Number(k.split(",")[0]) >= FIRST) sheet.cells.delete(k);
    for (let r = FIRST; r < FIRST + ROWS; r++) {
      sheet.cells.set(key(r, 1), { value: `项目${r}` });
      sheet.cells.set(key(r, 2), { value: "2060499", numberFormat: "@" });
      sheet.cells.set(key(r, 3), { value: r % 97 });
      sheet.cells.set(key(r, 4), { value: (r % 89) + 0.5 });
      sheet.cells.set(key(r, 5), { value: r % 83 });
    }
  });

  it("takes two syncs on the desktop, where no payload limit applies", async () => {
    const fake = install(model, { platform: "PC" });
    const snapshot = await createExcelHost().readSnapshot();
    expect(fake.stats.syncs).toBe(2);
    expect(snapshot.sheets.find((s) => s.name === "项目支出")!.cells.length).toBe(9 + 2 + ROWS * 5);
  });

  it("takes one more sync per chunk on the web, each response under 5 MB, and reads every cell", async () => {
    const fake = install(model, { platform: "OfficeOnline" });
    const steps: number[] = [];
    const snapshot = await createExcelHost().readSnapshot((p) => steps.push(p.total ?? 0));
    const head = headRows(9, WEB_CELLS_PER_SYNC);
    const chunks = Math.ceil((FIRST + ROWS - 1 - head) / Math.floor(WEB_CELLS_PER_SYNC / 9));
    expect(fake.stats.syncs).toBe(2 + chunks);
    expect(steps.at(-1)).toBe(2 + chunks);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(snapshot.sheets.find((s) => s.name === "项目支出")!.cells.length).toBe(9 + 2 + ROWS * 5);
  });
});
