import { settingsWith } from "../../../src/core/settings";
import { checkChanged, ofRule, only, passes, zh } from "./helpers";

/** 核实性 (IND-*), thresholds from the settings. */

const balanced = checkChanged();

describe("IND-STAFF 在职人员控制率 > 100%", () => {
  it("flags the unit 科技开发中心 with 实有人数 8 against 编制数 7 (114.29%), not the department at 45/45", () => {
    const result = checkChanged((d) => {
      d.staffing![4]["实有人数"] = 8;
      d.staffingTotal!["实有人数"] = 45;
    });
    const f = only(result, "IND-STAFF");
    expect(f.severity).toBe("warning");
    expect(zh(f)).toBe("基本情况 科技开发中心：在职人员控制率 114.29% 超过 100%（实有人数 8 / 编制数 7）");
    expect(f.fingerprint).toBe("IND-STAFF|基本情况|科技开发中心");
  });

  it("flags the whole department at 47/45 (104.44%) and the unit 机关本级 at 22/18", () => {
    const result = checkChanged((d) => {
      d.staffing![0]["实有人数"] = 22;
      d.staffingTotal!["实有人数"] = 47;
    });
    const found = ofRule(result, "IND-STAFF");
    expect(found.map((f) => f.fingerprint)).toEqual([
      "IND-STAFF|基本情况|在职人员控制率",
      "IND-STAFF|基本情况|机关本级",
    ]);
    expect(zh(found[0])).toMatch(/^在职人员控制率 104\.44% 超过 100%/);
  });

  it("stays quiet at 42/45 (93.33%) with every unit within 编制", () => {
    expect(passes(balanced, "IND-STAFF")).toBe(true);
  });
});

describe("IND-EXEC 预算执行率 < 90%", () => {
  it("flags 1196.29 / 调整后预算数 1350.00 = 88.61%", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["项目支出"]!["调整后预算数"] = 630;
        d.summary!["本年支出合计"]!["调整后预算数"] = 1350;
      }),
      "IND-EXEC",
    );
    expect(f.severity).toBe("warning");
    expect(zh(f)).toMatch(/^预算执行率 88\.61% 低于 90%（/);
    expect(f.cells.some((c) => c.startsWith("收支总表!C"))).toBe(true);
  });

  it("uses the threshold of the settings: 95.70% is below a custom 96%", () => {
    const result = checkChanged(undefined, settingsWith({ thresholds: { executionMin: 96 } }));
    expect(zh(only(result, "IND-EXEC"))).toMatch(/^预算执行率 95\.70% 低于 96%/);
  });

  it("stays quiet at 1196.29 / 1250.00 = 95.70%", () => {
    expect(passes(balanced, "IND-EXEC")).toBe(true);
  });
});

describe("IND-PRJ-EXEC a project's 实际支出数 / 调整后预算数 < 90%", () => {
  it("flags 5G基站建设补助 at 72.00 / 90.00 = 80.00%", () => {
    const f = only(
      checkChanged((d) => (d.projects!.rows[3]["调整后预算数"] = 90)),
      "IND-PRJ-EXEC",
    );
    expect(zh(f)).toBe("项目支出 5G基站建设补助：项目执行率 80.00% 低于 90%（实际支出数 72.00 / 调整后预算数 90.00）");
  });

  it("stays quiet for 72.00 / 75.00 = 96.00% and 2.04 / 2.04 = 100%", () => {
    expect(passes(balanced, "IND-PRJ-EXEC")).toBe(true);
  });
});

describe("IND-CARRY 年终结余", () => {
  it("flags 年末结转和结余 150.00: 结转结余率 12.00% above 10% (年初 156.29)", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["年初结转和结余"]!["决算数"] = 156.29;
        d.summary!["收入总计"]!["决算数"] = 1346.29;
        d.summary!["年末结转和结余"]!["决算数"] = 150;
        d.summary!["支出总计"]!["决算数"] = 1346.29;
      }),
      "IND-CARRY",
    );
    expect(zh(f)).toBe("收支总表（决算数）：年末结转和结余 150.00：结转结余率 12.00% 超过 10%");
  });

  it("flags 年末结转和结余 23.71 above 年初结转和结余 20.00", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["其他收入"]!["决算数"] = 100;
        d.summary!["本年收入合计"]!["决算数"] = 1200;
        d.summary!["年初结转和结余"]!["决算数"] = 20;
      }),
      "IND-CARRY",
    );
    expect(zh(f)).toBe("收支总表（决算数）：年末结转和结余 23.71：高于年初结转和结余 20.00");
  });

  it("counts an absent 年初结转和结余 as 0: 23.71 > 0", () => {
    const f = only(
      checkChanged((d) => {
        delete d.summary!["年初结转和结余"];
        d.summary!["其他收入"]!["决算数"] = 120;
        d.summary!["本年收入合计"]!["决算数"] = 1220;
      }),
      "IND-CARRY",
    );
    expect(zh(f)).toContain("高于年初结转和结余 0.00");
  });

  it("stays quiet when 年末结转和结余 is 0 (年初 6.29)", () => {
    const result = checkChanged((d) => {
      d.summary!["年初结转和结余"]!["决算数"] = 6.29;
      d.summary!["收入总计"]!["决算数"] = 1196.29;
      d.summary!["年末结转和结余"]!["决算数"] = 0;
      d.summary!["支出总计"]!["决算数"] = 1196.29;
    });
    expect(passes(result, "IND-CARRY")).toBe(true);
  });

  it("stays quiet at 23.71 (1.90%, below 年初 30.00)", () => {
    expect(passes(balanced, "IND-CARRY")).toBe(true);
  });
});

describe("IND-LATE 指标下达日期 on or after 10-01 with 年末结转结余 > 0", () => {
  it("flags 科技创新专项 released 2022-11-15 with 4.79 left", () => {
    const f = only(
      checkChanged((d) => (d.projects!.rows[0]["指标下达日期"] = "2022-11-15")),
      "IND-LATE",
    );
    expect(zh(f)).toBe(
      "项目「科技创新专项」指标下达日期 2022-11-15 不早于 2022-10-01，年末结转结余 4.79：指标下达晚，造成年终资金结余",
    );
  });

  it("counts 2022-10-01 as late and 2022-09-30 as not", () => {
    const onTheDay = checkChanged((d) => (d.projects!.rows[0]["指标下达日期"] = { date: "2022-10-01" }));
    const dayBefore = checkChanged((d) => (d.projects!.rows[0]["指标下达日期"] = { date: "2022-09-30" }));
    expect(ofRule(onTheDay, "IND-LATE")).toHaveLength(1);
    expect(passes(dayBefore, "IND-LATE")).toBe(true);
  });

  it("stays quiet for 乡村振兴帮扶 released 2022-12-01 with nothing left (0.00)", () => {
    const result = checkChanged((d) => (d.projects!.rows[2]["指标下达日期"] = "2022-12-01"));
    expect(passes(result, "IND-LATE")).toBe(true);
  });

  it("uses the setting lateReleaseFrom: 12-01 lets 2022-11-15 pass", () => {
    const result = checkChanged(
      (d) => (d.projects!.rows[0]["指标下达日期"] = "2022-11-15"),
      settingsWith({ thresholds: { lateReleaseFrom: "12-01" } }),
    );
    expect(passes(result, "IND-LATE")).toBe(true);
  });
});

describe("IND-ADJ 预算调整率 > 10%", () => {
  it("flags (1250.00 − 1100.00) / 1100.00 = 13.64%", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["基本支出"]!["年初预算数"] = 650;
        d.summary!["人员经费"]!["年初预算数"] = 560;
        d.summary!["项目支出"]!["年初预算数"] = 450;
        d.summary!["本年支出合计"]!["年初预算数"] = 1100;
      }),
      "IND-ADJ",
    );
    expect(zh(f)).toMatch(/^预算调整率 13\.64% 超过 10%/);
    expect(zh(f)).toContain("年初预算数 1100.00");
  });

  it("stays quiet at (1250.00 − 1200.00) / 1200.00 = 4.17%", () => {
    expect(passes(balanced, "IND-ADJ")).toBe(true);
  });
});

describe("IND-3G-OVER 三公 本年决算数 > 本年预算数 (error)", () => {
  it("flags 公务接待费 2.50 against 本年预算数 2.00", () => {
    const result = checkChanged((d) => {
      d.threePublic!["公务接待费"]!["本年决算数"] = 2.5;
      d.threePublic!["合计"]!["本年决算数"] = 5.7;
    });
    const f = only(result, "IND-3G-OVER");
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("三公经费 公务接待费：本年决算数 2.50 大于 本年预算数 2.00，多 0.50（为本年预算数的 125.00%）");
    expect(f).toMatchObject({ expected: "2.00", actual: "2.50", difference: "0.50" });
  });

  it("stays quiet when 公务接待费 spends exactly its 2.00 budget", () => {
    const result = checkChanged((d) => {
      d.threePublic!["公务接待费"]!["本年决算数"] = 2;
      d.threePublic!["合计"]!["本年决算数"] = 5.2;
    });
    expect(passes(result, "IND-3G-OVER")).toBe(true);
  });
});

describe("IND-3G-UP 三公 本年决算数 > 上年决算数", () => {
  it("flags 公务用车运行维护费 3.80 and 公务用车购置及运行维护费 3.80 against 3.50, not 合计 5.30 = 5.30", () => {
    const result = checkChanged((d) => {
      d.threePublic!["公务用车运行维护费"]!["本年决算数"] = 3.8;
      d.threePublic!["公务用车购置及运行维护费"]!["本年决算数"] = 3.8;
      d.threePublic!["合计"]!["本年决算数"] = 5.3;
    });
    expect(ofRule(result, "IND-3G-UP").map((f) => [f.severity, f.fingerprint])).toEqual([
      ["warning", "IND-3G-UP|三公经费|公务用车购置及运行维护费|本年决算数|上年决算数"],
      ["warning", "IND-3G-UP|三公经费|公务用车运行维护费|本年决算数|上年决算数"],
    ]);
    expect(passes(result, "IND-3G-OVER")).toBe(true);
  });

  it("stays quiet when every item is at or below last year (合计 4.70 < 5.30)", () => {
    expect(passes(balanced, "IND-3G-UP")).toBe(true);
  });
});

describe("IND-PUBLIC 公用经费控制率 > 100%", () => {
  it("flags 92.56 / 调整后预算数 90.00 = 102.84%", () => {
    const f = only(
      checkChanged((d) => {
        d.summary!["公用经费"]!["调整后预算数"] = 90;
        d.summary!["人员经费"]!["调整后预算数"] = 630;
      }),
      "IND-PUBLIC",
    );
    expect(zh(f)).toMatch(/^公用经费控制率 102\.84% 超过 100%/);
  });

  it("stays quiet at 92.56 / 95.00 = 97.43%", () => {
    expect(passes(balanced, "IND-PUBLIC")).toBe(true);
  });
});

describe("IND-TARGET 实际值 short of 目标值", () => {
  it("flags 建成5G宏基站 实际值 170 个 against 目标值 180 个", () => {
    const f = only(
      checkChanged((d) => (d.targets![0]["实际值"] = 170)),
      "IND-TARGET",
    );
    expect(zh(f)).toBe("绩效目标「建成5G宏基站」实际值 170 个 未达到目标值 180 个");
  });

  it("flags 安全生产事故 2 起 against 0 起, where smaller is better", () => {
    const f = only(
      checkChanged((d) => (d.targets![4]["实际值"] = 2)),
      "IND-TARGET",
    );
    expect(zh(f)).toBe("绩效目标「安全生产事故」实际值 2 起 超过目标值 0 起（该指标越小越好）");
  });

  it("accepts 投诉件数不超过 10 件 with 5 件, and 项目验收合格率 100% = 100%", () => {
    const result = checkChanged((d) =>
      d.targets!.push({ 指标类别: "效益-社会", 指标名称: "投诉件数不超过", 计量单位: "件", 目标值: 10, 实际值: 5 }),
    );
    expect(passes(result, "IND-TARGET")).toBe(true);
  });
});
