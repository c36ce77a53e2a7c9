import { reconcileExplanations, STATE_SHEET } from "../../../src/app/state";
import { checkWorkbook } from "../../../src/core/check";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { createExcelHost } from "../../../src/hosts/excel";
import { key } from "./fake-office";
import { textPlan } from "../../fixtures/plan";
import { SAMPLE_STATE, sampleFake } from "./fixtures";

/** The snapshot with `count` rows inserted at the top of one sheet, as a user would insert them. */
function insertRows(snapshot: WorkbookSnapshot, sheet: string, count: number): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            cells: s.cells.map((c) => ({ ...c, row: c.row + count })),
            merges: s.merges.map((m) => ({ ...m, top: m.top + count, bottom: m.bottom + count })),
          },
    ),
  };
}

describe("the add-in's state in the open workbook", () => {
  it("is read from the very hidden sheet, as the file host reads it", async () => {
    await sampleFake();
    expect(await createExcelHost().loadState()).toEqual(SAMPLE_STATE);
  });

  it("is saved as text cells in a very hidden sheet and read back as saved", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    const next = {
      ...SAMPLE_STATE,
      explanations: [
        ...SAMPLE_STATE.explanations,
        {
          fingerprint: "IND-EXEC|收支总表|本年支出合计",
          rule: "IND-EXEC",
          reason: "2022-12-31 前已申请调整",
          date: "2023-03-02",
        },
      ],
    };
    await host.saveState(next);
    expect(await host.loadState()).toEqual(next);
    const sheet = fake.model.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(sheet.visibility).toBe("VeryHidden");
    expect(
      [...sheet.cells.values()]
        .filter((c) => c.value !== "")
        .every((c) => c.numberFormat === "@" && typeof c.value === "string"),
    ).toBe(true);
  });

  it("starts empty in a workbook without the sheet, and creates the sheet on the first save", async () => {
    const fake = await sampleFake();
    fake.model.sheets = fake.model.sheets.filter((s) => s.name !== STATE_SHEET);
    const host = createExcelHost();
    expect(await host.loadState()).toEqual({ settings: {}, explanations: [], markIds: [] });
    await host.saveState(SAMPLE_STATE);
    expect(await host.loadState()).toEqual(SAMPLE_STATE);
  });

  it("keeps the workbook's mark ids whatever a saved state says: they are the host's own", async () => {
    await sampleFake();
    const host = createExcelHost();
    await host.apply({ marks: [{ cells: ["收支总表!C23"], severity: "warning" }] });
    const ids = (await host.loadState()).markIds;
    expect(ids).toHaveLength(1);
    await host.saveState({ ...SAMPLE_STATE, markIds: [] });
    expect(await host.loadState()).toEqual({ ...SAMPLE_STATE, markIds: ids });
  });

  it("keeps an explanation when rows are inserted above its cells: the fingerprint holds, the address moves", async () => {
    await sampleFake();
    const snapshot = await createExcelHost().readSnapshot();
    const warning = checkWorkbook(snapshot).findings.find((f) => f.severity === "warning" && f.cells.length > 0)!;
    const sheet = warning.cells[0].split("!")[0];
    const explanation = { fingerprint: warning.fingerprint, rule: warning.rule, reason: "已说明", date: "2023-03-01" };
    const moved = checkWorkbook(insertRows(snapshot, sheet, 3)).findings.find(
      (f) => f.fingerprint === warning.fingerprint,
    )!;
    expect(moved.cells).not.toEqual(warning.cells);
    expect(reconcileExplanations([moved], [explanation]).kept).toEqual([explanation]);
  });
});

describe("the stale banner", () => {
  it("hears the user's edits and not the add-in's own writes", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    const listener = jest.fn();
    const stop = host.onChanged!(listener);
    await fake.settle();

    const summary = fake.model.sheets.find((s) => s.name === "报告素材")!;
    fake.model.activeSheetId = summary.id;
    fake.model.selection = { sheetId: summary.id, areas: [{ top: 40, left: 2, bottom: 40, right: 2 }] };
    await host.apply({ summary: { text: "摘要", overwrite: false } });
    await host.saveState(SAMPLE_STATE);
    await host.apply({ reportSheet: textPlan("报告", ["x"]) });
    await fake.settle();
    expect(listener).not.toHaveBeenCalled();

    fake.userEdit("收支总表", "D20", 1);
    await fake.settle();
    expect(listener).toHaveBeenCalledTimes(1);

    stop();
    await fake.settle();
    fake.userEdit("收支总表", "D21", 2);
    await fake.settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(summary.cells.get(key(40, 2))?.value).toBe("摘要");
  });
});
