import { composeSummary } from "../../../src/core/report";
import { balancedDepartment } from "../../fixtures/department";
import { check, compose } from "./helpers";

describe("composeSummary", () => {
  it("states total expenditure, execution rate and the score in 150–300 characters, with sources", () => {
    const s = composeSummary(check());
    expect(s.text.length).toBeGreaterThanOrEqual(150);
    expect(s.text.length).toBeLessThanOrEqual(300);
    expect(s.text).toContain("本年支出合计1196.29万元，其中基本支出696.39万元、项目支出499.90万元");
    expect(s.text).toContain("预算执行率95.70%");
    expect(s.text).toMatch(/绩效自评已评\d+\.\d{2}\/98分，2分未评，暂不评定等级。/);
    expect(s.text).toMatch(/经审核未发现需要说明的问题。$/);
    expect(s.sources).toEqual(expect.arrayContaining(["收支总表!D23", "收支总表!D16", "收支总表!D19", "收支总表!C23"]));
  });

  it("is the summary the report carries", () => {
    expect(compose().summary).toEqual(composeSummary(check()));
  });

  it("names the main problems", () => {
    const d = balancedDepartment();
    d.targets![0] = { ...d.targets![0], 实际值: 170 };
    d.projects!.rows[3] = { ...d.projects!.rows[3], 指标下达日期: "2022-11-15" };
    const s = composeSummary(check(d));
    expect(s.text).toMatch(/存在的主要问题：部分指标下达晚、部分绩效目标未完成。$/);
  });

  it("gives the grade when every item is scored", () => {
    const d = balancedDepartment();
    d.targets = [
      ...d.targets!,
      { 指标类别: "效益-生态", 指标名称: "单位能耗下降率", 计量单位: "%", 目标值: 3, 实际值: 3.5 },
    ];
    expect(composeSummary(check(d)).text).toMatch(/部门整体支出绩效自评得分\d+\.\d{2}分，等级为“优”。/);
  });

  it("stays within 300 characters when there are many problems, dropping the least important first", () => {
    const d = balancedDepartment();
    d.info = {
      ...d.info,
      单位名称:
        "示范县科学技术和工业信息化局（县国防科技工业办公室、县中小企业服务中心、县大数据发展中心、县无线电管理站）",
    };
    d.targets = d.targets!.map((t) => ({ ...t, 实际值: 0, 目标值: 1000 }));
    d.projects!.rows = d.projects!.rows.map((r) => ({ ...r, 指标下达日期: "2022-12-01" }));
    d.threePublic = {
      ...d.threePublic,
      公务接待费: { 上年决算数: 1.8, 本年预算数: 1.0, 本年决算数: 2.4 },
      合计: { 上年决算数: 5.3, 本年预算数: 5.0, 本年决算数: 5.6 },
    };
    d.staffing = d.staffing!.map((s) => ({ ...s, 实有人数: Number(s.编制数) + 3 }));
    d.staffingTotal = { 编制数: 45, 实有人数: 60 };
    d.summary = {
      ...d.summary,
      公用经费: { 年初预算数: 60, 调整后预算数: 60, 决算数: 92.56 },
      本年支出合计: { 年初预算数: 1200, 调整后预算数: 2000, 决算数: 1196.29, 上年决算数: 1150 },
    };
    d.projects!.rows[0] = { ...d.projects!.rows[0], 调整后预算数: 300 };
    const result = check(d);
    const families = new Set(result.findings.filter((f) => f.rule.startsWith("IND-")).map((f) => f.rule));
    expect(families.size).toBeGreaterThanOrEqual(8);
    const s = composeSummary(result);
    expect(s.text.length).toBeLessThanOrEqual(300);
    expect(s.text).toContain("本年支出合计1196.29万元");
    expect(s.text).toContain("预算执行率59.81%");
    expect(s.text).not.toContain("“三公”经费5.60万元");
    expect(s.text).toContain("存在的主要问题：预算未全部执行、");
  });

  it("writes no empty opening sentence or 0/0 score for an empty template", () => {
    const s = composeSummary(check({}));
    expect(s.text.startsWith("。")).toBe(false);
    expect(s.text).not.toContain("已评0.00/0分");
    expect(s.text).toBe("存在的主要问题：决算数据错误未更正。");
  });
});
