import { computeIndicators } from "../../../src/core/indicators";
import { Decimal } from "../../../src/core/money";
import type { ScoredItem } from "../../../src/core/result";
import { DEFAULT_PROFILE, scoreIndicators, scoreRate } from "../../../src/core/scoring";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { modelOf } from "../indicators/model";

/** The default profile's points for `name` at a rate (a percentage), to 4 decimals. */
function points(name: string, rate: string): string {
  const item = DEFAULT_PROFILE.items.find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name}`);
  if (item.rule.kind === "qualitative" || item.rule.kind === "carryover") throw new Error(`${name} is not rate-scored`);
  return scoreRate(item.rule, new Decimal(rate), item.points).toDecimalPlaces(4).toFixed();
}

/** The scored item `name` for the balanced department after `change`. */
function scored(name: string, change: (d: TemplateData) => void = () => undefined): ScoredItem {
  const data = balancedDepartment();
  change(data);
  const model = modelOf(data);
  const item = scoreIndicators(model, computeIndicators(model)).items.find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name}`);
  return item;
}

const score = (i: ScoredItem): string | undefined => i.score?.toDecimalPlaces(4).toFixed();

describe("stepsAbove: ≤ limit full, each point above deducts (proportionally)", () => {
  it("在职人员控制率 (4 分, 0.5 per point above 100%): 93.33 → 4, 100 → 4, 100.5 → 3.75, 102 → 4 − 1 = 3, 110 → 0", () => {
    expect([
      points("在职人员控制率", "93.33"),
      points("在职人员控制率", "100"),
      points("在职人员控制率", "100.5"),
    ]).toEqual(["4", "4", "3.75"]);
    expect(points("在职人员控制率", "102")).toBe("3");
    expect(points("在职人员控制率", "110")).toBe("0");
  });

  it("“三公经费”变动率 (5 分, 10% of the points per point above 0): −11.32 → 5, 0 → 5, 3 → 3.5, 12 → 0", () => {
    expect(["-11.32", "0", "3", "12"].map((r) => points("“三公经费”变动率", r))).toEqual(["5", "5", "3.5", "0"]);
  });

  it("公用经费控制率 (3 分, 10% per point): 101 → 2.7; “三公经费”控制率 (4 分, 20% per point): 101 → 3.2, 105 → 0", () => {
    expect(points("公用经费控制率", "100")).toBe("3");
    expect(points("公用经费控制率", "101")).toBe("2.7");
    expect(points("“三公经费”控制率", "101")).toBe("3.2");
    expect(points("“三公经费”控制率", "105")).toBe("0");
  });
});

describe("bands: 重点支出安排率 (5 分) ≥90 full, [80,90) 80%, [70,80) 60%, [60,70) 40%, <60 0", () => {
  it.each([
    ["90", "5"],
    ["89.99", "4"],
    ["80", "4"],
    ["79.99", "3"],
    ["70", "3"],
    ["60", "2"],
    ["59.99", "0"],
  ])("%s%% → %s", (rate, expected) => {
    expect(points("重点支出安排率", rate)).toBe(expected);
  });
});

describe("capAt100 and rate", () => {
  it("预算执行率 (10 分) = 10 × min(rate, 100%): 95.7032 → 9.57032, 105 → 10", () => {
    expect(points("预算执行率", "95.7032")).toBe("9.5703");
    expect(scoreRate({ kind: "capAt100" }, new Decimal("95.7032"), new Decimal(10)).toFixed()).toBe("9.57032");
    expect(points("预算执行率", "105")).toBe("10");
    expect(points("政府采购执行率", "96")).toBe("1.92");
  });

  it("实际完成率 (8 分) = 8 × rate: 2 of 3 met → 5.3333; never below 0", () => {
    expect(points("实际完成率", "66.666666666666666667")).toBe("5.3333");
    expect(points("实际完成率", "100")).toBe("8");
    expect(scoreRate({ kind: "rate" }, new Decimal(-5), new Decimal(8)).toFixed()).toBe("0");
  });
});

describe("adjustmentBands: 预算调整率 (4 分) on |rate|: 0 full, ≤10 2/3, ≤20 1/3, ≤30 1/6, above 0", () => {
  it.each([
    ["0", "4"],
    ["0.01", "2.6667"],
    ["10", "2.6667"],
    ["-10", "2.6667"],
    ["10.01", "1.3333"],
    ["20", "1.3333"],
    ["30", "0.6667"],
    ["30.01", "0"],
  ])("%s%% → %s", (rate, expected) => {
    expect(points("预算调整率", rate)).toBe(expected);
  });
});

describe("satisfaction: ≥ 90% full, else points × 满意度 / 90%", () => {
  it("社会公众或服务对象满意度 (8 分): 95 → 8, 90 → 8, 85.5 → 7.6, 0 → 0", () => {
    expect(["95", "90", "85.5", "0"].map((r) => points("社会公众或服务对象满意度", r))).toEqual(["8", "8", "7.6", "0"]);
  });
});

describe("carryover: 年末结转和结余 = 0 full; ≤ 年初结转和结余 2/3; above 年初 0", () => {
  const withYearEnd = (end: number | string | undefined) => (d: TemplateData) => {
    d.summary!.年末结转和结余 = { 决算数: end };
  };

  it("23.71 ≤ 30.00 → 4 × 2/3 = 2.6667", () => {
    expect(score(scored("结转结余率"))).toBe("2.6667");
  });

  it("0 (or a blank 年末 beside a filled 本年支出合计) → 4", () => {
    expect(score(scored("结转结余率", withYearEnd(0)))).toBe("4");
    expect(score(scored("结转结余率", withYearEnd(undefined)))).toBe("4");
  });

  it("exactly 年初 30.00 → 2.6667; 30.01 → 0", () => {
    expect(score(scored("结转结余率", withYearEnd(30)))).toBe("2.6667");
    expect(score(scored("结转结余率", withYearEnd(30.01)))).toBe("0");
  });

  it("is not scored when 年末结转和结余 is not a number", () => {
    const item = scored("结转结余率", withYearEnd("约20"));
    expect(item.score).toBeUndefined();
    expect(item.reason?.["zh-CN"]).toBe("无法计算：年末结转和结余 决算数（收支总表!D25）不是数字：约20");
  });
});

describe("qualitative: the department's own score from 自评打分, clipped to 0…points", () => {
  it("takes 绩效目标合理性 = 3 from 自评打分", () => {
    const item = scored("绩效目标合理性");
    expect([score(item), item.source]).toEqual(["3", "Q"]);
  });

  it("clips 5 to the 3 points and −1 to 0", () => {
    const set = (v: number) => (d: TemplateData) => (d.selfScores![0].得分 = v);
    expect(score(scored("绩效目标合理性", set(5)))).toBe("3");
    expect(score(scored("绩效目标合理性", set(-1)))).toBe("0");
  });

  it("matches the name after normalising (numbering, spaces, full-width)", () => {
    const item = scored("绩效目标合理性", (d) => (d.selfScores![0] = { 指标名称: "1、绩效目标　合理性", 得分: 2.5 }));
    expect(score(item)).toBe("2.5");
  });

  it("is not scored when 自评打分 lacks the row, leaves the score blank, or is absent", () => {
    const lacking = scored(
      "管理制度健全性",
      (d) => (d.selfScores = d.selfScores!.filter((s) => s.指标名称 !== "管理制度健全性")),
    );
    expect(lacking.reason?.["zh-CN"]).toBe("自评打分表中没有“管理制度健全性”的得分");
    const blank = scored("管理制度健全性", (d) => (d.selfScores![2].得分 = undefined));
    expect(blank.reason?.["zh-CN"]).toBe("自评打分“管理制度健全性”的得分为空（自评打分!B5）");
    const absent = scored("管理制度健全性", (d) => (d.selfScores = undefined));
    expect(absent.reason?.["en-US"]).toBe("the 自评打分 sheet is absent");
  });
});

describe("benefitOrQualitative: points × share of 效益 rows met, else 自评打分", () => {
  it("经济效益 (4 分): 1 of 1 效益-经济 rows met → 4, from the indicator", () => {
    const item = scored("经济效益");
    expect([score(item), item.source]).toEqual(["4", "economicBenefitRate"]);
  });

  it("社会效益 (6 分): 安全生产事故 1 against 0 → 0 of 1 met → 0", () => {
    expect(score(scored("社会效益", (d) => (d.targets![4].实际值 = 1)))).toBe("0");
  });

  it("生态效益 (2 分): no 效益-生态 rows → the 自评打分 score 1.5", () => {
    const item = scored("生态效益", (d) => d.selfScores!.push({ 指标名称: "生态效益", 得分: 1.5 }));
    expect([score(item), item.source]).toEqual(["1.5", "Q"]);
  });

  it("生态效益 without rows nor a 自评打分 score is not scored, and says both", () => {
    const item = scored("生态效益");
    expect(item.score).toBeUndefined();
    expect(item.reason?.["zh-CN"]).toBe("无法计算：绩效目标表没有效益-生态指标行；自评打分表中没有“生态效益”的得分");
  });
});

describe("an indicator that cannot be computed is not scored, never given full marks", () => {
  it("在职人员控制率 with 编制数 0 is unscored with the indicator's reason", () => {
    const item = scored("在职人员控制率", (d) => {
      d.staffing = [];
      d.staffingTotal = { 编制数: 0, 实有人数: 3 };
    });
    expect(item.score).toBeUndefined();
    expect(item.reason?.["zh-CN"]).toBe("无法计算：编制数为 0（基本情况!D10）");
  });
});
