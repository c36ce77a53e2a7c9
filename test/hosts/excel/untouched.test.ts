import { STATE_SHEET } from "../../../src/app/state";
import { checkWorkbook } from "../../../src/core/check";
import { composeReport } from "../../../src/core/report";
import { createExcelHost } from "../../../src/hosts/excel";
import { layoutReportSheet, uniqueSheetName } from "../../../src/render/layout";
import { sampleFake } from "./fixtures";
import { addUserFormat, userCells, userFormats } from "./user-cells";

describe("the user's cells", () => {
  it("keep every value, formula, number format and format through check, report, marks, 已说明 and 清除标记", async () => {
    const fake = await sampleFake();
    addUserFormat(fake.model, "收支总表", { top: 5, left: 2, bottom: 28, right: 5 });
    const host = createExcelHost();

    const snapshot = await host.readSnapshot();
    const result = checkWorkbook(snapshot);
    const sheetName = uniqueSheetName(snapshot.sheets.map((s) => s.name));
    const own = [sheetName, STATE_SHEET];
    const before = userCells(fake.model, own);
    const formatsBefore = userFormats(fake.model, []);
    const namesBefore = fake.model.sheets.map((s) => s.name);

    await host.apply({
      reportSheet: layoutReportSheet(composeReport(result, { lang: "zh-CN" }), { sheetName, lang: "zh-CN" }),
    });
    await host.apply({ marks: result.findings.map((f) => ({ cells: f.cells, severity: f.severity })) });
    const marked = (await host.loadState()).markIds;
    expect(marked.length).toBeGreaterThan(0);
    expect(userFormats(fake.model, marked)).toEqual(formatsBefore);

    const warning = result.findings.find((f) => f.severity === "warning")!;
    const state = await host.loadState();
    await host.saveState({
      ...state,
      explanations: [
        ...state.explanations,
        { fingerprint: warning.fingerprint, rule: warning.rule, reason: "原因", date: "2023-03-01" },
      ],
    });
    await host.apply({ marks: [] });

    expect(userCells(fake.model, own)).toEqual(before);
    expect(userFormats(fake.model, [])).toEqual(formatsBefore);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([...namesBefore, sheetName]);
  });
});
