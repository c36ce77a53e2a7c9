import { readWorkbook } from "../../../src/core/reader";
import { sheetFromRows } from "../../../src/core/snapshot";
import { show, withCells } from "./helpers";
import { basicInfoSheet, publishedSummary } from "./published";

/** 收支总表 laid out like 公开01表: income and expenditure halves side by side. */

function read(summary = publishedSummary()) {
  return readWorkbook({ sheets: [basicInfoSheet(), summary] });
}

function figures(result: ReturnType<typeof read>): string[] {
  return Object.values(result.model.summary.rows).map(
    (r) => `${r.label} ${r.labelCell} ${Object.values(r.values).map(show).join(" ")}`,
  );
}

describe("公开01表 收入支出决算总表, side by side", () => {
  const result = read();

  it("reads each half's labels against its own 金额 column, 总计 as 收入总计 on the left and 支出总计 on the right", () => {
    expect(result.findings).toEqual([]);
    expect(result.model.summary.sheet).toBe("公开01表");
    expect(result.model.summary.columns).toEqual({ 决算数: "公开01表!C5" });
    expect(figures(result)).toEqual(
      expect.arrayContaining([
        "一般公共预算财政拨款收入 公开01表!A7 1100@公开01表!C7",
        "其他收入 公开01表!A14 90@公开01表!C14",
        "本年收入合计 公开01表!A19 1190@公开01表!C19",
        "使用非财政拨款结余 公开01表!A20 blank@公开01表!C20",
        "年初结转和结余 公开01表!A21 30@公开01表!C21",
        "收入总计 公开01表!A22 1220@公开01表!C22",
        "本年支出合计 公开01表!D19 1196.29@公开01表!F19",
        "结余分配 公开01表!D20 blank@公开01表!F20",
        "年末结转和结余 公开01表!D21 23.71@公开01表!F21",
        "支出总计 公开01表!D22 1220@公开01表!F22",
      ]),
    );
  });

  it("ignores the function classes of the expenditure half (they belong to 支出明细) and the 栏次 row", () => {
    expect(Object.keys(result.model.summary.rows).sort()).toEqual(
      [
        "一般公共预算财政拨款收入",
        "政府性基金预算财政拨款收入",
        "国有资本经营预算财政拨款收入",
        "上级补助收入",
        "事业收入",
        "经营收入",
        "附属单位上缴收入",
        "其他收入",
        "本年收入合计",
        "使用非财政拨款结余",
        "年初结转和结余",
        "收入总计",
        "本年支出合计",
        "结余分配",
        "年末结转和结余",
        "支出总计",
      ].sort(),
    );
    expect(result.model.sheetUnits["收支总表"]).toBe("万元");
  });

  it("points a bad figure of the expenditure half at its own cell", () => {
    const bad = readWorkbook(
      withCells({ sheets: [basicInfoSheet(), publishedSummary()] }, "公开01表", { F21: "约23" }),
    );
    expect(bad.findings.map((f) => `${f.rule} ${f.cells} ${f.fingerprint}`)).toEqual([
      "DATA-NOTNUM 公开01表!F21 DATA-NOTNUM|收支总表|年末结转和结余|决算数",
    ]);
  });
});

describe("other side-by-side headers", () => {
  it("reads several figure columns per half, 收入项目/支出项目 headers, 基本支出 rows and a 元 unit row", () => {
    const summary = sheetFromRows("收支总表", [
      ["2022年度收入支出决算总表", null, null, null, null, "单位：元"],
      ["收入项目", "决算数", "上年决算数", "支出项目", "决算数", "上年决算数"],
      ["一般公共预算财政拨款收入", 11000000, 10600000, "基本支出", 6963900, 6800000],
      ["其他收入", 900000, 800000, "  其中：人员经费", 6038300, null],
      [null, null, null, "        日常公用经费", 925600, null],
      [null, null, null, "项目支出", 4999000, 4700000],
      ["本年收入合计", 11900000, 11400000, "本年支出合计", 11962900, 11500000],
      ["用事业基金弥补收支差额", null, null, "年末结转和结余", 237100, null],
      ["年初结转和结余", 300000, null, null, null, null],
      ["总计", 12200000, null, "总计", 12200000, null],
    ]);

    const { model, findings } = read(summary);

    expect(findings).toEqual([]);
    expect(model.sheetUnits["收支总表"]).toBe("元");
    expect(model.summary.columns).toEqual({ 决算数: "收支总表!B2", 上年决算数: "收支总表!C2" });
    const rows = model.summary.rows;
    expect(show(rows["基本支出"].values["上年决算数"])).toBe("680@收支总表!F3");
    expect(show(rows["公用经费"].values["决算数"])).toBe("92.56@收支总表!E5");
    expect(show(rows["使用非财政拨款结余"].values["决算数"])).toBe("blank@收支总表!B8");
    expect(show(rows["收入总计"].values["决算数"])).toBe("1220@收支总表!B10");
    expect(show(rows["支出总计"].values["决算数"])).toBe("1220@收支总表!E10");
  });

  it("takes each half's side from its 收入/支出 header rather than its position", () => {
    const summary = sheetFromRows("收支总表", [
      ["支出", null, "收入"],
      ["项目", "金额", "项目", "金额"],
      ["本年支出合计", 1196.29, "本年收入合计", 1190],
      ["总计", 1220, "总计", 1220.5],
    ]);

    const { model } = read(summary);

    expect(show(model.summary.rows["支出总计"].values["决算数"])).toBe("1220@收支总表!B4");
    expect(show(model.summary.rows["收入总计"].values["决算数"])).toBe("1220.5@收支总表!D4");
  });

  it("reads a lone 项目 | 行次 | 金额 table (one half pasted alone), 金额 being the 决算数", () => {
    const summary = sheetFromRows("收支总表", [
      ["项目", "行次", "金额（万元）"],
      ["本年收入合计", 13, 1190],
      ["收入总计", 16, 1220],
      ["本年支出合计", 44, 1196.29],
      ["支出总计", 47, 1220],
    ]);

    const { model, findings } = read(summary);

    expect(findings).toEqual([]);
    expect(model.summary.columns).toEqual({ 决算数: "收支总表!C1" });
    expect(show(model.summary.rows["支出总计"].values["决算数"])).toBe("1220@收支总表!C5");
  });

  it("reports a repeated row across the halves (DATA-DUP) and missing totals (DATA-MISSING)", () => {
    const summary = sheetFromRows("收支总表", [
      ["项目", "金额", "项目", "金额"],
      ["本年收入合计", 1190, "本年支出合计", 1196.29],
      ["年末结转和结余", 3, "年末结转和结余", 23.71],
    ]);

    const { findings } = read(summary);

    expect(findings.map((f) => `${f.rule} ${f.cells.join(" ")} ${f.fingerprint}`)).toEqual([
      "DATA-DUP 收支总表!A3 收支总表!C3 DATA-DUP|收支总表|年末结转和结余",
      "DATA-MISSING  DATA-MISSING|收支总表|收入总计",
      "DATA-MISSING  DATA-MISSING|收支总表|支出总计",
    ]);
  });
});
