import { readWorkbook } from "../../../src/core/reader";
import { RULES, type RuleMeta } from "../../../src/core/rules/catalogue";
import { runRules } from "../../../src/core/rules/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { templateSnapshot } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { checkChanged, ofRule, skippedOf, zh } from "./helpers";

/** The engine: the catalogue as data, coverage, fingerprints, determinism. */

describe("the catalogue is data", () => {
  it("runs a new balance rule added as one entry (基本支出 696.39 = 人员经费 603.83 alone fails)", () => {
    const entry: RuleMeta = {
      id: "BAL-TEST",
      family: "基本平衡",
      severity: "error",
      sheets: ["收支总表"],
      title: { "zh-CN": "测试", "en-US": "Test" },
      formula: { "zh-CN": "基本支出 = 人员经费", "en-US": "基本支出 = 人员经费" },
      checks: [{ kind: "sum", table: "summary", total: "基本支出", parts: ["人员经费"], columns: ["决算数"] }],
    };
    const { model } = readWorkbook(templateSnapshot(balancedDepartment()));
    const run = runRules(model, DEFAULT_SETTINGS, [], [entry]);
    expect(run.findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([["BAL-TEST", "603.83", "696.39"]]);
  });

  it("gives every rule of rules.md outside DATA-*/TXT-* an evaluation spec, and keeps ids unique", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const engineRules = RULES.filter(
      (r) => !r.id.startsWith("DATA-") && !r.id.startsWith("TXT-") && r.id !== "COV-SKIPPED",
    );
    expect(engineRules.filter((r) => !r.checks?.length).map((r) => r.id)).toEqual([]);
    expect(engineRules.filter((r) => !r.sheets?.length).map((r) => r.id)).toEqual([]);
    expect(engineRules).toHaveLength(29); // 14 BAL, 4 XS, CODE-NAME, 10 IND
  });

  it("keeps the severities of rules.md (IND-3G-OVER error, BAL-PRJ-ROW and XS-PRJ warnings)", () => {
    const severity = (id: string) => RULES.find((r) => r.id === id)?.severity;
    expect([
      severity("IND-3G-OVER"),
      severity("BAL-PRJ-ROW"),
      severity("XS-PRJ"),
      severity("XS-3G"),
      severity("CODE-NAME"),
    ]).toEqual(["error", "warning", "warning", "error", "warning"]);
  });
});

describe("COV-SKIPPED", () => {
  it("reports one info finding for an absent 三公经费 sheet, listing its five rules, and skips them", () => {
    const result = checkChanged((d) => delete d.threePublic);
    const coverage = ofRule(result, "COV-SKIPPED");
    expect(coverage).toHaveLength(1);
    expect(coverage[0].severity).toBe("info");
    expect(zh(coverage[0])).toBe(
      "未提供「三公经费」表，以下校验未运行：BAL-3G-CAR、BAL-3G、XS-3G、IND-3G-OVER、IND-3G-UP",
    );
    expect(coverage[0].fingerprint).toBe("COV-SKIPPED|三公经费");
    for (const id of ["BAL-3G-CAR", "BAL-3G", "XS-3G", "IND-3G-OVER", "IND-3G-UP"]) {
      expect(skippedOf(result, id).map(zh)).toEqual(["未提供「三公经费」表"]);
    }
  });

  it("reports each absent sheet once: 项目支出 and 支出明细 both absent", () => {
    const result = checkChanged((d) => {
      delete d.projects;
      delete d.expenditure;
    });
    expect(ofRule(result, "COV-SKIPPED").map(zh)).toEqual([
      "未提供「支出明细」表，以下校验未运行：BAL-ROW、BAL-TREE、BAL-COL、XS-EXP、XS-PRJ-CLASS、CODE-NAME",
      "未提供「项目支出」表，以下校验未运行：BAL-PRJ-TOTAL、BAL-PRJ-ROW、XS-PRJ、XS-PRJ-CLASS、IND-PRJ-EXEC、IND-LATE",
    ]);
    expect(skippedOf(result, "XS-PRJ-CLASS").map(zh)).toEqual(["未提供「项目支出、支出明细」表"]);
  });

  it("reports nothing when every sheet the rules need is there", () => {
    expect(ofRule(checkChanged(), "COV-SKIPPED")).toEqual([]);
  });

  it("skips without COV-SKIPPED when the staffing table of 基本情况 is absent", () => {
    const result = checkChanged((d) => {
      delete d.staffing;
      delete d.staffingTotal;
    });
    expect(ofRule(result, "COV-SKIPPED")).toEqual([]);
    expect(skippedOf(result, "BAL-STAFF").map(zh)[0]).toContain("没有人员编制表");
  });
});

describe("the list of skipped checks", () => {
  it("lists a rule skipped for the same reason in several columns once (XS-EXP without a 合计 row)", () => {
    const result = checkChanged((d) => delete d.expenditure!.total);
    expect(skippedOf(result, "XS-EXP").map(zh)).toEqual(["「支出明细」表没有合计行"]);
  });

  it("says 无法计算 once when a check on an indicator is skipped (IND-PUBLIC without 调整后预算数)", () => {
    const result = checkChanged((d) => {
      d.summary!["公用经费"] = { 决算数: 92.56 };
    });
    expect(skippedOf(result, "IND-PUBLIC").map(zh)).toEqual([
      "公用经费控制率无法计算：缺少公用经费 调整后预算数（收支总表!C18）",
    ]);
    expect(skippedOf(result, "IND-PUBLIC")[0].reason["en-US"]).toBe(
      "Public funds control rate cannot be computed: 公用经费 调整后预算数 is missing (收支总表!C18)",
    );
  });
});

describe("fingerprints and order", () => {
  const change = (d: ReturnType<typeof balancedDepartment>) => (d.summary!["本年支出合计"]!["决算数"] = 1196.31);

  it("keep the same fingerprint when rows move (no unit row: every address shifts up by one)", () => {
    const moved = checkChanged((d) => {
      change(d);
      d.sheetUnits = { 收支总表: null };
    });
    const fixed = checkChanged(change);
    const bal = (r: typeof fixed) => ofRule(r, "BAL-EXP")[0];
    expect(bal(moved).cells[0]).not.toBe(bal(fixed).cells[0]);
    expect(bal(moved).fingerprint).toBe(bal(fixed).fingerprint);
  });

  it("never put an address in a fingerprint", () => {
    const result = checkChanged((d) => {
      change(d);
      d.expenditure!.rows[6]["合计"] = 696.49;
      d.projects!.rows[0]["年末结转结余"] = 5.79;
      d.staffingTotal!["编制数"] = 46;
    });
    expect(result.findings.length).toBeGreaterThan(5);
    for (const f of result.findings) expect(f.fingerprint).not.toMatch(/![A-Z]+\d+/);
  });

  it("sorts errors → warnings → info, the same way on every run", () => {
    const make = () =>
      checkChanged((d) => {
        d.summary!["本年支出合计"]!["决算数"] = 1196.3; // 尾差 info
        d.projects!.rows[0]["年末结转结余"] = 5.79; // warning
        d.staffingTotal!["编制数"] = 46; // error
        delete d.threePublic; // COV-SKIPPED info
      });
    const first = make();
    const rank = { error: 0, warning: 1, info: 2 };
    const ranks = first.findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    expect(make().findings).toEqual(first.findings);
    expect(make().skipped).toEqual(first.skipped);
  });
});
