import type { TemplateData } from "../../src/core/template-layout";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

/**
 * A workbook written by a program whose totals are formulas never calculated (no cached
 * values): its figures cannot be read, so it is never 可以提交 however few errors it shows.
 */
function formulaTotals(): TemplateData {
  const d = balancedDepartment();
  const s = d.summary!;
  s.本年收入合计 = { 决算数: { formula: "SUM(D4:D11)" } };
  s.收入总计 = { 决算数: { formula: "D12+D13+D14" } };
  s.本年支出合计 = { 决算数: { formula: "D16+D19+D20+D21+D22" } };
  s.支出总计 = { 决算数: { formula: "D23+D24+D25" } };
  return d;
}

let dir: TempDir;
let path: string;
beforeAll(async () => {
  dir = await tempDir();
  path = await workbookFile(dir, "formulas.xlsx", formulaTotals());
});
afterAll(() => dir.remove());

describe("totals that are formulas without cached values", () => {
  it("says the figures could not be read and to open and save in Excel, and exits 1", async () => {
    const r = await cli("check", path);
    expect(r.stdout).not.toContain("可以提交");
    expect(r.stdout).toContain("无法读取数字：4 个公式单元格没有计算结果，请先在 Excel 中打开并保存工作簿，再校验");
    expect(r.code).toBe(1);
  });

  it("is not readyToSubmit in JSON, with the DATA-NOCACHE cells listed", async () => {
    const r = await cli("check", path, "--json", "--lang", "en-US");
    const json = JSON.parse(r.stdout) as {
      summary: { error: number; readyToSubmit: boolean };
      findings: { rule: string; cells: string[] }[];
    };
    expect(json.summary.readyToSubmit).toBe(false);
    expect(json.findings.filter((f) => f.rule === "DATA-NOCACHE").map((f) => f.cells[0])).toEqual([
      "收支总表!D12",
      "收支总表!D15",
      "收支总表!D23",
      "收支总表!D26",
    ]);
  });

  it("counts it as not ready in a batch", async () => {
    const r = await cli("batch", dir.path(""), "--lang", "en-US");
    expect(r.stdout).toContain("figures could not be read: 4 formula cell(s) have no calculated value");
    expect(r.stdout).toContain("0 ready to submit");
    expect(r.code).toBe(1);
  });
});
