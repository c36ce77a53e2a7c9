import { Decimal } from "../../../src/core/money";
import { DEFAULT_PROFILE, loadProfile, ProfileError } from "../../../src/core/scoring";
import { criterionText, deductionText } from "../../../src/core/scoring/criteria";
import { judge } from "../../../src/core/scoring/judgements";
import defaultProfileJson from "../../../src/core/scoring/default-profile.json";
import type { ScoredItem } from "../../../src/core/result";

/** The words the report may use about a value, from the profile's thresholds, and the scorecard's words. */

const word = (key: string, v: string | number) => judge(DEFAULT_PROFILE, key, new Decimal(v), "zh-CN");

describe("judgements of the default profile", () => {
  it("calls execution from 95% 较好, from 85% 一般, below 偏慢 — at the boundaries too", () => {
    expect(word("executionRate", 97.96)).toBe("预算执行情况较好");
    expect(word("executionRate", 95)).toBe("预算执行情况较好");
    expect(word("executionRate", "94.99")).toBe("预算执行情况一般");
    expect(word("executionRate", 85)).toBe("预算执行情况一般");
    expect(word("executionRate", "84.99")).toBe("预算执行进度偏慢");
  });

  it("calls a carry-over rate of 2.73% or 2.98% small, not large; 较大 only from 10%", () => {
    expect(word("carryoverRate", 2.73)).toBe("结转结余资金规模较小");
    expect(word("carryoverRate", 2.98)).toBe("结转结余资金规模较小");
    expect(word("carryoverRate", 5)).toBe("年末结转结余资金偏多");
    expect(word("carryoverRate", 10)).toBe("年末结转结余资金较大");
  });

  it("judges an adjustment by its size, a cut as much as an increase", () => {
    expect(word("adjustmentRate", 19.5)).toBe("预算调整幅度偏大");
    expect(word("adjustmentRate", -25)).toBe("预算调整幅度较大");
    expect(word("adjustmentRate", 4.17)).toBe("预算调整幅度较小");
  });

  it("says 超过 only above 100% for control rates, and has nothing to say about an unknown key", () => {
    expect(word("staffControlRate", 100)).toBe("人员控制在编制以内");
    expect(word("staffControlRate", 114.29)).toBe("实有人数超过编制");
    expect(word("threePublicControlRate", 88.21)).toBe("“三公”经费控制在预算以内");
    expect(word("projectExecutionRate", 80)).toBe("执行进度偏慢");
    expect(word("noSuchIndicator", 50)).toBeUndefined();
    expect(judge(DEFAULT_PROFILE, "executionRate", new Decimal(97), "en-US")).toBe("budget execution was good");
  });

  it("rejects bands out of order or a catch-all that is not last, naming the entry", () => {
    const bad = (judgements: unknown) => () => loadProfile({ ...defaultProfileJson, judgements });
    const band = (min?: number) => ({ ...(min !== undefined && { min }), "zh-CN": "好", "en-US": "good" });
    expect(bad({ x: { bands: [band(10), band(20)] } })).toThrow(ProfileError);
    expect(bad({ x: { bands: [band(10), band(20)] } })).toThrow(/judgements\.x\.bands\[1\]\.min/);
    expect(bad({ x: { bands: [band(), band(20)] } })).toThrow(/judgements\.x\.bands\[0\]\.min/);
    expect(bad({ x: { bands: [{ min: 1, "zh-CN": "好" }] } })).toThrow(/en-US/);
    expect(() => loadProfile({ ...defaultProfileJson, unscored: "skip" })).toThrow(/unscored/);
  });

  it("reads the unscored policy and a fixed self-reference", () => {
    expect(DEFAULT_PROFILE.unscored).toBe("zero");
    const p = loadProfile({
      ...defaultProfileJson,
      unscored: "rescale",
      selfReference: { "zh-CN": "我局", "en-US": "we" },
    });
    expect(p.unscored).toBe("rescale");
    expect(p.selfReference).toEqual({ kind: "fixed", word: { "zh-CN": "我局", "en-US": "we" } });
  });
});

describe("criteria and reasons in words", () => {
  const item = (name: string) => DEFAULT_PROFILE.items.find((i) => i.name === name)!;

  it("writes each rule as a manual prints it", () => {
    expect(criterionText(item("在职人员控制率"), "zh-CN")).toBe("≤100%得满分；每超1个百分点扣0.5分");
    expect(criterionText(item("重点支出安排率"), "zh-CN")).toBe(
      "≥90%得5分；≥80%得4分；≥70%得3分；≥60%得2分；<60%不得分",
    );
    expect(criterionText(item("预算调整率"), "zh-CN")).toBe(
      "未调整得4分；≤10%得2.67分；≤20%得1.33分；≤30%得0.67分；>30%不得分",
    );
    expect(criterionText(item("结转结余率"), "zh-CN")).toBe("无结转结余得满分；不超过年初数得2.67分；超过年初数不得分");
    expect(criterionText(item("绩效目标合理性"), "zh-CN")).toBe("单位自评，最高3分");
    expect(criterionText(item("预算执行率"), "en-US")).toBe("points × rate (at most 100%)");
  });

  const scored = (name: string, score: string | undefined, source: string, reason?: string): ScoredItem => ({
    name,
    level1: "过程",
    level2: "预算执行",
    points: item(name).points,
    source,
    ...(score !== undefined && { score: new Decimal(score) }),
    ...(reason && { reason: { "zh-CN": reason, "en-US": reason } }),
  });

  it("gives the value and the points lost, nothing when none were, and the reason of an unscored item", () => {
    expect(
      deductionText(scored("预算执行率", "9.796", "executionRate"), item("预算执行率").rule, "zh-CN", "97.96%"),
    ).toBe("97.96%，扣0.20分");
    expect(
      deductionText(scored("预算执行率", "10", "executionRate"), item("预算执行率").rule, "zh-CN", "100.00%"),
    ).toBe("");
    const carry = item("结转结余率").rule;
    expect(deductionText(scored("结转结余率", "2.6666666", "carryoverRate"), carry, "zh-CN", "2.98%")).toBe(
      "年末仍有结转结余，扣1.33分",
    );
    expect(deductionText(scored("结转结余率", "0", "carryoverRate"), carry, "zh-CN", "2.73%")).toBe(
      "年末结转结余超过年初数，扣4.00分",
    );
    expect(deductionText(scored("绩效目标合理性", "2.5", "Q"), item("绩效目标合理性").rule, "zh-CN")).toBe(
      "单位自评扣0.50分",
    );
    expect(
      deductionText(
        scored("预算执行率", undefined, "executionRate", "无法计算：缺少本年支出合计（收支总表!D23）"),
        item("预算执行率").rule,
        "zh-CN",
      ),
    ).toBe("缺少本年支出合计（收支总表!D23）");
  });
});
