import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

/** `--lang en-US`: no Chinese of ours left; only the workbook's own labels and proper names. */

let dir: TempDir;
let path: string;
beforeAll(async () => {
  dir = await tempDir();
  const d = balancedDepartment();
  d.summary!.本年支出合计 = { ...d.summary!.本年支出合计, 调整后预算数: 1400, 决算数: 1196.3 };
  d.expenditure!.total!.合计 = 1196.3;
  path = await workbookFile(dir, "en.xlsx", d);
});
afterAll(() => dir.remove());

/** Proper names the help may show: the sample department and the report sheet's name. */
const PROPER_NAMES = /桃江县科工局|绩效评价报告/g;

describe("English output", () => {
  it("has no Chinese in --help of any command, proper names apart", async () => {
    for (const argv of [
      ["--help"],
      ...["check", "check-text", "batch", "template", "sample"].map((c) => [c, "--help"]),
    ]) {
      const r = await cli(...argv, "--lang", "en-US");
      expect([argv.join(" "), r.stdout.replace(PROPER_NAMES, "").match(/[\p{Script=Han}]+/gu)]).toEqual([
        argv.join(" "),
        null,
      ]);
    }
  });

  it("says rounding, total rows, notes, units and groups in English in check", async () => {
    const r = await cli("check", path, "--lang", "en-US");
    expect(r.stdout).toContain("(rounding)");
    expect(r.stdout).toContain("total row 1196.30");
    expect(r.stdout).toContain("(amounts in 10,000 yuan)");
    expect(r.stdout).toContain("Budget adjustment rate 16.67% is above 10%");
    expect(r.stdout).toMatch(/^\[收支总表\]$/m);
    for (const ours of ["尾差", "填报说明", "合计行", "预算调整率", "【", "】", "（决算数）"])
      expect(r.stdout).not.toContain(ours);
  });
});
