import { computeIndicators, isSmallerBetter, targetCategory, targetMet } from "../../../src/core/indicators";
import { Decimal } from "../../../src/core/money";
import type { TargetRow } from "../../../src/core/model";
import type { IndicatorResult } from "../../../src/core/result";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { modelOf } from "./model";

/*
 * The balanced department's 绩效目标 (rows 3–8):
 *   产出-数量 建成5G宏基站 个 180 → 185 (重点工作) | 产出-质量 项目验收合格率 % 100 → 100
 *   产出-时效 项目按期完成率 % 95 → 100 | 效益-经济 规模工业增加值增速 % 6 → 7.2
 *   效益-社会 安全生产事故 起 0 → 0 | 满意度 服务对象满意度 % 90 → 95
 */
function indicator(id: string, change: (d: TemplateData) => void = () => undefined): IndicatorResult {
  const data = balancedDepartment();
  change(data);
  const found = computeIndicators(modelOf(data)).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const value = (i: IndicatorResult): string | undefined => i.value?.toDecimalPlaces(4).toFixed();
const setActual = (name: string, actual: number | undefined) => (d: TemplateData) => {
  d.targets!.find((t) => t.指标名称 === name)!.实际值 = actual;
};

function row(name: string, unit: string, target: number, actual: number): TargetRow {
  return {
    row: 3,
    category: "产出-数量",
    name,
    nameCell: "绩效目标!B3",
    unitOfMeasure: unit,
    target: { state: "value", value: new Decimal(target), cell: "绩效目标!D3" },
    actual: { state: "value", value: new Decimal(actual), cell: "绩效目标!E3" },
  };
}

describe("a target is met when 实际值 ≥ 目标值, or ≤ where smaller is better", () => {
  it.each([
    ["平均办件时长降低至", "天"],
    ["非税收入入库差错下降到", "笔"],
    ["三公经费不超过预算", "万元"],
    ["群众投诉件数", "件"],
    ["安全生产事故", "起"],
    ["办件平均时长", "天以下"],
    ["培训费用", "控制在预算内"],
    ["差错率", "≤%"],
  ])("%s (%s) is smaller-is-better", (name, unit) => {
    expect(isSmallerBetter(name, unit)).toBe(true);
  });

  it("建成5G宏基站 (个) is larger-is-better", () => {
    expect(isSmallerBetter("建成5G宏基站", "个")).toBe(false);
  });

  it("a rate of reduction (单位能耗下降率, 成本降低率, 降幅) is larger-is-better despite 下降/降低", () => {
    expect(isSmallerBetter("单位能耗下降率", "%")).toBe(false);
    expect(isSmallerBetter("行政成本降低率", "%")).toBe(false);
    expect(isSmallerBetter("事故起数降幅", "%")).toBe(false);
    expect(targetMet(row("单位能耗下降率", "%", 3, 3.5))).toBe(true);
  });

  it("meets at equality in both directions, and misses one step past it", () => {
    expect(targetMet(row("建成5G宏基站", "个", 180, 180))).toBe(true);
    expect(targetMet(row("建成5G宏基站", "个", 180, 179))).toBe(false);
    expect(targetMet(row("安全生产事故", "起", 0, 0))).toBe(true);
    expect(targetMet(row("安全生产事故", "起", 0, 1))).toBe(false);
    expect(targetMet(row("群众投诉件数", "件", 10, 3))).toBe(true);
  });

  it("cannot say when 实际值 is not a number", () => {
    expect(
      targetMet({ ...row("建成5G宏基站", "个", 180, 0), actual: { state: "blank", cell: "绩效目标!E3" } }),
    ).toBeUndefined();
  });
});

describe("指标类别 is read as free text", () => {
  it.each([
    ["产出-数量", "output", "数量"],
    ["产出—质量", "output", "质量"],
    ["质量指标", "output", "质量"],
    ["产出 - 时效", "output", "时效"],
    ["效益-社会", "benefit", "社会"],
    ["社会效益指标", "benefit", "社会"],
    ["效益-满意度", "satisfaction", undefined],
    ["满意度", "satisfaction", undefined],
    ["其他", "other", undefined],
  ])("%s → %s %s", (category, group, sub) => {
    expect(targetCategory(category)).toEqual({ group, ...(sub && { sub }) });
  });
});

describe("实际完成率, 质量达标率, 完成及时率, 重点工作办结率", () => {
  it("实际完成率 = 3 of 3 产出 rows met = 100%, each row listed with its 实际值", () => {
    const i = indicator("completionRate");
    expect(i.value?.toFixed()).toBe("100");
    expect(i.inputs.slice(0, 3)).toEqual([
      { label: "达成目标的产出类指标数", value: "3", cell: "绩效目标!E3:E5" },
      { label: "产出类指标数", value: "3", cell: "绩效目标!E3:E5" },
      { label: "建成5G宏基站 实际值（目标 ≥ 180 个，达成）", value: "185", cell: "绩效目标!E3" },
    ]);
  });

  it("实际完成率 = 2 of 3 = 66.67% when 建成5G宏基站 reaches only 170 of 180", () => {
    const i = indicator("completionRate", setActual("建成5G宏基站", 170));
    expect(value(i)).toBe("66.6667");
    expect(i.inputs[2].label).toBe("建成5G宏基站 实际值（目标 ≥ 180 个，未达成）");
  });

  it("质量达标率 and 完成及时率 count only their own rows", () => {
    expect(value(indicator("qualityRate"))).toBe("100");
    const late = (d: TemplateData) => setActual("项目按期完成率", 90)(d);
    expect(value(indicator("timelinessRate", late))).toBe("0");
    expect(value(indicator("qualityRate", late))).toBe("100");
  });

  it("重点工作办结率 counts the rows with 是否重点工作 = 是 (建成5G宏基站 only)", () => {
    expect(value(indicator("keyWorkRate"))).toBe("100");
    expect(value(indicator("keyWorkRate", setActual("建成5G宏基站", 170)))).toBe("0");
  });

  it("cannot be computed when a row lacks its 实际值 (no row is silently dropped)", () => {
    const i = indicator("completionRate", setActual("项目验收合格率", undefined));
    expect(i.reason?.["zh-CN"]).toBe("无法计算：缺少项目验收合格率 实际值（绩效目标!E4）");
  });

  it("cannot be computed when there is no row to count, or no 绩效目标 sheet", () => {
    const noKey = indicator("keyWorkRate", (d) => d.targets!.forEach((t) => (t.是否重点工作 = undefined)));
    expect(noKey.reason?.["zh-CN"]).toBe("无法计算：绩效目标表没有重点工作指标行");
    const absent = indicator("completionRate", (d) => (d.targets = undefined));
    expect(absent.reason?.["zh-CN"]).toBe("无法计算：缺少“绩效目标”工作表");
  });
});

describe("经济效益, 社会效益, 生态效益: share of the 效益 rows met", () => {
  it("规模工业增加值增速 7.2 ≥ 6 → 经济 100%; 安全生产事故 0 ≤ 0 → 社会 100%", () => {
    expect(value(indicator("economicBenefitRate"))).toBe("100");
    expect(indicator("socialBenefitRate").inputs[2].label).toBe("安全生产事故 实际值（目标 ≤ 0 起，达成）");
    expect(value(indicator("socialBenefitRate"))).toBe("100");
  });

  it("one 安全生产事故 against a target of 0 → 社会 0%", () => {
    expect(value(indicator("socialBenefitRate", setActual("安全生产事故", 1)))).toBe("0");
  });

  it("生态效益 cannot be computed without 效益-生态 rows; with 1 of 2 met it is 50%", () => {
    expect(indicator("ecologicalBenefitRate").reason?.["zh-CN"]).toBe("无法计算：绩效目标表没有效益-生态指标行");
    const i = indicator("ecologicalBenefitRate", (d) => {
      d.targets!.push({ 指标类别: "效益-生态", 指标名称: "单位能耗下降率", 计量单位: "%", 目标值: 3, 实际值: 3.5 });
      d.targets!.push({ 指标类别: "效益-生态", 指标名称: "植树造林面积", 计量单位: "亩", 目标值: 100, 实际值: 80 });
    });
    expect(value(i)).toBe("50");
  });
});

describe("满意度 = 实际值 of the 满意度 row", () => {
  it("is 95 for 服务对象满意度", () => {
    const i = indicator("satisfaction");
    expect(i.value?.toFixed()).toBe("95");
    expect(i.inputs).toEqual([{ label: "服务对象满意度 实际值", value: "95", cell: "绩效目标!E8" }]);
  });

  it("averages several 满意度 rows: (95 + 86) / 2 = 90.5", () => {
    const i = indicator("satisfaction", (d) => {
      d.targets!.push({ 指标类别: "满意度", 指标名称: "企业满意度", 计量单位: "%", 目标值: 90, 实际值: 86 });
    });
    expect(i.value?.toFixed()).toBe("90.5");
    expect(i.formula).toBe("满意度指标实际值的平均值（2 项）");
  });

  it("cannot be computed without a 满意度 row or with a blank 实际值", () => {
    const none = indicator("satisfaction", (d) => (d.targets = d.targets!.filter((t) => t.指标类别 !== "满意度")));
    expect(none.reason?.["zh-CN"]).toBe("无法计算：绩效目标表没有满意度指标行");
    expect(indicator("satisfaction", setActual("服务对象满意度", undefined)).reason?.["zh-CN"]).toBe(
      "无法计算：缺少服务对象满意度 实际值（绩效目标!E8）",
    );
  });
});
