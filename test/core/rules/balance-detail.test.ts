import { checkChanged, ofRule, only, passes, skippedOf, zh } from "./helpers";

/** 支出明细: BAL-ROW, BAL-TREE, BAL-COL and CODE-NAME. Rows of the balanced department:
 *  0 206 科学技术支出 225.21 | 1 20604 | 2 210 | 3 213 | 4 215 768.39 | 5 21505 | 6 2150501 696.39 | 7 2150599 72.00 */

const balanced = checkChanged();

describe("BAL-ROW 合计 = 人员经费 + 公用经费 + 项目支出 (+ optional columns), each row", () => {
  it("flags 2150501 行政运行 合计 696.49 against 人员经费 603.83 + 公用经费 92.56 = 696.39", () => {
    const f = only(
      checkChanged((d) => (d.expenditure!.rows[6]["合计"] = 696.49)),
      "BAL-ROW",
    );
    expect(f.severity).toBe("error");
    expect(zh(f)).toBe("支出明细 2150501 行政运行：合计 696.49 ≠ 人员经费 603.83 + 公用经费 92.56 = 696.39，相差 0.10");
    expect(f.fingerprint).toBe("BAL-ROW|支出明细|2150501");
    expect(f.cells[0]).toMatch(/^支出明细!C\d+$/);
  });

  it("checks the 合计 row too: 合计 1196.39 against 603.83 + 92.56 + 499.90 = 1196.29", () => {
    const result = checkChanged((d) => (d.expenditure!.total!["合计"] = 1196.39));
    expect(ofRule(result, "BAL-ROW").map((f) => f.fingerprint)).toEqual(["BAL-ROW|支出明细|合计"]);
  });

  it("includes the optional 上缴上级支出 column: 213 合计 2.04 against 项目支出 2.04 + 上缴上级支出 1.00", () => {
    const result = checkChanged((d) => {
      d.expenditure!.extraColumns = ["上缴上级支出"];
      d.expenditure!.rows[3]["上缴上级支出"] = 1;
    });
    expect(only(result, "BAL-ROW").fingerprint).toBe("BAL-ROW|支出明细|213");
  });

  it("counts blank 人员经费 and 公用经费 as 0 in 206 科学技术支出 225.21 = 项目支出 225.21", () => {
    expect(passes(balanced, "BAL-ROW")).toBe(true);
  });

  it("skips a row whose 合计 225.21 has no part filled, rather than comparing with 0", () => {
    const result = checkChanged((d) => (d.expenditure!.rows[1]["项目支出"] = null));
    expect(ofRule(result, "BAL-ROW")).toEqual([]);
    expect(skippedOf(result, "BAL-ROW").map(zh)).toEqual([
      "支出明细 20604 技术研究与开发：人员经费、公用经费、项目支出 均未填，不按 0 计算",
    ]);
  });
});

describe("BAL-TREE 类 = Σ 款, 款 = Σ 项", () => {
  it("flags 206 科学技术支出 225.21 against its 款 20604 summing to 225.11 (合计 and 项目支出)", () => {
    const result = checkChanged((d) => {
      d.expenditure!.rows[1]["合计"] = 225.11;
      d.expenditure!.rows[1]["项目支出"] = 225.11;
    });
    const found = ofRule(result, "BAL-TREE");
    expect(found.map((f) => f.fingerprint)).toEqual(["BAL-TREE|支出明细|206|合计", "BAL-TREE|支出明细|206|项目支出"]);
    expect(zh(found[0])).toBe("支出明细（合计）：206 科学技术支出 225.21 ≠ 下级科目之和 225.11，相差 0.10");
    expect(found[0].severity).toBe("error");
  });

  it("flags 款 21505 人员经费 603.83 against its 项 2150501 603.93", () => {
    const result = checkChanged((d) => {
      d.expenditure!.rows[6]["人员经费"] = 603.93;
      d.expenditure!.rows[6]["合计"] = 696.49;
    });
    expect(ofRule(result, "BAL-TREE").map((f) => f.fingerprint)).toEqual([
      "BAL-TREE|支出明细|21505|合计",
      "BAL-TREE|支出明细|21505|人员经费",
    ]);
  });

  it("accepts 21505 768.39 = 2150501 696.39 + 2150599 72.00, blank cells counting as 0", () => {
    expect(passes(balanced, "BAL-TREE")).toBe(true);
  });
});

describe("BAL-COL 合计 row = Σ top-level subjects", () => {
  it("flags 项目支出 499.91 against subjects summing to 499.90 as 尾差", () => {
    const result = checkChanged((d) => {
      d.expenditure!.total!["项目支出"] = 499.91;
      d.expenditure!.total!["合计"] = 1196.3;
    });
    const found = ofRule(result, "BAL-COL");
    expect(found.map((f) => [f.fingerprint, f.severity])).toEqual([
      ["BAL-COL|支出明细|合计|合计", "info"],
      ["BAL-COL|支出明细|合计|项目支出", "info"],
    ]);
    expect(zh(found[1])).toBe(
      "支出明细（项目支出）：合计行 499.91 与 最上级科目之和 499.90 相差 0.01，在容差 0.01 以内，属尾差",
    );
  });

  it("flags 项目支出 509.90 against subjects summing to 499.90 as an error", () => {
    const result = checkChanged((d) => (d.expenditure!.total!["项目支出"] = 509.9));
    const f = ofRule(result, "BAL-COL").find((x) => x.fingerprint.endsWith("|项目支出"));
    expect(f?.severity).toBe("error");
    expect(f).toMatchObject({ expected: "499.90", actual: "509.90", difference: "10.00" });
  });

  it("sums only top-level rows (206, 210, 213, 215), not their 款 and 项", () => {
    expect(passes(balanced, "BAL-COL")).toBe(true);
  });

  it("skips when the 支出明细 has no 合计 row", () => {
    const result = checkChanged((d) => delete d.expenditure!.total);
    expect(ofRule(result, "BAL-COL")).toEqual([]);
    expect(skippedOf(result, "BAL-COL").map(zh)).toEqual(["「支出明细」表没有合计行"]);
  });
});

describe("CODE-NAME 科目编码 against the 2024 类 table", () => {
  it("flags 206 named 教育支出 (206 is 科学技术支出)", () => {
    const f = only(
      checkChanged((d) => (d.expenditure!.rows[0]["科目名称"] = "教育支出")),
      "CODE-NAME",
    );
    expect(f.severity).toBe("warning");
    expect(zh(f)).toBe("科目编码 206 在政府收支分类科目中是「科学技术支出」，表中名称为「教育支出」");
    expect(f.cells).toHaveLength(2);
  });

  it("flags the unknown 类 218", () => {
    const f = only(
      checkChanged((d) => (d.expenditure!.rows[3]["科目编码"] = "218")),
      "CODE-NAME",
    );
    expect(zh(f)).toBe("科目编码 218（农林水支出）：218 不是 2024 年政府收支分类科目的类");
  });

  it("flags a 项 2090101 whose 类 209 does not exist", () => {
    const result = checkChanged((d) => d.expenditure!.rows.push({ 科目编码: "2090101", 科目名称: "行政运行" }));
    expect(ofRule(result, "CODE-NAME").map((f) => f.fingerprint)).toEqual(["CODE-NAME|支出明细|2090101"]);
  });

  it("compares names normalised and without the trailing 支出 (科学技术, 资源勘探 工业信息等支出)", () => {
    const result = checkChanged((d) => {
      d.expenditure!.rows[0]["科目名称"] = "科学技术";
      d.expenditure!.rows[4]["科目名称"] = "资源勘探 工业信息等支出";
    });
    expect(passes(result, "CODE-NAME")).toBe(true);
  });

  it("stays quiet on the balanced 支出明细", () => {
    expect(passes(balanced, "CODE-NAME")).toBe(true);
  });
});
