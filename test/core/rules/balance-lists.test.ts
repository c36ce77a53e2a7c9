import { checkChanged, ofRule, only, passes, skippedOf, zh } from "./helpers";

/** 三公经费 (BAL-3G-CAR, BAL-3G), staffing (BAL-STAFF), 项目支出 (BAL-PRJ-TOTAL, BAL-PRJ-ROW). */

const balanced = checkChanged();

describe("BAL-3G-CAR 公务用车购置及运行维护费 = 购置费 + 运行维护费", () => {
  it("flags 3.20 against 公务用车购置费 0.00 + 公务用车运行维护费 3.00 = 3.00", () => {
    const f = only(
      checkChanged((d) => (d.threePublic!["公务用车运行维护费"]!["本年决算数"] = 3)),
      "BAL-3G-CAR",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe(
      "三公经费（本年决算数）：公务用车购置及运行维护费 3.20 ≠ 公务用车购置费 0.00 + 公务用车运行维护费 3.00 = 3.00，相差 0.20",
    );
  });

  it("stays quiet in all three columns of the balanced sheet (上年 3.50, 预算 4.00, 决算 3.20)", () => {
    expect(passes(balanced, "BAL-3G-CAR")).toBe(true);
  });
});

describe("BAL-3G 合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费", () => {
  it("flags 合计 4.70 against 0.00 + 3.20 + 公务接待费 1.60 = 4.80", () => {
    const f = only(
      checkChanged((d) => (d.threePublic!["公务接待费"]!["本年决算数"] = 1.6)),
      "BAL-3G",
    );
    expect(f).toMatchObject({ severity: "error", expected: "4.80", actual: "4.70", difference: "-0.10" });
    expect(f.fingerprint).toBe("BAL-3G|三公经费|合计|本年决算数");
  });

  it("stays quiet when 合计 6.00 = 0.00 + 4.00 + 2.00 (本年预算数)", () => {
    expect(passes(balanced, "BAL-3G")).toBe(true);
  });
});

describe("BAL-STAFF staffing 合计 = Σ units (编制数, 实有人数)", () => {
  it("flags 编制数 合计 46 against the units summing to 45, exactly (counts have no 尾差)", () => {
    const f = only(
      checkChanged((d) => (d.staffingTotal!["编制数"] = 46)),
      "BAL-STAFF",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("基本情况（编制数）：合计行 46 ≠ 各机构之和 45，相差 1");
    expect(f).toMatchObject({ expected: "45", actual: "46", difference: "1", tolerance: "0" });
  });

  it("stays quiet when 编制数 45 = 18 + 5 + 9 + 6 + 7 and 实有人数 42 = 17 + 5 + 9 + 6 + 5", () => {
    expect(passes(balanced, "BAL-STAFF")).toBe(true);
  });

  it("skips when there is no 合计 row", () => {
    const result = checkChanged((d) => delete d.staffingTotal);
    expect(skippedOf(result, "BAL-STAFF").map(zh)).toEqual(["「基本情况」表没有合计行"]);
  });
});

describe("BAL-PRJ-TOTAL 项目支出 合计 row = Σ projects", () => {
  it("flags 实际支出数 合计 489.90 against the projects summing to 499.90", () => {
    const f = only(
      checkChanged((d) => (d.projects!.total!["实际支出数"] = 489.9)),
      "BAL-PRJ-TOTAL",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("项目支出（实际支出数）：合计行 489.90 ≠ 各项目之和 499.90，相差 10.00");
  });

  it("stays quiet on 调整后预算数 512.04, 实际支出数 499.90 and 年末结转结余 12.14 (年初预算数 all blank)", () => {
    expect(passes(balanced, "BAL-PRJ-TOTAL")).toBe(true);
  });
});

describe("BAL-PRJ-ROW 年末结转结余 = 调整后预算数 − 实际支出数 (warning)", () => {
  it("flags 科技创新专项 年末结转结余 5.79 against 230.00 − 225.21 = 4.79", () => {
    const f = only(
      checkChanged((d) => (d.projects!.rows[0]["年末结转结余"] = 5.79)),
      "BAL-PRJ-ROW",
    );
    expect(f.severity).toBe("warning");
    expect(zh(f)).toBe(
      "项目支出 科技创新专项：年末结转结余 5.79 ≠ 调整后预算数 230.00 − 实际支出数 225.21 = 4.79，相差 1.00",
    );
    expect(f.fingerprint).toBe("BAL-PRJ-ROW|项目支出|科技创新专项");
  });

  it("uses 年初预算数 2.04 when 调整后预算数 is blank (乡村振兴帮扶: 2.04 − 2.04 = 0)", () => {
    const result = checkChanged((d) => {
      d.projects!.rows[2]["调整后预算数"] = null;
      d.projects!.rows[2]["年初预算数"] = 2.04;
    });
    expect(passes(result, "BAL-PRJ-ROW")).toBe(true);
  });

  it("skips a project with a blank 年末结转结余 instead of taking it as 0", () => {
    const result = checkChanged((d) => (d.projects!.rows[3]["年末结转结余"] = null));
    expect(ofRule(result, "BAL-PRJ-ROW")).toEqual([]);
    expect(skippedOf(result, "BAL-PRJ-ROW").map(zh)).toEqual(["项目支出 5G基站建设补助：年末结转结余 未填"]);
  });

  it("stays quiet on the four balanced projects", () => {
    expect(passes(balanced, "BAL-PRJ-ROW")).toBe(true);
  });
});

describe("a project listed twice (DATA-DUP): both rows count in the totals", () => {
  const twice = checkChanged((d) => {
    const first = d.projects!.rows[0];
    d.projects!.rows.push({ ...first, 调整后预算数: 10, 实际支出数: 8, 年末结转结余: 2, 指标下达日期: "2022-03-20" });
    d.projects!.total = { 调整后预算数: 522.04, 实际支出数: 507.9, 年末结转结余: 14.14 };
  });

  it("adds the later row to Σ projects, so a 合计 row that includes it balances", () => {
    expect(passes(twice, "BAL-PRJ-TOTAL")).toBe(true);
  });

  it("names both rows in one DATA-DUP warning", () => {
    const f = only(twice, "DATA-DUP");
    expect(f.severity).toBe("warning");
    expect(f.cells).toEqual(["项目支出!A4", "项目支出!A8"]);
    expect(zh(f)).toBe(
      "工作表“项目支出”中项目名称“科技创新专项”出现两次（项目支出!A4 和 项目支出!A8），两行都计入合计；如为重复填列，请删除其中一行。",
    );
  });

  it("still flags a 合计 row that leaves the later row out", () => {
    const result = checkChanged((d) =>
      d.projects!.rows.push({ 项目名称: "科技创新专项", 调整后预算数: 10, 实际支出数: 8, 年末结转结余: 2 }),
    );
    expect(ofRule(result, "BAL-PRJ-TOTAL").map((f) => [f.expected, f.actual])).toEqual([
      ["522.04", "512.04"],
      ["507.90", "499.90"],
      ["14.14", "12.14"],
    ]);
  });
});
