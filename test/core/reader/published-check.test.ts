import { isNothingToCheck } from "../rules/helpers";
import { checkWorkbook } from "../../../src/core/check";
import type { CellInput, WorkbookSnapshot } from "../../../src/core/snapshot";
import { withCells } from "./helpers";
import { basicInfoSheet, publishedDetail, publishedSummary, publishedThreePublic } from "./published";

/**
 * End to end: a workbook of the public tables pasted as printed (公开01表 side by side, 公开03表
 * with split codes, 公开09表 transposed) is checked like the template.
 */

function published(): WorkbookSnapshot {
  return { sheets: [basicInfoSheet(), publishedSummary(), publishedDetail(), publishedThreePublic()] };
}

describe("checking the published tables", () => {
  const result = checkWorkbook(published());

  it("finds no error and no warning when they balance", () => {
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.model.sheets).toMatchObject({ 收支总表: "公开01表", 支出明细: "公开03表", 三公经费: "公开09表" });
  });

  it("runs the balance checks of all three tables rather than skipping them", () => {
    // Columns or subtrees holding no figure at all are listed as skipped; anything else is not.
    const skipped = new Set(result.skipped.filter((s) => !isNothingToCheck(s)).map((s) => s.rule));
    for (const rule of ["BAL-INC", "BAL-TREE", "BAL-3G", "CODE-NAME"]) expect(result.compared).toContain(rule);
    for (const rule of ["BAL-INC", "BAL-INC-TOTAL", "BAL-EXP-TOTAL", "BAL-GRAND", "BAL-ROW", "BAL-TREE", "BAL-COL"])
      expect([rule, skipped.has(rule)]).toEqual([rule, false]);
    for (const rule of ["BAL-3G", "BAL-3G-CAR", "XS-3G", "CODE-NAME"])
      expect([rule, skipped.has(rule)]).toEqual([rule, false]);
  });

  it.each<[string, string, CellInput, string]>([
    ["公开01表", "F21", 23.81, "BAL-EXP-TOTAL|收支总表|支出总计|决算数"],
    ["公开03表", "E20", 696.49, "BAL-ROW|支出明细|2150501"],
    ["公开09表", "G9", 1.6, "BAL-3G|三公经费|合计|本年决算数"],
  ])("reports %s!%s changed to %p as %s, pointing at that cell", (sheet, address, value, fingerprint) => {
    const changed = checkWorkbook(withCells(published(), sheet, { [address]: value }));
    const errors = changed.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.fingerprint)).toContain(fingerprint);
    for (const f of errors)
      expect([f.fingerprint, f.cells]).toEqual([f.fingerprint, expect.arrayContaining([`${sheet}!${address}`])]);
  });

  it("states the changed 年末结转和结余 in the message with the figures of both halves", () => {
    const changed = checkWorkbook(withCells(published(), "公开01表", { F21: 23.81 }));
    const [f] = changed.findings.filter((x) => x.severity === "error");
    expect(f.message["zh-CN"]).toBe(
      "公开01表（决算数）：支出总计 1220.00 ≠ 本年支出合计 1196.29 + 年末结转和结余 23.81 = 1220.10，相差 0.10",
    );
    expect(f.cells).toEqual(expect.arrayContaining(["公开01表!F22", "公开01表!F19", "公开01表!F21"]));
  });
});
