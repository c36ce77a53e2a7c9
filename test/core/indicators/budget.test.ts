import { computeIndicators, formatIndicatorValue, INDICATOR_IDS } from "../../../src/core/indicators";
import type { DepartmentModel } from "../../../src/core/model";
import type { IndicatorResult } from "../../../src/core/result";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { modelOf } from "./model";

function indicatorOf(model: DepartmentModel, id: string): IndicatorResult {
  const found = computeIndicators(model).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The indicator on the balanced department after `change` edits its data. */
function indicator(id: string, change: (d: TemplateData) => void = () => undefined): IndicatorResult {
  const data = balancedDepartment();
  change(data);
  return indicatorOf(modelOf(data), id);
}

const pct = (i: IndicatorResult): string | undefined => i.value?.toFixed(4);
const zh = (i: IndicatorResult): string | undefined => i.reason?.["zh-CN"];

describe("computeIndicators", () => {
  it("lists every indicator of indicators.md in the table's order", () => {
    expect(computeIndicators(modelOf(balancedDepartment())).map((i) => i.id)).toEqual([
      "staffControlRate",
      "threePublicChangeRate",
      "keySpendingRate",
      "executionRate",
      "adjustmentRate",
      "carryoverRate",
      "carryoverChangeRate",
      "publicControlRate",
      "threePublicControlRate",
      "procurementRate",
      "assetUtilisationRate",
      "completionRate",
      "qualityRate",
      "timelinessRate",
      "keyWorkRate",
      "economicBenefitRate",
      "socialBenefitRate",
      "ecologicalBenefitRate",
      "satisfaction",
    ]);
    expect(INDICATOR_IDS).toHaveLength(19);
  });

  it("gives 无法计算 with a reason, never 0 or NaN, for a workbook with only 基本情况 and an empty 收支总表", () => {
    const results = computeIndicators(modelOf({ info: { 单位名称: "空白单位", 年度: 2022 } }));
    for (const r of results) {
      expect(r.value).toBeUndefined();
      expect(r.reason?.["zh-CN"]).toMatch(/^无法计算：/);
      expect(r.reason?.["en-US"]).toMatch(/^Cannot compute: /);
    }
    expect(formatIndicatorValue(results[3], "zh-CN")).toBe("无法计算：缺少本年支出合计 决算数（收支总表!D23）");
  });

  it("shows the value rounded to two decimals while keeping full precision", () => {
    const i = indicator("adjustmentRate");
    expect(i.value?.toFixed()).toBe("4.1666666666666666667");
    expect(formatIndicatorValue(i, "zh-CN")).toBe("4.17%");
  });
});

describe("在职人员控制率 = 实有人数 / 编制数", () => {
  it("sums the units: 17+5+9+6+5 = 42 of 18+5+9+6+7 = 45 → 93.33%, not the 合计 row", () => {
    const i = indicator("staffControlRate", (d) => (d.staffingTotal = { 编制数: 50, 实有人数: 40 }));
    expect(pct(i)).toBe("93.3333");
    expect(i.inputs).toEqual([
      { label: "实有人数（各机构合计）", value: "42", cell: "基本情况!E10:E14" },
      { label: "编制数（各机构合计）", value: "45", cell: "基本情况!D10:D14" },
    ]);
  });

  it("uses the 合计 row when there are no unit rows: 42 / 45", () => {
    const i = indicator("staffControlRate", (d) => (d.staffing = []));
    expect(pct(i)).toBe("93.3333");
    expect(i.formula).toContain("合计行");
    expect(i.inputs.map((x) => x.cell)).toEqual(["基本情况!E10", "基本情况!D10"]);
  });

  it("cannot be computed when 编制数 is 0", () => {
    const i = indicator("staffControlRate", (d) => {
      d.staffing = [];
      d.staffingTotal = { 编制数: 0, 实有人数: 3 };
    });
    expect(i.value).toBeUndefined();
    expect(zh(i)).toBe("无法计算：编制数为 0（基本情况!D10）");
    expect(i.reason?.["en-US"]).toBe("Cannot compute: 编制数 is 0 (基本情况!D10)");
  });

  it("cannot be computed without a staffing table", () => {
    const i = indicator("staffControlRate", (d) => {
      d.staffing = undefined;
      d.staffingTotal = undefined;
    });
    expect(zh(i)).toBe("无法计算：基本情况没有人员编制表（机构名称 | 编制数 | 实有人数）");
  });

  it("names the cell when a unit's 实有人数 is not a number", () => {
    const i = indicator("staffControlRate", (d) => (d.staffing![1].实有人数 = "约5人"));
    expect(zh(i)).toBe("无法计算：实有人数（各机构合计）（基本情况!E11）不是数字：约5人");
  });
});

describe("“三公经费” indicators (三公经费 合计)", () => {
  it("变动率 = (4.70 − 5.30) / 5.30 = −11.32%", () => {
    expect(pct(indicator("threePublicChangeRate"))).toBe("-11.3208");
  });

  it("控制率 = 4.70 / 6.00 = 78.33%", () => {
    const i = indicator("threePublicControlRate");
    expect(pct(i)).toBe("78.3333");
    expect(i.inputs.map((x) => x.cell)).toEqual(["三公经费!D9", "三公经费!C9"]);
  });

  it("cannot be computed when the 三公经费 sheet is absent", () => {
    for (const id of ["threePublicChangeRate", "threePublicControlRate"]) {
      const i = indicator(id, (d) => (d.threePublic = undefined));
      expect(zh(i)).toBe("无法计算：缺少“三公经费”工作表");
      expect(i.reason?.["en-US"]).toBe("Cannot compute: the 三公经费 sheet is absent");
    }
  });

  it("变动率 cannot be computed when 上年决算数 is 0", () => {
    const i = indicator(
      "threePublicChangeRate",
      (d) => (d.threePublic!.合计 = { 上年决算数: 0, 本年预算数: 6, 本年决算数: 4.7 }),
    );
    expect(zh(i)).toBe("无法计算：三公经费合计 上年决算数为 0（三公经费!B9）");
  });
});

describe("重点支出安排率 = 重点项目实际支出数 / 项目支出", () => {
  it("counts the projects marked 是: (225.21 + 200.65 + 72.00) / 499.90 = 99.59%", () => {
    const i = indicator("keySpendingRate");
    expect(i.inputs[0]).toEqual({
      label: "重点项目实际支出数",
      value: "497.86",
      cell: "项目支出!E4,项目支出!E5,项目支出!E7",
    });
    expect(pct(i)).toBe("99.5919");
  });

  it("is 0% when every project is marked 否", () => {
    const i = indicator("keySpendingRate", (d) => d.projects!.rows.forEach((r) => (r.是否重点项目 = "否")));
    expect(i.value?.toFixed()).toBe("0");
  });

  it("cannot be computed when no project says whether it is key", () => {
    const i = indicator("keySpendingRate", (d) => d.projects!.rows.forEach((r) => (r.是否重点项目 = undefined)));
    expect(zh(i)).toBe("无法计算：项目支出表未填写“是否重点项目”");
  });
});

describe("预算执行率, 预算调整率 and 公用经费控制率 (收支总表)", () => {
  it("执行率 = 1196.29 / 1250.00 = 95.7032%", () => {
    const i = indicator("executionRate");
    expect(i.value?.toFixed()).toBe("95.7032");
    expect(i.inputs).toEqual([
      { label: "本年支出合计 决算数", value: "1196.29", cell: "收支总表!D23" },
      { label: "本年支出合计 调整后预算数", value: "1250", cell: "收支总表!C23" },
    ]);
  });

  it("执行率 cannot be computed when 调整后预算数 is blank or not a number", () => {
    expect(zh(indicator("executionRate", (d) => (d.summary!.本年支出合计.调整后预算数 = undefined)))).toBe(
      "无法计算：缺少本年支出合计 调整后预算数（收支总表!C23）",
    );
    expect(zh(indicator("executionRate", (d) => (d.summary!.本年支出合计.调整后预算数 = { error: "#REF!" })))).toBe(
      "无法计算：本年支出合计 调整后预算数（收支总表!C23）是错误值：#REF!",
    );
  });

  it("调整率 = (1250 − 1200) / 1200 = 4.17%, and negative when the budget was cut", () => {
    expect(pct(indicator("adjustmentRate"))).toBe("4.1667");
    expect(pct(indicator("adjustmentRate", (d) => (d.summary!.本年支出合计.调整后预算数 = 1100)))).toBe("-8.3333");
  });

  it("调整率 cannot be computed when 年初预算数 is 0", () => {
    const i = indicator("adjustmentRate", (d) => (d.summary!.本年支出合计.年初预算数 = 0));
    expect(zh(i)).toBe("无法计算：本年支出合计 年初预算数为 0（收支总表!B23）");
  });

  it("公用经费控制率 = 92.56 / 95.00 = 97.43%", () => {
    expect(pct(indicator("publicControlRate"))).toBe("97.4316");
  });
});

describe("结转结余率 and 结转结余变动率", () => {
  it("结转结余率 = 年末结转和结余 23.71 / 调整后预算数 1250.00 = 1.8968%", () => {
    expect(indicator("carryoverRate").value?.toFixed()).toBe("1.8968");
  });

  it("uses 决算数 1196.29 when there is no 调整后预算数, and says so", () => {
    const i = indicator("carryoverRate", (d) => (d.summary!.本年支出合计.调整后预算数 = undefined));
    expect(pct(i)).toBe("1.9820");
    expect(i.formula).toBe("年末结转和结余 / 本年支出合计 决算数 × 100%（收支总表无调整后预算数，以决算数计算）");
    expect(i.inputs[1]).toEqual({ label: "本年支出合计 决算数", value: "1196.29", cell: "收支总表!D23" });
  });

  it("reads a blank 年末结转和结余 beside a filled 本年支出合计 as 0", () => {
    expect(indicator("carryoverRate", (d) => (d.summary!.年末结转和结余 = {})).value?.toFixed()).toBe("0");
  });

  it("变动率 = (23.71 − 30.00) / 30.00 = −20.97%; 无法计算 when 年初结转和结余 is 0", () => {
    expect(pct(indicator("carryoverChangeRate"))).toBe("-20.9667");
    const i = indicator("carryoverChangeRate", (d) => (d.summary!.年初结转和结余 = {}));
    expect(zh(i)).toBe("无法计算：年初结转和结余为 0（收支总表!D14）");
  });
});

describe("政府采购执行率 and 固定资产利用率 (其他指标)", () => {
  it("采购执行率 = 48 / 50 = 96%; 资产利用率 = 290 / 300 = 96.67%", () => {
    expect(indicator("procurementRate").value?.toFixed()).toBe("96");
    expect(pct(indicator("assetUtilisationRate"))).toBe("96.6667");
  });

  it("cannot be computed when the sheet is absent or a figure is blank", () => {
    expect(zh(indicator("procurementRate", (d) => (d.other = undefined)))).toBe("无法计算：缺少“其他指标”工作表");
    const i = indicator("assetUtilisationRate", (d) => (d.other!.固定资产总额 = undefined));
    expect(zh(i)).toBe("无法计算：缺少固定资产总额（其他指标!B5）");
    expect(i.inputs).toEqual([{ label: "在用固定资产总额", value: "290", cell: "其他指标!B6" }]);
  });
});
