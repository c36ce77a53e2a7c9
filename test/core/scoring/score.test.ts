import { computeIndicators } from "../../../src/core/indicators";
import { Decimal } from "../../../src/core/money";
import type { ScoreResult } from "../../../src/core/result";
import { gradeFor, indicatorToJson, scoreIndicators, scoreSummary, scoreToJson } from "../../../src/core/scoring";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { modelOf } from "../indicators/model";

function scoreOf(change: (d: TemplateData) => void = () => undefined): ScoreResult {
  const data = balancedDepartment();
  change(data);
  const model = modelOf(data);
  return scoreIndicators(model, computeIndicators(model));
}

/** The balanced department with 生态效益 scored 2 in 自评打分: every item scored. */
const complete = (d: TemplateData): void => {
  d.selfScores!.push({ 指标名称: "生态效益", 得分: 2 });
};

describe("the balanced department under the default profile", () => {
  /*
   * 投入 3 + 3 + 4 + 5 + 5 = 20
   * 过程 10 × 95.7032% = 9.57032, 预算调整率 4.17% → 4 × 2/3, 结转结余 23.71 ≤ 30 → 4 × 2/3,
   *      3 + 4, 2 × 96% = 1.92, 自评 3 + 3 + 2 + 1 + 2, 2 × 96.67% = 1.9333 → 36.7570
   * 产出 8 + 4 + 4 + 4 = 20
   * 效果 经济 4 + 社会 6 + 满意度 95 ≥ 90 → 8 = 18; 生态效益 has no rows and no 自评打分 score
   */
  const score = scoreOf();

  it("scores 94.76 of 98 points, the unrounded items adding up", () => {
    expect(score.total.toDecimalPlaces(6).toFixed()).toBe("94.756987");
    expect(score.scoredPoints.toFixed()).toBe("98");
    expect(score.maxPoints.toFixed()).toBe("100");
    expect(
      score.byLevel1.map((l) => [l.name, l.score.toFixed(2), l.scoredPoints.toFixed(), l.points.toFixed()]),
    ).toEqual([
      ["投入", "20.00", "20", "20"],
      ["过程", "36.76", "40", "40"],
      ["产出", "20.00", "20", "20"],
      ["效果", "18.00", "18", "20"],
    ]);
  });

  it("gives no grade while 生态效益 is unscored, and lists it with its reason", () => {
    expect(score.grade).toBeUndefined();
    expect(score.missing).toEqual([
      {
        name: "生态效益",
        reason: {
          "zh-CN": "无法计算：绩效目标表没有效益-生态指标行；自评打分表中没有“生态效益”的得分",
          "en-US":
            "Cannot compute: 绩效目标 has no 效益-生态 (ecological benefit) rows; 自评打分 has no score for “生态效益”",
        },
      },
    ]);
  });

  it("says 已评 94.76/98 分，2 分未评", () => {
    expect(scoreSummary(score, "zh-CN")).toBe("已评 94.76/98 分，2 分未评（未评分：生态效益），不评定等级");
    expect(scoreSummary(score, "en-US")).toBe(
      "Scored 94.76 of 98 points; 2 points not scored (生态效益), so no grade is given",
    );
  });

  it("is graded 优 at 96.76 once 生态效益 is scored 2 in 自评打分", () => {
    const full = scoreOf(complete);
    expect(full.missing).toEqual([]);
    expect(full.total.toFixed(2)).toBe("96.76");
    expect(full.grade).toBe("优");
    expect(scoreSummary(full, "zh-CN")).toBe("总分 96.76 分（满分 100 分），等级：优");
    expect(scoreSummary(full, "en-US")).toBe("Total 96.76 of 100 points, grade 优 (Excellent)");
  });

  it("is graded 良 at 87.76 when three 3-point qualitative items are scored 0", () => {
    const lower = scoreOf((d) => {
      complete(d);
      for (const s of d.selfScores!)
        if (["绩效目标合理性", "管理制度健全性", "资金使用合规性"].includes(String(s.指标名称))) s.得分 = 0;
    });
    expect(lower.total.toFixed(2)).toBe("87.76");
    expect(lower.grade).toBe("良");
  });
});

describe("grade bands (财预〔2020〕10号): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("%s of 100 → %s", (total, grade) => {
    expect(gradeFor(new Decimal(total), new Decimal(100))).toBe(grade);
  });

  it("grades the total the user reads: 89.996 shows as 90.00 and is 优", () => {
    expect(gradeFor(new Decimal("89.996"), new Decimal(100))).toBe("优");
    expect(gradeFor(new Decimal("89.994"), new Decimal(100))).toBe("良");
  });

  it("grades a profile of other than 100 points on the share: 45 of 50 is 优", () => {
    expect(gradeFor(new Decimal(45), new Decimal(50))).toBe("优");
  });
});

describe("nothing is given marks for lack of data", () => {
  it("a workbook with only 基本情况 scores 0 of 0 points, every item listed as unscored", () => {
    const model = modelOf({ info: { 单位名称: "空白单位", 年度: 2022 } });
    const score = scoreIndicators(model, computeIndicators(model));
    expect(score.total.toFixed()).toBe("0");
    expect(score.scoredPoints.toFixed()).toBe("0");
    expect(score.missing).toHaveLength(25);
    expect(score.items.every((i) => i.score === undefined && i.reason !== undefined)).toBe(true);
    expect(score.grade).toBeUndefined();
    // "已评 0.00/0 分" would say nothing: the line says that nothing could be scored.
    expect(scoreSummary(score, "zh-CN")).toBe("未能评分：各项指标均缺少所需数据（满分 100 分），不评定等级");
    expect(scoreSummary(score, "en-US")).toBe(
      "Not scored: no item has the data it needs (out of 100 points), so no grade is given",
    );
  });

  it("an indicator missing from the list passed in is unscored, not full", () => {
    const model = modelOf(balancedDepartment());
    const withoutExecution = computeIndicators(model).filter((i) => i.id !== "executionRate");
    const item = scoreIndicators(model, withoutExecution).items.find((i) => i.name === "预算执行率");
    expect(item?.score).toBeUndefined();
    expect(item?.reason?.["zh-CN"]).toBe("未计算指标 executionRate");
  });
});

describe("JSON of cli.md", () => {
  const model = modelOf(balancedDepartment());
  const indicators = computeIndicators(model);
  const score = scoreIndicators(model, indicators);

  it("gives an indicator with its value, formula, inputs, score and points as strings", () => {
    expect(indicatorToJson(indicators[0], score, "zh-CN")).toEqual({
      id: "staffControlRate",
      name: "在职人员控制率",
      value: "93.33",
      unit: "%",
      formula: "Σ 各机构实有人数 / Σ 各机构编制数 × 100%",
      inputs: [
        { label: "实有人数（各机构合计）", value: "42", cell: "基本情况!E10:E14" },
        { label: "编制数（各机构合计）", value: "45", cell: "基本情况!D10:D14" },
      ],
      score: "4.00",
      points: "4",
    });
  });

  it("gives an uncomputed indicator a null value and its reason, and an unscored item a null score", () => {
    const eco = indicators.find((i) => i.id === "ecologicalBenefitRate")!;
    expect(indicatorToJson(eco, score, "en-US")).toMatchObject({
      value: null,
      reason: "Cannot compute: 绩效目标 has no 效益-生态 (ecological benefit) rows",
      score: null,
      points: "2",
    });
    expect(
      indicatorToJson(
        indicators.find((i) => i.id === "carryoverChangeRate")!,
        score,
        "zh-CN",
      ),
    ).not.toHaveProperty("score");
  });

  it("gives the score with total, scoredPoints, grade and missing", () => {
    const json = scoreToJson(score, "zh-CN");
    expect(json).toMatchObject({ total: "94.76", scoredPoints: "98", maxPoints: "100", grade: null });
    expect(json.missing.map((m) => m.name)).toEqual(["生态效益"]);
    expect(json.items[5]).toEqual({
      name: "预算执行率",
      level1: "过程",
      level2: "预算执行",
      points: "10",
      score: "9.57",
      source: "executionRate",
    });
  });
});
