import { composeReport, type ReportDocument } from "../../../src/core/report";
import { checkText } from "../../../src/core/text";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { check, inYuan, lateAndCarry } from "./helpers";

/** What the composer writes, the text check (文数一致) must read as consistent with the workbook. */

function generatedText(doc: ReportDocument): string {
  return doc.blocks
    .flatMap((b) =>
      (b.kind === "paragraph" && b.origin !== "material") || b.kind === "heading" || b.kind === "title" ? [b.text] : [],
    )
    .join("\n");
}

function withProblems(): TemplateData {
  const d = lateAndCarry();
  d.threePublic = {
    ...d.threePublic,
    公务接待费: { 上年决算数: 1.8, 本年预算数: 2.0, 本年决算数: 2.4 },
    合计: { 上年决算数: 5.3, 本年预算数: 6.0, 本年决算数: 5.6 },
  };
  d.targets![0] = { ...d.targets![0], 实际值: 170 };
  return d;
}

describe("the composed report passes the text check", () => {
  it.each([
    ["the balanced department", balancedDepartment()],
    ["the balanced department in 元", inYuan(balancedDepartment())],
    ["a department with late, carried-over, 三公 and target problems", withProblems()],
  ])("%s: no finding in the report or the summary", (_name, data) => {
    const result = check(data);
    const doc = composeReport(result);
    expect(checkText(generatedText(doc), { model: result.model }).findings).toEqual([]);
    expect(checkText(doc.summary.text, { model: result.model }).findings).toEqual([]);
  });
});
