import { settingsWith } from "../../../src/core/settings";
import { checkChanged, ofRule, only, passes, skippedOf, zh } from "./helpers";

/** 基本平衡 on 收支总表 (万元): BAL-INC, BAL-INC-TOTAL, BAL-BASIC, BAL-EXP, BAL-EXP-TOTAL, BAL-GRAND. */

const balanced = checkChanged();

describe("BAL-INC 本年收入合计 = Σ income lines", () => {
  it("flags 本年收入合计 1190.00 against 一般公共预算财政拨款收入 1100.00 + 其他收入 90.50 = 1190.50", () => {
    const f = only(
      checkChanged((d) => (d.summary!["其他收入"]!["决算数"] = 90.5)),
      "BAL-INC",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toContain("本年收入合计 1190.00 ≠ 一般公共预算财政拨款收入 1100.00 + 其他收入 90.50 = 1190.50");
    expect(f).toMatchObject({ expected: "1190.50", actual: "1190.00", difference: "-0.50", tolerance: "0.01" });
    expect(f.fingerprint).toBe("BAL-INC|收支总表|本年收入合计|决算数");
  });

  it("counts a blank 一般公共预算财政拨款收入 as 0 when 其他收入 is filled (上年决算数 80.00 = 80.00)", () => {
    const result = checkChanged((d) => {
      d.summary!["一般公共预算财政拨款收入"]!["上年决算数"] = null;
      d.summary!["本年收入合计"]!["上年决算数"] = 80;
    });
    expect(passes(result, "BAL-INC")).toBe(true);
  });

  it("stays quiet on the balanced 收支总表", () => {
    expect(passes(balanced, "BAL-INC")).toBe(true);
  });
});

describe("BAL-INC-TOTAL 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", () => {
  it("flags 收入总计 1220.00 against 1190.00 + 年初结转和结余 31.00 = 1221.00", () => {
    const f = only(
      checkChanged((d) => (d.summary!["年初结转和结余"]!["决算数"] = 31)),
      "BAL-INC-TOTAL",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toContain("收入总计 1220.00 ≠ 本年收入合计 1190.00 + 年初结转和结余 31.00 = 1221.00，相差 1.00");
  });

  it("accepts 1190.00 + 使用非财政拨款结余 5.00 + 年初结转和结余 25.00 = 1220.00", () => {
    const result = checkChanged((d) => {
      d.summary!["使用非财政拨款结余"] = { 决算数: 5 };
      d.summary!["年初结转和结余"]!["决算数"] = 25;
    });
    expect(passes(result, "BAL-INC-TOTAL", "决算数")).toBe(true);
  });
});

describe("BAL-BASIC 基本支出 = 人员经费 + 公用经费", () => {
  it("flags 基本支出 696.39 against 人员经费 603.73 + 公用经费 92.56 = 696.29", () => {
    const f = only(
      checkChanged((d) => (d.summary!["人员经费"]!["决算数"] = 603.73)),
      "BAL-BASIC",
    );
    expect(zh(f)).toBe("收支总表（决算数）：基本支出 696.39 ≠ 人员经费 603.73 + 公用经费 92.56 = 696.29，相差 0.10");
    expect(f.message["en-US"]).toBe(
      "收支总表 (决算数): 基本支出 696.39 ≠ 人员经费 603.73 + 公用经费 92.56 = 696.29, difference 0.10",
    );
    expect(f.cells).toHaveLength(3);
    expect(f.cells[0]).toMatch(/^收支总表!D\d+$/);
    expect(f.suggestion?.["zh-CN"]).toContain("核对基本支出");
  });

  it("skips 上年决算数 where only 基本支出 680.00 is filled: all parts empty, not computed against zero", () => {
    expect(passes(balanced, "BAL-BASIC", "决算数")).toBe(true);
    const skipped = skippedOf(balanced, "BAL-BASIC");
    expect(skipped).toHaveLength(1);
    expect(zh(skipped[0])).toBe("收支总表（上年决算数）：人员经费、公用经费 均未填，不按 0 计算");
    expect(skipped[0].reason["en-US"]).toContain("not computed against zero");
  });

  it("skips 决算数 when 人员经费 holds 约600 (DATA-NOTNUM), naming the cell", () => {
    const result = checkChanged((d) => (d.summary!["人员经费"]!["决算数"] = "约600"));
    expect(ofRule(result, "DATA-NOTNUM")).toHaveLength(1);
    expect(ofRule(result, "BAL-BASIC")).toEqual([]);
    const reasons = skippedOf(result, "BAL-BASIC").map(zh);
    expect(reasons).toContainEqual(
      expect.stringMatching(/^收支总表（决算数）：收支总表!D\d+（人员经费）无法读取（DATA-NOTNUM）$/),
    );
  });

  it("skips 决算数 when 公用经费 holds #REF! (DATA-ERRVAL)", () => {
    const result = checkChanged((d) => (d.summary!["公用经费"]!["决算数"] = { error: "#REF!" }));
    expect(ofRule(result, "DATA-ERRVAL")).toHaveLength(1);
    expect(ofRule(result, "BAL-BASIC")).toEqual([]);
    const reasons = skippedOf(result, "BAL-BASIC");
    expect(reasons.map(zh)).toContainEqual(expect.stringContaining("（公用经费）无法读取（DATA-ERRVAL）"));
    expect(reasons.find((s) => zh(s).includes("DATA-ERRVAL"))?.cells?.[0]).toMatch(/^收支总表!D\d+$/);
  });
});

describe("BAL-EXP 本年支出合计 = 基本支出 + 项目支出 + …, and the tolerance", () => {
  it("flags 本年支出合计 1196.30 against 696.39 + 499.90 = 1196.29 as 尾差 (0.01 is within tolerance)", () => {
    const f = only(
      checkChanged((d) => (d.summary!["本年支出合计"]!["决算数"] = 1196.3)),
      "BAL-EXP",
    );
    expect(f.severity).toBe("info");
    expect(zh(f)).toContain("尾差");
    expect(zh(f)).toContain(
      "本年支出合计 1196.30 与 基本支出 696.39 + 项目支出 499.90 = 1196.29 相差 0.01，在容差 0.01 以内",
    );
    expect(f).toMatchObject({ difference: "0.01", tolerance: "0.01" });
  });

  it("flags 本年支出合计 1196.31 against 1196.29 as an error (0.02 is beyond tolerance)", () => {
    const f = only(
      checkChanged((d) => (d.summary!["本年支出合计"]!["决算数"] = 1196.31)),
      "BAL-EXP",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toContain("本年支出合计 1196.31 ≠ 基本支出 696.39 + 项目支出 499.90 = 1196.29，相差 0.02");
    expect(zh(f)).not.toContain("尾差");
  });

  it("treats 0.02 as 尾差 under a custom tolerance of 0.05", () => {
    const f = only(
      checkChanged((d) => (d.summary!["本年支出合计"]!["决算数"] = 1196.31), settingsWith({ tolerance: "0.05" })),
      "BAL-EXP",
    );
    expect(f.severity).toBe("info");
    expect(f.tolerance).toBe("0.05");
  });

  it("checks every amount column: 调整后预算数 1250.00 against 720.00 + 540.00 = 1260.00", () => {
    const f = only(
      checkChanged((d) => (d.summary!["项目支出"]!["调整后预算数"] = 540)),
      "BAL-EXP",
    );
    expect(zh(f)).toContain("收支总表（调整后预算数）");
    expect(f.fingerprint).toBe("BAL-EXP|收支总表|本年支出合计|调整后预算数");
  });

  it("stays quiet on the balanced 收支总表 in all four columns", () => {
    expect(passes(balanced, "BAL-EXP")).toBe(true);
  });
});

describe("BAL-EXP-TOTAL 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", () => {
  it("flags 支出总计 1220.00 against 1196.29 + 年末结转和结余 33.71 = 1230.00", () => {
    const f = only(
      checkChanged((d) => (d.summary!["年末结转和结余"]!["决算数"] = 33.71)),
      "BAL-EXP-TOTAL",
    );
    expect(f.severity).toBe("error");
    expect(f).toMatchObject({ expected: "1230.00", actual: "1220.00", difference: "-10.00" });
  });

  it("accepts 1196.29 + 结余分配 1.00 + 年末结转和结余 22.71 = 1220.00", () => {
    const result = checkChanged((d) => {
      d.summary!["结余分配"] = { 决算数: 1 };
      d.summary!["年末结转和结余"]!["决算数"] = 22.71;
    });
    expect(passes(result, "BAL-EXP-TOTAL", "决算数")).toBe(true);
  });

  it("lists 年初预算数 as skipped where 支出总计 is blank but 本年支出合计 1200.00 is filled", () => {
    expect(skippedOf(balanced, "BAL-EXP-TOTAL").map(zh)).toContain("收支总表（年初预算数）：支出总计 未填");
  });
});

describe("BAL-GRAND 收入总计 = 支出总计 (决算数)", () => {
  it("flags 收入总计 1221.00 against 支出总计 1220.00", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["收入总计"]!["决算数"] = 1221;
        d.summary!["年初结转和结余"]!["决算数"] = 31;
      }),
      "BAL-GRAND",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("收支总表（决算数）：收入总计 1221.00 ≠ 支出总计 1220.00，相差 1.00");
  });

  it("does not compare 上年决算数 (收入总计 1200.00, 支出总计 1190.00)", () => {
    const result = checkChanged((d) => {
      d.summary!["收入总计"]!["上年决算数"] = 1200;
      d.summary!["支出总计"] = { ...d.summary!["支出总计"], 上年决算数: 1190 };
    });
    expect(passes(result, "BAL-GRAND")).toBe(true);
    expect(ofRule(result, "BAL-INC-TOTAL")).toHaveLength(1);
  });

  it("stays quiet when 收入总计 = 支出总计 = 1220.00", () => {
    expect(passes(balanced, "BAL-GRAND")).toBe(true);
  });
});
