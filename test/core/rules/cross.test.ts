import type { TemplateData } from "../../../src/core/template-layout";
import { checkChanged, ofRule, only, passes, rowInYuan, skippedOf, yuan, zh } from "./helpers";

/** 表间: XS-EXP, XS-PRJ, XS-PRJ-CLASS, XS-3G, and DATA-UNIT in place of a balance error. */

const balanced = checkChanged();

/** The 支出明细 of the balanced department rewritten in 元 (603.83 → 6038300). */
function detailInYuan(d: TemplateData): void {
  d.expenditure!.rows = d.expenditure!.rows.map(rowInYuan);
  d.expenditure!.total = rowInYuan(d.expenditure!.total!);
}

describe("XS-EXP 支出明细 合计 row = 收支总表 决算数", () => {
  it("flags 支出明细 人员经费 613.83 against 收支总表 人员经费 603.83, naming both cells", () => {
    const result = checkChanged((d) => {
      d.expenditure!.total!["人员经费"] = 613.83;
      d.expenditure!.total!["合计"] = 1206.29;
    });
    const found = ofRule(result, "XS-EXP");
    expect(found.map((f) => f.fingerprint)).toEqual([
      "XS-EXP|支出明细|合计|合计|收支总表|本年支出合计|决算数",
      "XS-EXP|支出明细|合计|人员经费|收支总表|人员经费|决算数",
    ]);
    const f = found[1];
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("支出明细 合计行 人员经费 613.83 ≠ 收支总表 人员经费（决算数） 603.83，相差 10.00");
    expect(f.cells).toHaveLength(2);
    expect(f.cells[0]).toMatch(/^支出明细!D\d+$/);
    expect(f.cells[1]).toMatch(/^收支总表!D\d+$/);
    expect(f.suggestion?.["zh-CN"]).toContain("核对支出明细表合计行");
  });

  it("stays quiet when 合计 1196.29, 人员经费 603.83, 公用经费 92.56, 项目支出 499.90 agree", () => {
    expect(passes(balanced, "XS-EXP")).toBe(true);
  });

  it("converts a 支出明细 whose unit row says 元 (11962900 元 = 1196.29 万元) and stays quiet", () => {
    const result = checkChanged((d) => {
      detailInYuan(d);
      d.sheetUnits = { 支出明细: "元" };
    });
    expect(result.model.sheetUnits["支出明细"]).toBe("元");
    expect(passes(result, "XS-EXP")).toBe(true);
    expect(ofRule(result, "DATA-UNIT")).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reports DATA-UNIT, not XS-EXP, for a 支出明细 in 元 without a unit row", () => {
    const result = checkChanged((d) => {
      detailInYuan(d);
      d.sheetUnits = { 支出明细: null };
    });
    expect(yuan(1196.29)).toBe(11962900);
    expect(passes(result, "XS-EXP")).toBe(true);
    const units = ofRule(result, "DATA-UNIT").filter((f) => f.fingerprint.startsWith("DATA-UNIT|XS-EXP|"));
    expect(units).toHaveLength(4);
    expect(units[0].severity).toBe("error");
    expect(zh(units[0])).toBe(
      "支出明细 合计行 合计 11962900.00 与 收支总表 本年支出合计（决算数） 1196.29 相差约 10000 倍：" +
        "支出明细 合计行 合计 11962900.00 像是按元填列，收支总表 本年支出合计（决算数） 1196.29 像是按万元填列",
    );
    expect(units[0].cells.map((c) => c.split("!")[0])).toEqual(["支出明细", "收支总表"]);
  });
});

describe("DATA-UNIT inside one sheet", () => {
  it("reports 本年支出合计 11962900 against 696.39 + 499.90 as DATA-UNIT, not BAL-EXP", () => {
    const result = checkChanged((d) => (d.summary!["本年支出合计"]!["决算数"] = 11962900));
    expect(passes(result, "BAL-EXP")).toBe(true);
    const f = ofRule(result, "DATA-UNIT").find(
      (x) => x.fingerprint === "DATA-UNIT|BAL-EXP|收支总表|本年支出合计|决算数",
    );
    expect(f?.message["en-US"]).toContain("looks like 元");
  });

  it("keeps BAL-EXP for a difference of 10,100 times (beyond ±0.5%)", () => {
    const result = checkChanged((d) => (d.summary!["本年支出合计"]!["决算数"] = 12082529));
    expect(ofRule(result, "BAL-EXP")).toHaveLength(1);
  });
});

describe("XS-PRJ Σ 项目支出.实际支出数 = 收支总表 项目支出 (warning)", () => {
  it("flags the projects summing to 427.90 (5G基站建设补助 72.00 missing) against 499.90", () => {
    const f = only(
      checkChanged((d) => {
        d.projects!.rows.pop();
        d.projects!.total = { 调整后预算数: 437.04, 实际支出数: 427.9, 年末结转结余: 9.14 };
      }),
      "XS-PRJ",
    );
    expect(f.severity).toBe("warning");
    expect(zh(f)).toBe("Σ 项目支出.实际支出数 427.90 ≠ 收支总表 项目支出（决算数） 499.90，相差 72.00");
    expect(f.cells.length).toBe(4);
  });

  it("stays quiet when 225.21 + 200.65 + 2.04 + 72.00 = 499.90", () => {
    expect(passes(balanced, "XS-PRJ")).toBe(true);
  });
});

describe("XS-PRJ-CLASS Σ projects by 类 = 支出明细 项目支出 of that 类 (warning)", () => {
  it("flags 206 (225.21 + 72.00 = 297.21 against 225.21) and 215 (0 against 72.00) when 5G基站 is coded 2060499", () => {
    const result = checkChanged((d) => (d.projects!.rows[3]["科目编码"] = "2060499"));
    const found = ofRule(result, "XS-PRJ-CLASS");
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ["warning", "225.21", "297.21"],
      ["warning", "72.00", "0.00"],
    ]);
    expect(zh(found[0])).toBe(
      "项目支出 206 类实际支出数 297.21 ≠ 支出明细 206 科学技术支出 项目支出 225.21，相差 72.00",
    );
  });

  it("skips when a project has no 科目编码", () => {
    const result = checkChanged((d) => (d.projects!.rows[1]["科目编码"] = null));
    expect(ofRule(result, "XS-PRJ-CLASS")).toEqual([]);
    expect(skippedOf(result, "XS-PRJ-CLASS").map(zh)).toEqual(["项目没有科目编码：疫情防控物资保障"]);
  });

  it("stays quiet when 206 225.21, 210 200.65, 213 2.04 and 215 72.00 agree", () => {
    expect(passes(balanced, "XS-PRJ-CLASS")).toBe(true);
  });
});

describe("XS-3G 三公 合计 本年决算数 ≤ 本年支出合计", () => {
  it("flags 三公 合计 1200.00 above 本年支出合计 1196.29", () => {
    const f = only(
      checkChanged((d) => (d.threePublic!["合计"]!["本年决算数"] = 1200)),
      "XS-3G",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("三公经费 合计（本年决算数） 1200.00 超过 收支总表 本年支出合计（决算数） 1196.29，超出 3.71");
  });

  it("stays quiet for 三公 合计 4.70", () => {
    expect(passes(balanced, "XS-3G")).toBe(true);
  });
});
