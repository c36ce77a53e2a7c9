import { computeIndicators } from "../../../src/core/indicators";
import defaultProfileJson from "../../../src/core/scoring/default-profile.json";
import { DEFAULT_PROFILE, loadProfile, ProfileError, scoreIndicators } from "../../../src/core/scoring";
import { balancedDepartment } from "../../fixtures/department";
import { modelOf } from "../indicators/model";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The default profile JSON with one entry changed. */
function changed(edit: (p: Json) => void): Json {
  const copy = structuredClone(defaultProfileJson) as Json;
  edit(copy);
  return copy;
}

function errorOf(json: unknown): ProfileError {
  try {
    loadProfile(json);
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error("the profile loaded");
}

describe("the default profile (indicators.md)", () => {
  it("has 25 items worth 100 points: 投入 20, 过程 40, 产出 20, 效果 20", () => {
    expect(DEFAULT_PROFILE.items).toHaveLength(25);
    expect(DEFAULT_PROFILE.totalPoints.toFixed()).toBe("100");
    expect(DEFAULT_PROFILE.level1.map((l) => `${l.name} ${l.points.toFixed()}`)).toEqual([
      "投入 20",
      "过程 40",
      "产出 20",
      "效果 20",
    ]);
  });

  it("lists the 三级 items in the table's order with their points and rule kinds", () => {
    expect(DEFAULT_PROFILE.items.map((i) => `${i.name} ${i.points.toFixed()} ${i.rule.kind}`)).toEqual([
      "绩效目标合理性 3 qualitative",
      "绩效指标明确性 3 qualitative",
      "在职人员控制率 4 stepsAbove",
      "“三公经费”变动率 5 stepsAbove",
      "重点支出安排率 5 bands",
      "预算执行率 10 capAt100",
      "预算调整率 4 adjustmentBands",
      "结转结余率 4 carryover",
      "公用经费控制率 3 stepsAbove",
      "“三公经费”控制率 4 stepsAbove",
      "政府采购执行率 2 capAt100",
      "管理制度健全性 3 qualitative",
      "资金使用合规性 3 qualitative",
      "预决算信息公开性 2 qualitative",
      "基础信息完善性 1 qualitative",
      "资产管理安全性 2 qualitative",
      "固定资产利用率 2 capAt100",
      "实际完成率 8 rate",
      "完成及时率 4 rate",
      "质量达标率 4 rate",
      "重点工作办结率 4 rate",
      "经济效益 4 benefitOrQualitative",
      "社会效益 6 benefitOrQualitative",
      "生态效益 2 benefitOrQualitative",
      "社会公众或服务对象满意度 8 satisfaction",
    ]);
  });

  it("keeps 2/3 as an exact fraction", () => {
    const rule = DEFAULT_PROFILE.items[7].rule;
    expect(rule.kind === "carryover" && rule.withinShare.times(3).toFixed()).toBe("2");
  });
});

describe("loadProfile names the bad entry", () => {
  it("a missing points: items[2].points, 在职人员控制率", () => {
    const e = errorOf(changed((p) => delete p.items[2].points));
    expect(e.path).toBe("items[2].points");
    expect(e.messageIn("zh-CN")).toBe("评分方案有误：items[2].points：“在职人员控制率”缺少分值");
    expect(e.messageIn("en-US")).toBe('Scoring profile error at items[2].points: "在职人员控制率" has no points');
    expect(e.message).toBe(e.messageIn("zh-CN"));
  });

  it("points that are not a positive number", () => {
    expect(errorOf(changed((p) => (p.items[0].points = "三分"))).detail["zh-CN"]).toBe('应为数字，实为 "三分"');
    expect(errorOf(changed((p) => (p.items[0].points = 0))).path).toBe("items[0].points");
  });

  it("an unknown rule kind", () => {
    const e = errorOf(changed((p) => (p.items[5].rule.kind = "linear")));
    expect(e.path).toBe("items[5].rule.kind");
    expect(e.detail["zh-CN"]).toMatch(/^未知的评分规则“linear”（可用：qualitative、capAt100、/);
  });

  it("an unknown indicator id, or none on a computed item", () => {
    const e = errorOf(changed((p) => (p.items[5].indicator = "execRate")));
    expect(e.path).toBe("items[5].indicator");
    expect(e.detail["zh-CN"]).toMatch(/^“预算执行率”引用了未知的指标“execRate”（可用：staffControlRate、/);
    expect(errorOf(changed((p) => delete p.items[5].indicator)).path).toBe("items[5].indicator");
  });

  it("items not adding up to their stated 一级 total: 投入 20 against 21", () => {
    const e = errorOf(changed((p) => (p.items[2].points = 5)));
    expect(e.path).toBe("level1[0].points");
    expect(e.detail["zh-CN"]).toBe("“投入”为 20 分，但其下各项合计 21 分");
  });

  it("一级 totals not adding up to totalPoints", () => {
    const e = errorOf(changed((p) => (p.totalPoints = 90)));
    expect([e.path, e.detail["zh-CN"]]).toEqual(["totalPoints", "总分 90 分，但各一级指标合计 100 分"]);
  });

  it("an item under an 一级 that is not listed, and a name given twice", () => {
    expect(errorOf(changed((p) => (p.items[0].level1 = "投人"))).detail["zh-CN"]).toBe(
      "“绩效目标合理性”的一级指标“投人”不在 level1 中",
    );
    expect(errorOf(changed((p) => (p.items[1].name = "绩效目标合理性"))).path).toBe("items[1].name");
  });

  it("rule parameters: a share above 1, bands out of order, stepsAbove with both deductions", () => {
    expect(errorOf(changed((p) => (p.items[4].rule.bands[1].share = 1.5))).path).toBe("items[4].rule.bands[1].share");
    expect(errorOf(changed((p) => (p.items[4].rule.bands[1].min = 95))).path).toBe("items[4].rule.bands[1].min");
    expect(errorOf(changed((p) => (p.items[2].rule.deductShare = 0.1))).detail["zh-CN"]).toBe(
      "stepsAbove 需要 deductPoints 或 deductShare 二者之一",
    );
    expect(errorOf(changed((p) => (p.items[6].rule.bands[0].share = "2/0"))).path).toBe("items[6].rule.bands[0].share");
  });

  it("something that is not a profile at all", () => {
    expect(errorOf("profile.json").messageIn("zh-CN")).toBe(
      "评分方案有误：（根）：应为对象（{ name, level1, items }）",
    );
    expect(errorOf({ name: "x", level1: [] }).path).toBe("level1");
  });
});

describe("a department's own profile is data", () => {
  it("scores the balanced department 9.57 of 10 (优) under a one-item profile", () => {
    const own = loadProfile({
      name: "简化方案",
      level1: [{ name: "过程", points: 10 }],
      items: [
        {
          level1: "过程",
          level2: "预算执行",
          name: "预算执行率",
          points: 10,
          indicator: "executionRate",
          rule: { kind: "capAt100" },
        },
      ],
    });
    const model = modelOf(balancedDepartment());
    const score = scoreIndicators(model, computeIndicators(model), own);
    expect([score.profile, score.total.toFixed(), score.maxPoints.toFixed(), score.grade]).toEqual([
      "简化方案",
      "9.57032",
      "10",
      "优",
    ]);
  });
});
