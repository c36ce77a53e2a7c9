import { readWorkbook } from "../../../src/core/reader";
import { balancedSnapshot } from "../../fixtures/department";
import { show } from "./helpers";

describe("reading the balanced department (template layout, 万元)", () => {
  const { model, findings, skipped } = readWorkbook(balancedSnapshot());

  it("raises no finding and skips nothing", () => {
    expect(findings).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it("finds every sheet by its template name and reads every amount sheet as 万元", () => {
    expect(Object.keys(model.sheets)).toEqual([
      "基本情况",
      "收支总表",
      "支出明细",
      "三公经费",
      "项目支出",
      "绩效目标",
      "其他指标",
      "自评打分",
    ]);
    expect(model.unit).toBe("万元");
    expect(model.sheetUnits).toEqual({
      收支总表: "万元",
      支出明细: "万元",
      三公经费: "万元",
      项目支出: "万元",
      其他指标: "万元",
    });
  });

  it("reads 基本情况 key–values from column B", () => {
    expect(model.info.name).toEqual({ value: "示范县工业和信息化局", cell: "基本情况!B2" });
    expect(model.info.year).toEqual({ value: 2022, cell: "基本情况!B3" });
    expect(show(model.info.orgCount)).toBe("7@基本情况!B5");
    expect(show(model.info.retirees)).toBe("85@基本情况!B6");
    expect(model.info.duties?.cell).toBe("基本情况!B7");
  });

  it("reads the staffing table under the key–values, 合计 row apart", () => {
    const staffing = model.staffing!;
    expect(
      staffing.rows.map((r) => `${r.name} ${r.fundingType} ${r.category} ${show(r.quota)} ${show(r.actual)}`),
    ).toEqual([
      "机关本级 全额拨款 行政 18@基本情况!D10 17@基本情况!E10",
      "新型工业化事务中心 全额拨款 事业 5@基本情况!D11 5@基本情况!E11",
      "综合执法大队 全额拨款 事业 9@基本情况!D12 9@基本情况!E12",
      "工业产业发展办公室 全额拨款 事业 6@基本情况!D13 6@基本情况!E13",
      "科技开发中心 自收自支 事业 7@基本情况!D14 5@基本情况!E14",
    ]);
    expect(staffing.total?.labelCell).toBe("基本情况!A15");
    expect(show(staffing.total?.quota)).toBe("45@基本情况!D15");
    expect(show(staffing.total?.actual)).toBe("42@基本情况!E15");
  });

  it("reads 收支总表 rows by label and columns by header", () => {
    const rows = model.summary.rows;
    expect(model.summary.columns).toEqual({
      项目: "收支总表!A3",
      年初预算数: "收支总表!B3",
      调整后预算数: "收支总表!C3",
      决算数: "收支总表!D3",
      上年决算数: "收支总表!E3",
    });
    expect(Object.keys(rows)).toHaveLength(23);
    expect(show(rows["一般公共预算财政拨款收入"].values["决算数"])).toBe("1100@收支总表!D4");
    expect(show(rows["本年收入合计"].values["决算数"])).toBe("1190@收支总表!D12");
    expect(show(rows["收入总计"].values["决算数"])).toBe("1220@收支总表!D15");
    expect(show(rows["基本支出"].values["决算数"])).toBe("696.39@收支总表!D16");
    expect(show(rows["人员经费"].values["决算数"])).toBe("603.83@收支总表!D17");
    expect(show(rows["公用经费"].values["决算数"])).toBe("92.56@收支总表!D18");
    expect(show(rows["项目支出"].values["决算数"])).toBe("499.9@收支总表!D19");
    expect(show(rows["本年支出合计"].values["调整后预算数"])).toBe("1250@收支总表!C23");
    expect(show(rows["本年支出合计"].values["决算数"])).toBe("1196.29@收支总表!D23");
    expect(show(rows["年末结转和结余"].values["决算数"])).toBe("23.71@收支总表!D25");
    expect(show(rows["支出总计"].values["决算数"])).toBe("1220@收支总表!D26");
    expect(show(rows["结余分配"].values["决算数"])).toBe("blank@收支总表!D24");
    expect(rows["支出总计"].labelCell).toBe("收支总表!A26");
  });

  it("reads 支出明细 codes with their level under the two-row header, 合计 row apart", () => {
    const detail = model.expenditure!;
    expect(detail.columns["科目编码"]).toBe("支出明细!A3");
    expect(detail.columns["人员经费"]).toBe("支出明细!D4");
    expect(detail.columns["公用经费"]).toBe("支出明细!E4");
    expect(detail.rows.map((r) => `${r.code} ${r.level} ${r.codeCell}`)).toEqual([
      "206 类 支出明细!A5",
      "20604 款 支出明细!A6",
      "210 类 支出明细!A7",
      "213 类 支出明细!A8",
      "215 类 支出明细!A9",
      "21505 款 支出明细!A10",
      "2150501 项 支出明细!A11",
      "2150599 项 支出明细!A12",
    ]);
    const admin = detail.rows[6];
    expect(admin.name).toBe("行政运行");
    expect(show(admin.values["合计"])).toBe("696.39@支出明细!C11");
    expect(show(admin.values["人员经费"])).toBe("603.83@支出明细!D11");
    expect(show(admin.values["公用经费"])).toBe("92.56@支出明细!E11");
    expect(show(admin.values["项目支出"])).toBe("blank@支出明细!F11");
    expect(detail.total?.labelCell).toBe("支出明细!B13");
    expect(show(detail.total?.values["合计"])).toBe("1196.29@支出明细!C13");
    expect(show(detail.total?.values["项目支出"])).toBe("499.9@支出明细!F13");
  });

  it("reads 三公经费 rows", () => {
    const rows = model.threePublic!.rows;
    expect(show(rows["因公出国(境)费"].values["本年决算数"])).toBe("0@三公经费!D4");
    expect(show(rows["公务用车运行维护费"].values["本年预算数"])).toBe("4@三公经费!C7");
    expect(show(rows["合计"].values["本年决算数"])).toBe("4.7@三公经费!D9");
    expect(show(rows["合计"].values["上年决算数"])).toBe("5.3@三公经费!B9");
  });

  it("reads 项目支出 with codes, release dates in every form, key flags and the 合计 row", () => {
    const projects = model.projects!;
    expect(
      projects.rows.map(
        (p) =>
          `${p.name} ${p.code?.value} ${p.releaseDate?.value}@${p.releaseDate?.cell} ${p.isKey} ${show(p.values["实际支出数"])}`,
      ),
    ).toEqual([
      "科技创新专项 2060401 2022-03-15@项目支出!F4 true 225.21@项目支出!E4",
      "疫情防控物资保障 2100499 2022-04-20@项目支出!F5 true 200.65@项目支出!E5",
      "乡村振兴帮扶 2130599 2022-06-01@项目支出!F6 false 2.04@项目支出!E6",
      "5G基站建设补助 2150599 2022-05-10@项目支出!F7 true 72@项目支出!E7",
    ]);
    expect(show(projects.rows[0].values["年末结转结余"])).toBe("4.79@项目支出!G4");
    expect(show(projects.rows[0].values["年初预算数"])).toBe("blank@项目支出!C4");
    expect(show(projects.total?.values["实际支出数"])).toBe("499.9@项目支出!E8");
    expect(show(projects.total?.values["调整后预算数"])).toBe("512.04@项目支出!D8");
  });

  it("reads 绩效目标, 其他指标 and 自评打分", () => {
    const first = model.targets![0];
    expect([first.category, first.name, first.nameCell, first.unitOfMeasure, first.isKey]).toEqual([
      "产出-数量",
      "建成5G宏基站",
      "绩效目标!B3",
      "个",
      true,
    ]);
    expect(show(first.target)).toBe("180@绩效目标!D3");
    expect(show(first.actual)).toBe("185@绩效目标!E3");
    expect(model.targets!.map((t) => t.category)).toEqual([
      "产出-数量",
      "产出-质量",
      "产出-时效",
      "效益-经济",
      "效益-社会",
      "满意度",
    ]);
    expect(show(model.other!["政府采购预算数"])).toBe("50@其他指标!B3");
    expect(show(model.other!["在用固定资产总额"])).toBe("290@其他指标!B6");
    expect(show(model.other!["年初预算追加数"])).toBe("blank@其他指标!B8");
    expect(model.selfScores!.map((s) => `${s.name} ${show(s.score)}`).slice(0, 2)).toEqual([
      "绩效目标合理性 3@自评打分!B3",
      "绩效指标明确性 3@自评打分!B4",
    ]);
    expect(model.selfScores).toHaveLength(7);
  });
});
