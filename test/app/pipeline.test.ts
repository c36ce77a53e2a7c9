import ExcelJS from "exceljs";
import type { Host } from "../../src/app/host";
import { reportSheetPlan } from "../../src/app/outputs";
import { run, type RunStep } from "../../src/app/pipeline";
import { layoutTemplate } from "../../src/core/template-layout";
import { createFileHost } from "../../src/hosts/file/host";
import { workbookFromLayout } from "../../src/hosts/file/write";
import { balancedDepartment } from "../fixtures/department";

async function departmentHost(change?: (data: ReturnType<typeof balancedDepartment>) => void): Promise<Host> {
  const data = balancedDepartment();
  change?.(data);
  const bytes = await workbookFromLayout(layoutTemplate(data, "given"));
  return createFileHost({ name: "决算/示范局.xlsx", bytes });
}

describe("run(host): read → check → compose → layout", () => {
  it("names each step as it starts and checks the workbook the host reads", async () => {
    const host = await departmentHost();
    const steps: RunStep[] = [];
    const outcome = await run(host, { lang: "zh-CN", onStep: (s) => steps.push(s) });
    expect(steps).toEqual(["read", "check", "report"]);
    expect(outcome.result.model.info.name?.value).toBe("示范县工业和信息化局");
    expect(outcome.result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(outcome.report.doc.summary.text).toContain("示范县工业和信息化局");
    expect(outcome.report.layout.sheetName).toBe("绩效评价报告");
  });

  it("finds the error a changed figure makes, with both cells", async () => {
    const host = await departmentHost((d) => {
      d.summary!.本年支出合计 = { ...d.summary!.本年支出合计, 决算数: 1196.31 };
    });
    const { result } = await run(host, { lang: "en-US" });
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].cells.some((c) => c.startsWith("收支总表!"))).toBe(true);
  });

  it("adds the report sheet as a new file: the input's sheets unchanged", async () => {
    const host = await departmentHost();
    const outcome = await run(host, { lang: "zh-CN" });
    const applied = await host.apply(reportSheetPlan(host, outcome.report, new Map()));
    expect(applied.reportSheetName).toBe("绩效评价报告");
    expect(applied.files?.[0].name).toBe("示范局-绩效评价报告.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(applied.files![0].bytes.slice().buffer as ExcelJS.Buffer);
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toEqual([...outcome.snapshot.sheets.map((s) => s.name), "绩效评价报告"]);
    const again = await run(createFileHost({ name: "r.xlsx", bytes: applied.files![0].bytes }), { lang: "zh-CN" });
    expect(again.result.model.summary).toEqual(outcome.result.model.summary);
  });

  it("rejects a file that is no workbook with a HostError in both languages", async () => {
    const host = createFileHost({ name: "notes.xlsx", bytes: new TextEncoder().encode("just text") });
    await expect(run(host, { lang: "zh-CN" })).rejects.toMatchObject({
      name: "HostError",
      code: "not-a-workbook",
      userMessage: {
        "zh-CN": "无法读取这个文件：不是 Excel 工作簿（.xlsx）。请选择用 Excel 保存的 .xlsx 工作簿。",
        "en-US": "This file cannot be read: not an Excel workbook (.xlsx). Choose a workbook saved by Excel as .xlsx.",
      },
    });
  });
});
