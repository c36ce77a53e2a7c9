import { readWorkbook } from "../../../src/core/reader";
import type { CellInput } from "../../../src/core/snapshot";
import { balancedSnapshot } from "../../fixtures/department";
import { findingsOf, show, withCells } from "./helpers";

/** The balanced workbook with 收支总表!D16 (基本支出 / 决算数) set to `value`. */
function readBasicExpenditure(value: CellInput) {
  const result = readWorkbook(withCells(balancedSnapshot(), "收支总表", { D16: value }));
  return { result, amount: result.model.summary.rows["基本支出"].values["决算数"] };
}

describe("numbers in amount cells", () => {
  it.each<[CellInput, string]>([
    ["696.39", "696.39"],
    ["1,234.56", "1234.56"],
    ["６９６．３９", "696.39"],
    [" 696.39 ", "696.39"],
    ["696.39万元", "696.39"],
  ])("accepts the text %p as %s with a DATA-TEXTNUM warning at the cell", (raw, value) => {
    const { result, amount } = readBasicExpenditure(raw);
    expect(show(amount)).toBe(`${value}@收支总表!D16`);
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells} ${f.fingerprint}`)).toEqual([
      "DATA-TEXTNUM warning 收支总表!D16 DATA-TEXTNUM|收支总表|基本支出|决算数",
    ]);
  });

  it.each<[CellInput]>([["-"], ["—"], ["/"], [null]])("reads %p as blank, without a finding", (raw) => {
    const { result, amount } = readBasicExpenditure(raw);
    expect(show(amount)).toBe("blank@收支总表!D16");
    expect(result.findings).toEqual([]);
  });

  it.each([["约700"], ["N/A"], ["696.39元左右"]])("does not read %p: unreadable with a DATA-NOTNUM error", (raw) => {
    const { result, amount } = readBasicExpenditure(raw);
    expect(amount).toEqual({ state: "unreadable", cell: "收支总表!D16", rule: "DATA-NOTNUM", raw });
    const [f] = result.findings;
    expect([f.rule, f.severity, f.cells, f.fingerprint]).toEqual([
      "DATA-NOTNUM",
      "error",
      ["收支总表!D16"],
      "DATA-NOTNUM|收支总表|基本支出|决算数",
    ]);
    expect(f.message["zh-CN"]).toBe(
      `收支总表!D16（基本支出 / 决算数）的内容“${raw}”不是数字，无法读取；用到该单元格的校验将跳过。`,
    );
    expect(f.message["en-US"]).toContain(`"${raw}"`);
  });

  it.each([["#REF!"], ["#DIV/0!"], ["#N/A"]])(
    "does not read the Excel error %s: DATA-ERRVAL naming the error, cell and label",
    (error) => {
      const { result, amount } = readBasicExpenditure({ error });
      expect(amount).toEqual({ state: "unreadable", cell: "收支总表!D16", rule: "DATA-ERRVAL", raw: error });
      const [f] = result.findings;
      expect([f.rule, f.severity, f.cells]).toEqual(["DATA-ERRVAL", "error", ["收支总表!D16"]]);
      expect(f.message["zh-CN"]).toContain(`收支总表!D16（基本支出 / 决算数）是错误值 ${error}`);
      expect(f.message["en-US"]).toContain(`the Excel error ${error}`);
    },
  );

  it("treats a formula never calculated as missing, with a DATA-NOCACHE warning", () => {
    const { result, amount } = readBasicExpenditure({ formula: "D17+D18" });
    expect(amount).toEqual({ state: "unreadable", cell: "收支总表!D16", rule: "DATA-NOCACHE", raw: "=D17+D18" });
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells}`)).toEqual([
      "DATA-NOCACHE warning 收支总表!D16",
    ]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "收支总表!D16（基本支出 / 决算数）的公式 =D17+D18 没有计算结果，按缺失处理。",
    );
  });

  it("reads a formula's cached value, without float noise (603.83 + 92.56 cached as 696.3900000000001)", () => {
    const { result, amount } = readBasicExpenditure({ formula: "D17+D18", value: 603.83 + 92.56 });
    expect(603.83 + 92.56).not.toBe(696.39);
    expect(show(amount)).toBe("696.39@收支总表!D16");
    expect(result.findings).toEqual([]);
  });
});

describe("negative amounts (DATA-NEG)", () => {
  it("flags a negative expenditure, income or 三公 amount, and still reads it", () => {
    let snapshot = withCells(balancedSnapshot(), "收支总表", { D16: -696.39, D11: "-90" });
    snapshot = withCells(snapshot, "三公经费", { D8: -1.5 });
    const result = readWorkbook(snapshot);

    expect(show(result.model.summary.rows["基本支出"].values["决算数"])).toBe("-696.39@收支总表!D16");
    expect(findingsOf(result, "DATA-NEG").map((f) => `${f.severity} ${f.cells} ${f.fingerprint}`)).toEqual([
      "error 收支总表!D11 DATA-NEG|收支总表|其他收入|决算数",
      "error 收支总表!D16 DATA-NEG|收支总表|基本支出|决算数",
      "error 三公经费!D8 DATA-NEG|三公经费|公务接待费|本年决算数",
    ]);
    expect(findingsOf(result, "DATA-NEG")[1].message["zh-CN"]).toBe(
      "收支总表!D16（基本支出 / 决算数）为负数 -696.39，该项不应为负数。",
    );
  });

  it("allows a negative 结余分配 in 收支总表", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "收支总表", { D24: -5 }));
    expect(show(result.model.summary.rows["结余分配"].values["决算数"])).toBe("-5@收支总表!D24");
    expect(result.findings).toEqual([]);
  });

  it("flags negative staff counts, project amounts (年末结转结余 too) and 支出明细 amounts", () => {
    let snapshot = withCells(balancedSnapshot(), "基本情况", { E10: -17 });
    snapshot = withCells(snapshot, "项目支出", { G4: -4.79 });
    snapshot = withCells(snapshot, "支出明细", { C5: -225.21 });
    const result = readWorkbook(snapshot);

    expect(findingsOf(result, "DATA-NEG").map((f) => `${f.cells} ${f.fingerprint}`)).toEqual([
      "基本情况!E10 DATA-NEG|基本情况|机关本级|实有人数",
      "支出明细!C5 DATA-NEG|支出明细|206|合计",
      "项目支出!G4 DATA-NEG|项目支出|科技创新专项|年末结转结余",
    ]);
  });

  it("allows a negative target value (a growth rate of −2%)", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "绩效目标", { E6: -2 }));
    expect(show(result.model.targets![3].actual)).toBe("-2@绩效目标!E6");
    expect(result.findings).toEqual([]);
  });
});

describe("duplicates (DATA-DUP): the finding names both cells", () => {
  it("in 收支总表, also when the second row uses an alias (日常公用经费 after 公用经费)", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "收支总表", { A28: "日常公用经费", D28: 99 }));

    expect(show(result.model.summary.rows["公用经费"].values["决算数"])).toBe("92.56@收支总表!D18");
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells.join(" ")} ${f.fingerprint}`)).toEqual([
      "DATA-DUP warning 收支总表!A18 收支总表!A28 DATA-DUP|收支总表|公用经费",
    ]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "工作表“收支总表”中行“公用经费”重复出现（收支总表!A18 和 收支总表!A28），按第一次出现（收支总表!A18）读取。",
    );
  });

  it("in 三公经费, 支出明细 (codes, as number and as text): the first row is used; in 项目支出 and the staffing table: both rows are kept", () => {
    let snapshot = withCells(balancedSnapshot(), "三公经费", { A10: "公务接待费", D10: 9 });
    snapshot = withCells(snapshot, "支出明细", { A13: 206, B13: "科学技术支出", C13: 1, A14: null, B14: "合计" });
    snapshot = withCells(snapshot, "项目支出", { A8: " 科技创新专项", E8: 1, A9: "合计" });
    snapshot = withCells(snapshot, "基本情况", { A15: "机关本级", D15: 1, A16: "合计" });
    const result = readWorkbook(snapshot);

    expect(findingsOf(result, "DATA-DUP").map((f) => `${f.cells.join(" ")} ${f.fingerprint}`)).toEqual([
      "基本情况!A10 基本情况!A15 DATA-DUP|基本情况|机关本级",
      "支出明细!A5 支出明细!A13 DATA-DUP|支出明细|206",
      "三公经费!A8 三公经费!A10 DATA-DUP|三公经费|公务接待费",
      "项目支出!A4 项目支出!A8 DATA-DUP|项目支出|科技创新专项",
    ]);
    expect(show(result.model.expenditure!.rows[0].values["合计"])).toBe("225.21@支出明细!C5");
    expect(result.model.projects!.rows.map((p) => p.nameCell)).toEqual([
      "项目支出!A4",
      "项目支出!A5",
      "项目支出!A6",
      "项目支出!A7",
      "项目支出!A8",
    ]);
    expect(result.model.staffing!.rows.map((u) => u.labelCell)).toContain("基本情况!A15");
  });
});
