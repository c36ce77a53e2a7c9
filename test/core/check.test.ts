import * as core from "../../src/core";
import { checkModel, checkWorkbook } from "../../src/core/check";
import { readWorkbook } from "../../src/core/reader";
import { templateSnapshot } from "../../src/core/template-layout";
import { balancedDepartment, balancedSnapshot } from "../fixtures/department";

/** checkWorkbook: snapshot → read → rules → indicators → score. */

describe("checkWorkbook", () => {
  const result = checkWorkbook(balancedSnapshot());

  it("finds nothing at all on the balanced department", () => {
    expect(result.findings).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== "info")).toHaveLength(0);
  });

  it("lists what it could not check on the balanced department, with reasons", () => {
    expect(result.skipped.map((s) => s.rule).sort()).toEqual([
      "BAL-BASIC",
      "BAL-EXP-TOTAL",
      "BAL-EXP-TOTAL",
      "BAL-EXP-TOTAL",
      "BAL-INC",
      "BAL-INC",
      "BAL-INC-TOTAL",
      "BAL-INC-TOTAL",
      "BAL-INC-TOTAL",
      "BAL-PRJ-TOTAL",
      "BAL-TREE",
      "BAL-TREE",
    ]);
    for (const s of result.skipped) {
      expect(s.reason["zh-CN"]).not.toBe("");
      expect(s.reason["en-US"]).not.toBe("");
    }
  });

  it("lists a check whose figures are all blank as skipped, with its reason, instead of passing it silently", () => {
    expect(result.skipped.filter((s) => s.rule === "BAL-INC").map((s) => s.reason["zh-CN"])).toEqual([
      "收支总表（年初预算数）：本年收入合计 及其各项均未填，没有可核对的数字",
      "收支总表（调整后预算数）：本年收入合计 及其各项均未填，没有可核对的数字",
    ]);
    expect(result.compared).toEqual(expect.arrayContaining(["BAL-INC", "BAL-TREE", "XS-EXP", "IND-EXEC"]));
  });

  it("carries the unit, the model, the indicators and the score", () => {
    expect(result.unit).toBe("万元");
    expect(result.model.info.name?.value).toBe("示范县工业和信息化局");
    const execution = result.indicators.find((i) => i.id === "executionRate");
    expect(execution?.value?.toFixed(2)).toBe("95.70");
    expect(result.score?.maxPoints.toNumber()).toBe(100);
  });

  it("puts the reader's DATA-* findings with the rules' findings, errors first", () => {
    const data = balancedDepartment();
    data.summary!["人员经费"]!["决算数"] = "约600";
    data.threePublic!["公务接待费"]!["本年决算数"] = 1.6; // BAL-3G error
    data.projects!.rows[0]["年末结转结余"] = 5.79; // BAL-PRJ-ROW warning
    const mixed = checkWorkbook(templateSnapshot(data));
    expect(mixed.findings[0].rule).toBe("DATA-NOTNUM");
    expect(mixed.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["BAL-3G", "BAL-PRJ-ROW"]));
    const severities = mixed.findings.map((f) => f.severity);
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
  });
});

describe("checkModel", () => {
  it("checks a model read earlier, without the reader's findings", () => {
    const data = balancedDepartment();
    data.summary!["基本支出"]!["决算数"] = 696.49;
    data.summary!["本年支出合计"]!["决算数"] = 1196.39;
    data.summary!["年末结转和结余"]!["决算数"] = 23.61;
    const { model } = readWorkbook(templateSnapshot(data));
    const result = checkModel(model);
    expect(result.findings.map((f) => f.fingerprint)).toEqual([
      "BAL-BASIC|收支总表|基本支出|决算数",
      "XS-EXP|支出明细|合计|合计|收支总表|本年支出合计|决算数",
    ]);
  });
});

describe("the public API barrel", () => {
  it("exports the check, the reader, the catalogue, the settings and the JSON shape", () => {
    expect(core.checkWorkbook).toBe(checkWorkbook);
    expect(core.readWorkbook).toBe(readWorkbook);
    expect(core.RULES.find((r) => r.id === "BAL-EXP")?.severity).toBe("error");
    expect(core.DEFAULT_SETTINGS.thresholds.executionMin).toBe(90);
    const data = balancedDepartment();
    data.summary!["本年支出合计"]!["决算数"] = 1196.31;
    const finding = core.checkWorkbook(core.templateSnapshot(data)).findings.find((f) => f.rule === "BAL-EXP")!;
    expect(core.findingToJson(finding, "zh-CN")).toEqual({
      rule: "BAL-EXP",
      severity: "error",
      message: "收支总表（决算数）：本年支出合计 1196.31 ≠ 基本支出 696.39 + 项目支出 499.90 = 1196.29，相差 0.02",
      cells: expect.arrayContaining([expect.stringMatching(/^收支总表!D\d+$/)]),
      expected: "1196.29",
      actual: "1196.31",
      difference: "0.02",
      tolerance: "0.01",
      suggestion: "核对本年支出合计及其各分项，修正合计数或漏填、错填的分项",
      fingerprint: "BAL-EXP|收支总表|本年支出合计|决算数",
    });
  });
});
