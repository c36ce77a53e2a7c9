import { checkWorkbook } from "../../../src/core/check";
import { templateSnapshot } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";

/** The department's own paragraphs (报告素材, 报告草稿) are checked like any draft, located by cell. */

function textFindings(data: ReturnType<typeof balancedDepartment>) {
  return checkWorkbook(templateSnapshot(data)).findings.filter((f) => f.rule.startsWith("TXT-"));
}

describe("text check over the narrative sheets", () => {
  it("flags 基本支出 700.00 against 603.83 + 92.56 in 报告素材 at the paragraph's cell", () => {
    const data = balancedDepartment();
    data.materials = [
      { 章节: "主要职责", 内容: "综合管理全县工业经济。\n统筹推进科技创新体系建设。" },
      { 章节: "经济性", 内容: "基本支出700.00万元，其中人员经费603.83万元，公用经费92.56万元。" },
    ];
    const found = textFindings(data);
    const sum = found.find((f) => f.rule === "TXT-SUM");
    expect(sum?.severity).toBe("error");
    // Title row, header row, then one row per paragraph: the second material is row 4, column B.
    expect(sum?.cells[0]).toBe("报告素材!B4");
    expect(sum?.message["zh-CN"]).toMatch(/^报告素材!B4：/);
    expect(sum?.fingerprint.startsWith("TXT-SUM|报告素材|")).toBe(true);
  });

  it("compares the draft's figures with the workbook (TXT-DATA) and stays quiet on correct ones", () => {
    const data = balancedDepartment();
    data.draft = ["基本支出696.39万元，其中人员经费603.83万元，日常公用经费92.56万元。", "项目支出498.90万元。"];
    const found = textFindings(data);
    expect(found.map((f) => f.rule)).toEqual(["TXT-DATA"]);
    expect(found[0].cells[0]).toBe("报告草稿!A2");
    expect(found[0].cells).toContain("收支总表!D19");
  });

  it("finds nothing in a workbook without narrative sheets", () => {
    expect(textFindings(balancedDepartment())).toEqual([]);
  });
});
