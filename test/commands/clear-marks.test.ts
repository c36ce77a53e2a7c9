import { createExcelHost } from "../../src/hosts/excel";
import { sampleFake } from "../hosts/excel/fixtures";
import { addUserFormat, userCells } from "../hosts/excel/user-cells";
import { STATE_SHEET } from "../../src/app/state";

/** The ribbon's 清除标记, loaded as Office loads commands.html: in a runtime of its own. */
async function ribbonClearMarks(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  const actions = (globalThis as unknown as { __fakeActions: Record<string, (e: unknown) => void> }).__fakeActions;
  await new Promise<void>((resolve) => actions.clearMarks({ completed: resolve }));
}

describe("the ribbon's 清除标记", () => {
  it("removes exactly the add-in's marks, read from the workbook, and leaves the user's cells and formats", async () => {
    const fake = await sampleFake();
    addUserFormat(fake.model, "收支总表", { top: 5, left: 4, bottom: 9, right: 4 });
    const summary = fake.model.sheets.find((s) => s.name === "收支总表")!;
    const pane = createExcelHost();
    await pane.apply({
      marks: [
        { cells: ["收支总表!D20", "项目支出!G4"], severity: "warning" },
        { cells: ["收支总表!D21"], severity: "error" },
      ],
    });
    expect(summary.conditionalFormats).toHaveLength(3);
    const before = userCells(fake.model, [STATE_SHEET]);

    await ribbonClearMarks();

    expect(summary.conditionalFormats.map((f) => f.id)).toEqual(["{USER-1}"]);
    expect(fake.model.sheets.flatMap((s) => s.conditionalFormats)).toHaveLength(1);
    expect((await pane.loadState()).markIds).toEqual([]);
    expect((await pane.loadState()).explanations).toHaveLength(1);
    expect(userCells(fake.model, [STATE_SHEET])).toEqual(before);
  });

  it("does nothing to a workbook without marks", async () => {
    const fake = await sampleFake();
    const before = userCells(fake.model, []);
    await ribbonClearMarks();
    expect(userCells(fake.model, [])).toEqual(before);
  });
});
