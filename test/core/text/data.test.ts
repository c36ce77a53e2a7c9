import { Decimal } from "../../../src/core/money";
import { checkText } from "../../../src/core/text";
import { findingsOf, modelWith, onlyFinding } from "./helpers";

const model = modelWith({
  summary: {
    本年收入合计: { 决算数: "1196.30" },
    收入总计: { 决算数: "1231.50" },
    基本支出: { 决算数: "696.39", 上年决算数: "680.00" },
    人员经费: { 决算数: "603.83" },
    公用经费: { 决算数: "92.56" },
    项目支出: { 决算数: "499.91" },
    本年支出合计: { 调整后预算数: "1205.10", 决算数: "1196.30", 上年决算数: "1100.00" },
    年末结转和结余: { 决算数: "35.20" },
    支出总计: { 决算数: "1231.50" },
  },
  classes: {
    "206 科学技术支出": { 合计: "300.00", 项目支出: "225.21" },
    "210 卫生健康支出": { 合计: "200.65", 项目支出: "200.65" },
  },
  threePublic: { 合计: { 上年决算数: "4.00", 本年决算数: "3.46" } },
});

describe("TXT-DATA: figures of the text against the workbook", () => {
  it("keeps quiet when the text states the workbook's figures", () => {
    const text =
      "基本支出696.39万元，其中人员经费支出603.83万元；日常公用经费92.56万元。项目支出499.91万元。其中科学技术支出225.21万元，卫生健康支出200.65万元。三公经费支出3.46万元，年末结转和结余35.20万元，预算执行率为99.27%。";
    expect(findingsOf("TXT-DATA", text, { model })).toEqual([]);
  });

  it("flags a figure that differs from the workbook, with the workbook cell", () => {
    const f = onlyFinding("TXT-DATA", "项目支出509.91万元。", { model });
    expect(f).toMatchObject({
      severity: "error",
      cells: ["收支总表!D9"],
      expected: "499.91",
      actual: "509.91",
      difference: "10.00",
      tolerance: "0.01",
      fingerprint: "TXT-DATA|项目支出|509.91",
    });
    expect(f.message["zh-CN"]).toBe(
      "文中 项目支出 509.91万元 与工作簿 收支总表 项目支出 决算数 499.91万元 不符，相差 10.00万元",
    );
  });

  it("maps 日常公用经费 to 公用经费 and 三公经费 to the 三公经费 合计 row", () => {
    expect(onlyFinding("TXT-DATA", "日常公用经费93.56万元。", { model }).cells).toEqual(["收支总表!D8"]);
    expect(onlyFinding("TXT-DATA", "三公经费支出4.46万元。", { model }).cells).toEqual(["三公经费!D4"]);
  });

  it("reads a function class listed under 项目支出 from the 支出明细 项目支出 column", () => {
    const f = onlyFinding("TXT-DATA", "项目支出499.91万元，其中科学技术支出235.21万元，卫生健康支出200.65万元。", {
      model,
    });
    expect(f).toMatchObject({ cells: ["支出明细!F5"], expected: "225.21" });
    expect(findingsOf("TXT-DATA", "本年支出合计1196.30万元，其中科学技术支出300万元。", { model })).toEqual([]);
  });

  it("reports a difference within tolerance as 尾差, and a rounded figure not at all", () => {
    const f = onlyFinding("TXT-DATA", "基本支出696.40万元。", { model });
    expect(f.severity).toBe("info");
    expect(f.message["zh-CN"]).toContain("尾差");
    expect(findingsOf("TXT-DATA", "基本支出696万元。", { model })).toEqual([]);
  });

  it("converts 元 in the text to the workbook's 万元, and 万元 in the text to a workbook in 元", () => {
    expect(findingsOf("TXT-DATA", "基本支出 6963900.00 元。", { model })).toEqual([]);
    expect(onlyFinding("TXT-DATA", "基本支出 6973900.00 元。", { model }).difference).toBe("1.00");
    const inYuan = modelWith({ unit: "元", summary: { 基本支出: { 决算数: "6963912.34" } } });
    expect(findingsOf("TXT-DATA", "基本支出696.39万元。", { model: inYuan })).toEqual([]);
    const f = onlyFinding("TXT-DATA", "基本支出698.39万元。", { model: inYuan });
    expect(f).toMatchObject({ expected: "6963912.34", actual: "6983900.00", tolerance: "100.00" });
    expect(onlyFinding("TXT-DATA", "基本支出 6963912.30 元。", { model: inYuan }).tolerance).toBe("0.01");
  });

  it("compares 上年 figures with 上年决算数 and 预算执行率 with the workbook's", () => {
    expect(onlyFinding("TXT-DATA", "上年基本支出690万元。", { model }).cells).toEqual(["收支总表!E6"]);
    const f = onlyFinding("TXT-DATA", "预算执行率为95.27%。", { model });
    expect(f).toMatchObject({ expected: "99.27", cells: ["收支总表!D10", "收支总表!C10"] });
  });

  it("leaves alone budgets, changes, approximations and other units' figures", () => {
    const text = "基本支出预算800万元，较上年增加16.39万元，约700万元。县科技中心基本支出50万元。";
    expect(findingsOf("TXT-DATA", text, { model })).toEqual([]);
  });

  it("uses the workbook's 上年决算数 for a change when the text states no prior (TXT-CHANGE)", () => {
    expect(findingsOf("TXT-CHANGE", "基本支出696.39万元，较上年增加16.39万元。", { model })).toEqual([]);
    const f = onlyFinding("TXT-CHANGE", "基本支出696.39万元，较上年增加26.39万元。", { model });
    expect(f.cells).toEqual(["收支总表!E6"]);
  });

  it("says which figures it could not compare, and that nothing was compared without a workbook", () => {
    const partial = modelWith({ summary: { 基本支出: { 决算数: "696.39" } } });
    const r = checkText("三公经费支出3.46万元，年末结转和结余35.20万元。", { model: partial });
    expect(r.skipped.map((s) => s.rule)).toEqual(["TXT-DATA", "TXT-DATA"]);
    expect(checkText("基本支出696.39万元。").skipped).toEqual([expect.objectContaining({ rule: "TXT-DATA" })]);
  });

  it("takes a fixed tolerance in the workbook's unit", () => {
    expect(onlyFinding("TXT-DATA", "基本支出696.44万元。", { model, tolerance: new Decimal("0.05") }).severity).toBe(
      "info",
    );
  });
});

describe("TXT-DATA: labels that are no row of the workbook", () => {
  it("does not look up 财政拨款收入 (the three appropriations together) in 收支总表", () => {
    const model = modelWith({ summary: { 本年收入合计: { 决算数: "3985.46" } } });
    const result = checkText("本年收入合计3985.46万元，其中财政拨款收入3890.12万元，其他收入95.34万元。", { model });
    expect(result.findings).toEqual([]);
    expect(result.skipped.some((s) => s.reason["zh-CN"].includes("财政拨款收入"))).toBe(false);
  });
});
