import { checkWorkbook } from "../../../src/core/check";
import { readWorkbook } from "../../../src/core/reader";
import { sheetFromRows } from "../../../src/core/snapshot";
import { basicInfoSheet } from "./published";
import { findingsOf, show, withCells } from "./helpers";
import { balancedSnapshot } from "../../fixtures/department";

/** Row labels of 收支总表 the template does not know: the older 公开01 lines, and rows with figures left out. */

/** A 收支总表 laid out like the 公开01 tables before 2019 (six income lines, 财政拨款收入 first). */
function olderSummary(extra: (string | number | null)[][] = []) {
  return sheetFromRows("公开01表", [
    ["收入支出决算总表"],
    ["部门：某县农业农村局", null, null, null, null, "金额单位：万元"],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["一、财政拨款收入", 1, 2449.61, "一、一般公共服务支出", 32, 1200],
    ["二、上级补助收入", 2, null, "二、农林水支出", 33, 44499.85],
    ["三、事业收入", 3, 43000, null, null, null],
    ["四、经营收入", 4, null, null, null, null],
    ["五、附属单位上缴收入", 5, null, null, null, null],
    ["六、其他收入", 6, 250.24, null, null, null],
    ...extra,
    ["本年收入合计", 7, 45699.85, "本年支出合计", 44, 45699.85],
    ["用事业基金弥补收支差额", 8, null, "结余分配", 45, null],
    ["年初结转结余", 9, 10, "年末结转结余", 46, 10],
    ["总计", 10, 45709.85, "总计", 47, 45709.85],
  ]);
}

describe("the older 公开01 labels", () => {
  it("reads 一、财政拨款收入 as the appropriation line, so 本年收入合计 adds up", () => {
    const result = checkWorkbook({ sheets: [basicInfoSheet(), olderSummary()] });
    const rows = result.model.summary.rows;

    expect(show(rows["一般公共预算财政拨款收入"].values["决算数"])).toBe("2449.61@公开01表!C5");
    expect(show(rows["年初结转和结余"].values["决算数"])).toBe("10@公开01表!C13");
    expect(show(rows["年末结转和结余"].values["决算数"])).toBe("10@公开01表!F13");
    expect(result.findings.filter((f) => f.rule === "BAL-INC" || f.rule === "BAL-INC-TOTAL")).toEqual([]);
    expect(result.skipped.filter((s) => s.rule === "BAL-INC")).toEqual([]);
    expect(findingsOf(readWorkbook({ sheets: [basicInfoSheet(), olderSummary()] }), "DATA-LABEL")).toEqual([]);
  });
});

describe("DATA-LABEL: a row with figures among the known rows whose label matches nothing", () => {
  it("names the label, its figures and their cells, in the side-by-side layout", () => {
    const result = readWorkbook({
      sheets: [basicInfoSheet(), olderSummary([["七、专项转移收入", 7, 12.5, null, null, null]])],
    });

    const [f] = findingsOf(result, "DATA-LABEL");
    expect(f.severity).toBe("warning");
    expect(f.cells).toEqual(["公开01表!A11", "公开01表!C11"]);
    expect(f.message["zh-CN"]).toBe(
      "工作表“公开01表”公开01表!A11 的行标签“七、专项转移收入”不是模板中的行，其数字（决算数 12.5，公开01表!C11）未计入任何校验；请改用模板的行标签。",
    );
    expect(f.message["en-US"]).toContain('"七、专项转移收入" is not a row of the template');
  });

  it("in the template's own layout, for each amount column with a figure", () => {
    const snapshot = withCells(balancedSnapshot(), "收支总表", { A8: "财政专户管理资金收入", C8: 3, D8: 5 });
    const result = readWorkbook(snapshot);
    expect(findingsOf(result, "DATA-LABEL").map((f) => f.cells)).toEqual([
      ["收支总表!A8", "收支总表!C8", "收支总表!D8"],
    ]);
  });

  it("passes over function classes, 其中 lines, rows without figures and rows below the last total", () => {
    const snapshot = withCells(balancedSnapshot(), "收支总表", {
      A8: "其中：专户资金",
      D8: 3,
      A9: "科学技术支出",
      D9: 4,
      A10: "备用行",
      A40: "附：往来款",
      D40: 9,
    });
    expect(findingsOf(readWorkbook(snapshot), "DATA-LABEL")).toEqual([]);
  });
});
