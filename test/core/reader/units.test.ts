import { readWorkbook } from "../../../src/core/reader";
import { sheetFromRows } from "../../../src/core/snapshot";
import { templateSnapshot } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { show } from "./helpers";

const info = { 单位名称: "示范县工业和信息化局", 年度: 2022 };
const totals = {
  本年收入合计: { 决算数: 0 },
  收入总计: { 决算数: 0 },
  本年支出合计: { 决算数: 0 },
  支出总计: { 决算数: 0 },
};

describe("amount units", () => {
  it("converts a sheet with a 元 unit row into the workbook's 万元 exactly (6963900 元 → 696.39)", () => {
    const snapshot = templateSnapshot({
      info: { ...info, 金额单位: "万元" },
      summary: {
        ...totals,
        基本支出: { 决算数: 6963900 },
        人员经费: { 决算数: 6038300 },
        公用经费: { 决算数: 925600.01 },
      },
      sheetUnits: { 收支总表: "元" },
    });

    const { model, findings } = readWorkbook(snapshot);

    expect(findings).toEqual([]);
    expect(model.unit).toBe("万元");
    expect(model.sheetUnits["收支总表"]).toBe("元");
    expect(show(model.summary.rows["基本支出"].values["决算数"])).toBe("696.39@收支总表!D16");
    expect(show(model.summary.rows["人员经费"].values["决算数"])).toBe("603.83@收支总表!D17");
    expect(show(model.summary.rows["公用经费"].values["决算数"])).toBe("92.560001@收支总表!D18");
  });

  it("keeps a 金额单位 元 workbook in 元, and converts a 万元 sheet in it by × 10000", () => {
    const snapshot = templateSnapshot({
      info: { ...info, 金额单位: "元" },
      summary: { ...totals, 基本支出: { 决算数: 6963900 } },
      threePublic: { 公务接待费: { 本年决算数: 1.5 } },
      sheetUnits: { 三公经费: "万元" },
    });

    const { model } = readWorkbook(snapshot);

    expect(model.unit).toBe("元");
    expect(model.sheetUnits).toEqual({ 收支总表: "元", 三公经费: "万元" });
    expect(show(model.summary.rows["基本支出"].values["决算数"])).toBe("6963900@收支总表!D16");
    expect(show(model.threePublic!.rows["公务接待费"].values["本年决算数"])).toBe("15000@三公经费!D8");
  });

  it("reads the unit inside a longer title row, as 金额单位：元, or from the amount headers", () => {
    const rest = [
      ["项目", "决算数"],
      ["本年收入合计", 12345678.9],
      ["收入总计", 0],
      ["本年支出合计", 0],
      ["支出总计", 0],
    ];
    const basic = sheetFromRows("基本情况", [
      ["单位名称", "局"],
      ["年度", 2022],
    ]);
    const read = (title: string[][]) =>
      readWorkbook({ sheets: [basic, sheetFromRows("收支总表", [...title, ...rest])] }).model.summary.rows[
        "本年收入合计"
      ].values["决算数"];

    expect(show(read([["2022年度收入支出决算总表（单位：元）"]]))).toBe("1234.56789@收支总表!B3");
    expect(show(read([["2022年度收入支出决算总表"], ["金额单位：元"]]))).toBe("1234.56789@收支总表!B4");
    expect(show(read([["2022年度收入支出决算总表"], ["单位:万元"]]))).toBe("12345678.9@收支总表!B4");
    const withHeaderUnit = readWorkbook({
      sheets: [basic, sheetFromRows("收支总表", [["项目", "决算数（元）"], ...rest.slice(1)])],
    });
    expect(withHeaderUnit.model.sheetUnits["收支总表"]).toBe("元");
    expect(show(withHeaderUnit.model.summary.rows["本年收入合计"].values["决算数"])).toBe("1234.56789@收支总表!B2");
  });

  it("never converts counts: staffing stays in 人 in a 元 workbook", () => {
    const data = balancedDepartment();
    const { model } = readWorkbook(templateSnapshot({ ...data, info: { ...data.info, 金额单位: "元" } }));

    expect(model.unit).toBe("元");
    expect(show(model.staffing!.rows[0].quota)).toBe("18@基本情况!D10");
    expect(show(model.info.retirees)).toBe("85@基本情况!B6");
  });

  it("takes 金额单位 from a unit line on 基本情况 when the key is absent, and reports an unknown unit", () => {
    const basic = (rows: (string | number)[][]) =>
      sheetFromRows("基本情况", [["单位名称", "局"], ["年度", 2022], ...rows]);
    const summary = sheetFromRows("收支总表", [
      ["项目", "决算数"],
      ["本年收入合计", 0],
      ["收入总计", 0],
      ["本年支出合计", 0],
      ["支出总计", 0],
    ]);

    expect(readWorkbook({ sheets: [basic([["金额单位：元"]]), summary] }).model.unit).toBe("元");
    const bad = readWorkbook({ sheets: [basic([["金额单位", "千元"]]), summary] });
    expect(bad.model.unit).toBe("万元");
    expect(bad.findings.map((f) => `${f.rule} ${f.cells} ${f.fingerprint}`)).toEqual([
      "DATA-MISSING 基本情况!B3 DATA-MISSING|基本情况|金额单位",
    ]);
    expect(bad.findings[0].message["zh-CN"]).toContain("“千元”");
  });

  it("converts a text amount written with its own unit, and says the unit (500元 in a 万元 sheet is 0.05 万元)", () => {
    const data = balancedDepartment();
    data.summary!["其他收入"] = { 决算数: "500元" };
    data.threePublic!["公务接待费"] = { ...data.threePublic!["公务接待费"], 本年决算数: "1.5万元" };
    const { model, findings } = readWorkbook(templateSnapshot(data));

    expect(show(model.summary.rows["其他收入"].values["决算数"])).toBe("0.05@收支总表!D11");
    expect(show(model.threePublic!.rows["公务接待费"].values["本年决算数"])).toBe("1.5@三公经费!D8");
    const textNum = findings.filter((f) => f.rule === "DATA-TEXTNUM");
    expect(textNum.map((f) => f.message["zh-CN"])).toEqual([
      "收支总表!D11（其他收入 / 决算数）的金额存为文本“500元”，注明单位为元，与本表单位万元不同，已折算为 0.05 万元 读取。",
      "三公经费!D8（公务接待费 / 本年决算数）的数字存为文本“1.5万元”，已按 1.5 万元 读取。",
    ]);
    expect(textNum[0].message["en-US"]).toContain("in 元, not in the sheet's unit 万元; it was converted to 0.05 万元");
  });

  it("converts 万元 written in a 元 sheet into 元", () => {
    const data = balancedDepartment();
    const { model } = readWorkbook(
      templateSnapshot({
        ...data,
        info: { ...data.info, 金额单位: "元" },
        summary: { ...data.summary, 其他收入: { 决算数: "90万" } },
      }),
    );

    expect(show(model.summary.rows["其他收入"].values["决算数"])).toBe("900000@收支总表!D11");
  });
});
