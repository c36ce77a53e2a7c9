import { readWorkbook } from "../../../src/core/reader";
import type { CellInput } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";
import { show } from "./helpers";

/** Key–value sheets where label and value share one cell: `单位名称：桃江县科工局`. */

const summary = sheetFromRows("收支总表", [
  ["项目", "决算数"],
  ["本年收入合计", 1190],
  ["收入总计", 1220],
  ["本年支出合计", 1196.29],
  ["支出总计", 1220],
]);

function read(basic: CellInput[][], other?: CellInput[][]) {
  const sheets = [sheetFromRows("基本情况", basic), summary];
  if (other) sheets.push(sheetFromRows("其他指标", other));
  return readWorkbook({ sheets });
}

describe("label and value in one cell", () => {
  it("reads 单位名称：…, 年度:2022 and 内设机构数：7 at the cell that holds them, without DATA-TEXTNUM", () => {
    const { model, findings } = read([
      ["单位基本情况"],
      ["单位名称：桃江县科学技术和工业信息化局"],
      ["年度:2022", null, "内设机构数： 7"],
      ["主要职责：负责全县工业和信息化、科技创新工作。"],
    ]);
    expect(findings).toEqual([]);
    expect(model.info.name).toEqual({ value: "桃江县科学技术和工业信息化局", cell: "基本情况!A2" });
    expect(model.info.year).toEqual({ value: 2022, cell: "基本情况!A3" });
    expect(show(model.info.orgCount)).toBe("7@基本情况!C3");
    expect(model.info.duties?.value).toBe("负责全县工业和信息化、科技创新工作。");
  });

  it("reads two pairs spaced apart in one cell, and 单位：元 as 金额单位 rather than 单位名称", () => {
    const { model, findings } = read([["填报单位：桃江县科工局　　年度：2022年"], ["单位：元"]]);
    expect(findings).toEqual([]);
    expect(model.info.name).toEqual({ value: "桃江县科工局", cell: "基本情况!A1" });
    expect(model.info.year?.value).toBe(2022);
    expect(model.unit).toBe("元");
  });

  it("reads 其他指标 amounts written after their label, and reports text that is no number at that cell", () => {
    const { model, findings } = read(
      [["单位名称：桃江县科工局"], ["年度：2022"]],
      [["政府采购预算数：50.00"], ["政府采购实际金额：48万元"], ["固定资产总额：约300"]],
    );
    expect(show(model.other?.["政府采购预算数"])).toBe("50@其他指标!A1");
    expect(show(model.other?.["政府采购实际金额"])).toBe("48@其他指标!A2");
    expect(findings.map((f) => `${f.rule} ${f.cells}`)).toEqual(["DATA-NOTNUM 其他指标!A3"]);
  });

  it("keeps the value in the next cell when the label ends with a colon", () => {
    const { model } = read([
      ["单位名称：", "桃江县科工局"],
      ["年度：", 2022],
    ]);
    expect(model.info.name).toEqual({ value: "桃江县科工局", cell: "基本情况!B1" });
    expect(model.info.year).toEqual({ value: 2022, cell: "基本情况!B2" });
  });
});
