import { Workbook } from "exceljs";
import { STATE_SHEET, stateFromSnapshot } from "../../../src/app/state";
import { createFileHost } from "../../../src/hosts/file/host";
import { snapshotFromBuffer } from "../../../src/hosts/file/read";
import { withState } from "../../../src/hosts/file/state";
import { textPlan } from "../../fixtures/plan";
import { SAMPLE_STATE, sampleWithExtras } from "../excel/fixtures";

describe("the add-in's state in a workbook file", () => {
  it("is written as a very hidden sheet of text that the file host reads back, replacing the earlier one", async () => {
    const next = {
      ...SAMPLE_STATE,
      explanations: [{ fingerprint: "IND-LATE|项目支出|x", rule: "IND-LATE", reason: "+10 天", date: "2023-03-05" }],
      markIds: [],
    };
    const bytes = await withState(await sampleWithExtras(), next);
    const snapshot = await snapshotFromBuffer(bytes);
    expect(stateFromSnapshot(snapshot)).toEqual(next);
    expect(snapshot.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
  });

  it("leaves every other sheet's cells as they were", async () => {
    const input = await sampleWithExtras();
    const before = (await snapshotFromBuffer(input)).sheets.filter((s) => s.name !== STATE_SHEET);
    const after = (await snapshotFromBuffer(await withState(input, SAMPLE_STATE))).sheets.filter(
      (s) => s.name !== STATE_SHEET,
    );
    expect(after).toEqual(before);
  });

  it("in browser mode: the reasons come from the file and go into the result workbook", async () => {
    const host = createFileHost({ name: "决算.xlsx", bytes: await sampleWithExtras() }, { explanationsInFile: true });
    expect((await host.loadState()).explanations).toEqual(SAMPLE_STATE.explanations);
    const reason = { fingerprint: "IND-LATE|项目支出|x", rule: "IND-LATE", reason: "=跨年项目", date: "2023-03-05" };
    await host.saveState({ ...(await host.loadState()), explanations: [reason] });
    const plan = textPlan("报告", ["x"]);
    const [file] = (await host.apply({ reportSheet: plan })).files!;
    const snapshot = await snapshotFromBuffer(file.bytes);
    expect(stateFromSnapshot(snapshot).explanations).toEqual([reason]);
    expect(snapshot.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
  });
});
