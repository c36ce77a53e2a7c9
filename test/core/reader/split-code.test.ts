import { readWorkbook } from "../../../src/core/reader";
import type { CellInput } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";
import { show } from "./helpers";
import { basicInfoSheet, publishedDetail, publishedSummary } from "./published";

/** 支出明细 laid out like 公开03表: 科目编码 split over 类 | 款 | 项, or one column with separators. */

function read(detail = publishedDetail()) {
  return readWorkbook({ sheets: [basicInfoSheet(), publishedSummary(), detail] });
}

describe("公开03表 支出决算表 with 类 | 款 | 项", () => {
  const { model, findings } = read();
  const detail = model.expenditure!;

  it("builds 7-digit codes from merged-down, blank and repeated 类/款, citing the cell of the row's own part", () => {
    expect(findings).toEqual([]);
    expect(detail.rows.map((r) => `${r.code} ${r.level} ${r.codeCell} ${r.name}`)).toEqual([
      "206 类 公开03表!A9 科学技术支出",
      "20604 款 公开03表!B10 技术研究与开发",
      "2060499 项 公开03表!C11 其他技术研究与开发支出",
      "210 类 公开03表!A12 卫生健康支出",
      "21004 款 公开03表!B13 公共卫生",
      "2100499 项 公开03表!C14 其他公共卫生支出",
      "213 类 公开03表!A15 农林水支出",
      "21305 款 公开03表!B16 巩固脱贫衔接乡村振兴",
      "2130599 项 公开03表!C17 其他巩固脱贫衔接乡村振兴支出",
      "215 类 公开03表!A18 资源勘探工业信息等支出",
      "21505 款 公开03表!B19 工业和信息产业监管",
      "2150501 项 公开03表!C20 行政运行",
      "2150599 项 公开03表!C21 其他工业和信息产业监管支出",
    ]);
  });

  it("reads the three-row header, 基本支出 as its own column, and the 合计 row above the subjects", () => {
    expect(detail.columns).toEqual({
      科目编码: "公开03表!A5",
      科目名称: "公开03表!D5",
      合计: "公开03表!E4",
      基本支出: "公开03表!F4",
      项目支出: "公开03表!G4",
      上缴上级支出: "公开03表!H4",
      经营支出: "公开03表!I4",
      对附属单位补助支出: "公开03表!J4",
    });
    expect(detail.total?.labelCell).toBe("公开03表!A8");
    expect(show(detail.total?.values["基本支出"])).toBe("696.39@公开03表!F8");
    const admin = detail.rows.find((r) => r.code === "2150501")!;
    expect([show(admin.values["合计"]), show(admin.values["基本支出"]), show(admin.values["项目支出"])]).toEqual([
      "696.39@公开03表!E20",
      "696.39@公开03表!F20",
      "blank@公开03表!G20",
    ]);
  });

  it("reports a row with figures but no code at its 类 cell", () => {
    const rows: CellInput[][] = [
      ["科目编码", null, null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
      ["类", "款", "项"],
      [null, null, null, "科学技术支出", 225.21, null, 225.21],
    ];
    const { findings: missing } = read(
      sheetFromRows("支出明细", rows, { merges: [{ top: 1, left: 1, bottom: 1, right: 3 }] }),
    );
    expect(missing.map((f) => `${f.rule} ${f.cells}`)).toEqual(["DATA-MISSING 支出明细!A3"]);
  });
});

describe("codes in one column", () => {
  it.each<[CellInput, string]>([
    ["206 01 01", "2060101"],
    ["206.01.01", "2060101"],
    ["206-01", "20601"],
    ["２０６．０１．０１", "2060101"],
    ["2060101", "2060101"],
  ])("reads the code %p as %s", (raw, code) => {
    const detail = sheetFromRows("支出明细", [
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"],
      [raw, "行政运行", 696.39, 603.83, 92.56, null],
    ]);
    const { model, findings } = read(detail);
    expect(model.expenditure!.rows.map((r) => `${r.code} ${r.codeCell}`)).toEqual([`${code} 支出明细!A2`]);
    expect(findings).toEqual([]);
  });

  it("ignores a 基本支出 column beside 人员经费 and 公用经费, so that no row counts it twice", () => {
    const detail = sheetFromRows("支出明细", [
      ["科目编码", "科目名称", "合计", "基本支出", "人员经费", "公用经费", "项目支出"],
      ["2150501", "行政运行", 696.39, 696.39, 603.83, 92.56, null],
    ]);
    const { model } = read(detail);
    expect(Object.keys(model.expenditure!.columns)).toEqual([
      "科目编码",
      "科目名称",
      "合计",
      "人员经费",
      "公用经费",
      "项目支出",
    ]);
    expect(model.expenditure!.rows[0].values["基本支出"]).toBeUndefined();
  });
});
