import { readWorkbook } from "../../../src/core/reader";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";
import { balancedSnapshot } from "../../fixtures/department";
import { findingsOf, renamed, show } from "./helpers";

const basicInfo = sheetFromRows("基本情况", [
  ["单位名称", "示范县工业和信息化局"],
  ["年度", 2022],
]);

describe("finding sheets", () => {
  it("finds sheets by alias in any order, ignores other sheets, and cites the actual names", () => {
    let snapshot = balancedSnapshot();
    snapshot = renamed(snapshot, "基本情况", " 单位基本情况 ");
    snapshot = renamed(snapshot, "收支总表", "收入支出决算总表");
    snapshot = renamed(snapshot, "三公经费", "“三公”经费");
    snapshot = renamed(snapshot, "支出明细", "公开03表");
    snapshot.sheets.reverse();
    snapshot.sheets.push(
      sheetFromRows("Sheet1", [
        ["项目", "决算数"],
        ["基本支出", 1],
      ]),
      sheetFromRows("填报说明", [["本表由财务股填报"]]),
    );

    const { model, findings } = readWorkbook(snapshot);

    expect(findings).toEqual([]);
    expect(model.sheets).toMatchObject({
      基本情况: " 单位基本情况 ",
      收支总表: "收入支出决算总表",
      三公经费: "“三公”经费",
      支出明细: "公开03表",
    });
    expect(model.summary.sheet).toBe("收入支出决算总表");
    expect(show(model.summary.rows["基本支出"].values["决算数"])).toBe("696.39@收入支出决算总表!D16");
    expect(show(model.threePublic!.rows["合计"].values["本年决算数"])).toBe("4.7@“三公”经费!D9");
    expect(model.expenditure!.rows[0].codeCell).toBe("公开03表!A5");
    expect(model.info.name?.cell).toBe(" 单位基本情况 !B2");
  });

  it("prefers the sheet named exactly like the template when an alias also matches", () => {
    const summary = (name: string, amount: number) =>
      sheetFromRows(name, [
        ["项目", "决算数"],
        ["本年收入合计", amount],
        ["收入总计", amount],
        ["本年支出合计", amount],
        ["支出总计", amount],
      ]);
    const snapshot: WorkbookSnapshot = { sheets: [basicInfo, summary("公开01表", 1), summary("收支总表", 2)] };

    const { model } = readWorkbook(snapshot);

    expect(show(model.summary.rows["收入总计"].values["决算数"])).toBe("2@收支总表!B3");
  });

  it("warns (DATA-DUP) that a second sheet matching the same template sheet was not read, naming both", () => {
    const summary = (name: string) =>
      sheetFromRows(name, [
        ["项目", "决算数"],
        ["本年收入合计", 1190],
        ["收入总计", 1220],
        ["本年支出合计", 1196.29],
        ["支出总计", 1220],
      ]);
    const snapshot: WorkbookSnapshot = { sheets: [basicInfo, summary("收入支出决算总表"), summary("收支总表")] };

    const { model, findings } = readWorkbook(snapshot);

    expect(model.sheets["收支总表"]).toBe("收支总表");
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.fingerprint}`)).toEqual([
      "DATA-DUP warning DATA-DUP|收支总表|工作表|收入支出决算总表",
    ]);
    expect(findings[0].message["zh-CN"]).toBe(
      "工作簿中有多个工作表对应“收支总表”：已读取“收支总表”，未读取“收入支出决算总表”。请删除或改名多余的工作表，或核对其数据是否一致。",
    );
    expect(findings[0].message["en-US"]).toContain('"收支总表" was read; "收入支出决算总表" was not');
  });
});

describe("finding rows and columns in a hand-made 收支总表", () => {
  // A title, a unit in the last column, a blank row, then a header with an index column.
  const summary = sheetFromRows(
    "收支总表",
    [
      ["2022年度收入支出决算总表"],
      ["编制单位：示范县工业和信息化局", null, null, null, "单位：万元"],
      [],
      ["序号", "项  目", "年初预算数", "决算数（万元）", "上年数"],
      [1, "一、一般公共预算财政拨款收入", 1000, 1100, 1060],
      [2, "二、其他收入", null, 90, 80],
      [3, "本年收入合计", 1000, 1190, 1140],
      ["4", "加：年初结转和结余", null, 30],
      [5, "收入总计", null, 1220],
      [6, "（一）基本支出", 700, "６９６．３９"],
      [7, "　　其中：人员经费", null, 603.83],
      [8, "　　　　　日常公用经费（万元）", null, 92.56],
      [9, "（二）项目支出", 500, 499.9],
      [10, "本年支出合计", 1200, 1196.29],
      [11, "减：结余分配", null, "-"],
      [12, "年末结转和结余", null, 23.71],
      [13, "支出总计", null, 1220],
      [],
      ["注：本表金额保留两位小数。"],
    ],
    { hiddenRows: [6], hiddenCols: [3] },
  );
  const { model, findings } = readWorkbook({ sheets: [summary, basicInfo] });
  const rows = model.summary.rows;

  it("takes the first header row with two known headers, matching aliases and headers with units", () => {
    expect(model.summary.columns).toEqual({
      项目: "收支总表!B4",
      年初预算数: "收支总表!C4",
      决算数: "收支总表!D4",
      上年决算数: "收支总表!E4",
    });
    expect(model.sheetUnits["收支总表"]).toBe("万元");
  });

  it("reads labels in column B past the index in column A, without numbering, 其中/加/减 or indentation", () => {
    expect(rows["一般公共预算财政拨款收入"].labelCell).toBe("收支总表!B5");
    expect(rows["人员经费"].rawLabel).toBe("其中：人员经费");
    expect(show(rows["人员经费"].values["决算数"])).toBe("603.83@收支总表!D11");
    expect(show(rows["公用经费"].values["决算数"])).toBe("92.56@收支总表!D12");
    expect(show(rows["年初结转和结余"].values["决算数"])).toBe("30@收支总表!D8");
    expect(show(rows["结余分配"].values["决算数"])).toBe("blank@收支总表!D15");
    expect(Object.keys(rows)).toHaveLength(13);
  });

  it("reads hidden rows and columns like visible ones", () => {
    expect(show(rows["其他收入"].values["决算数"])).toBe("90@收支总表!D6");
    expect(show(rows["本年支出合计"].values["年初预算数"])).toBe("1200@收支总表!C14");
  });

  it("reads full-width digits stored as text, with a DATA-TEXTNUM warning at that cell", () => {
    expect(show(rows["基本支出"].values["决算数"])).toBe("696.39@收支总表!D10");
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cells}`)).toEqual(["DATA-TEXTNUM warning 收支总表!D10"]);
    expect(findings[0].message["zh-CN"]).toBe(
      "收支总表!D10（基本支出 / 决算数）的数字存为文本“６９６．３９”，已按 696.39 万元 读取。",
    );
  });
});

describe("two-row headers and merged cells", () => {
  it("lets the leaf header win under a merged group header, and reads merged cells as their top-left", () => {
    // As some hosts give merged areas: the top-left value repeated in every cell of the merge.
    const detail = sheetFromRows(
      "支出明细",
      [
        ["支出决算表", "支出决算表", "支出决算表", "支出决算表", "支出决算表", "支出决算表"],
        [null, null, null, null, null, "金额单位：万元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "基本支出", "项目支出"],
        ["科目编码", "科目名称", "本年支出合计", "人员经费", "日常公用经费", "项目支出"],
        [206, "科学技术支出", 225.21, null, null, 225.21],
        ["合计", "合计", 225.21, null, null, 225.21],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 6 },
          { top: 3, left: 1, bottom: 4, right: 1 },
          { top: 3, left: 2, bottom: 4, right: 2 },
          { top: 3, left: 3, bottom: 4, right: 3 },
          { top: 3, left: 4, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 4, right: 6 },
          { top: 6, left: 1, bottom: 6, right: 2 },
        ],
      },
    );
    const summary = sheetFromRows("收支总表", [
      ["项目", "决算数"],
      ["本年收入合计", 0],
      ["收入总计", 0],
      ["本年支出合计", 0],
      ["支出总计", 0],
    ]);

    const { model, findings } = readWorkbook({ sheets: [basicInfo, summary, detail] });

    expect(findings).toEqual([]);
    expect(model.expenditure!.columns).toEqual({
      科目编码: "支出明细!A3",
      科目名称: "支出明细!B3",
      合计: "支出明细!C3",
      人员经费: "支出明细!D4",
      公用经费: "支出明细!E4",
      项目支出: "支出明细!F3",
    });
    expect(model.expenditure!.rows.map((r) => `${r.code} ${r.name} ${show(r.values["项目支出"])}`)).toEqual([
      "206 科学技术支出 225.21@支出明细!F5",
    ]);
    expect(model.expenditure!.total?.labelCell).toBe("支出明细!A6");
  });

  it("reads a label merged across columns A:B from its top-left cell, once", () => {
    const summary = sheetFromRows(
      "收支总表",
      [
        ["项目", null, "年初预算数", "决算数"],
        ["本年收入合计", "本年收入合计", null, 10],
        ["收入总计", null, null, 10],
        ["本年支出合计", null, null, 10],
        ["支出总计", null, null, 10],
      ],
      { merges: [{ top: 2, left: 1, bottom: 2, right: 2 }] },
    );

    const { model, findings } = readWorkbook({ sheets: [basicInfo, summary] });

    expect(findings).toEqual([]);
    expect(model.summary.rows["本年收入合计"].labelCell).toBe("收支总表!A2");
    expect(show(model.summary.rows["本年收入合计"].values["决算数"])).toBe("10@收支总表!D2");
  });
});

describe("基本情况 layouts", () => {
  it("reads key–value labels in column B after an index, and the staffing table wherever it starts", () => {
    const info = sheetFromRows("基本情况", [
      ["单位基本情况表"],
      [1, "单位名称：", "示范县工业和信息化局"],
      [2, "年份", "２０２２年"],
      [3, "内设机构数（个）", "7"],
      [],
      [null, "机构名称", "经费形式", "编制数（人）", "实有人数（人）"],
      [null, "机关本级", "全额拨款", 18, 17],
      [null, "科技开发中心", "自收自支", 7, 5],
      [null, "合  计", null, 25, 22],
    ]);

    const { model, findings } = readWorkbook({
      sheets: [
        info,
        sheetFromRows("收支总表", [
          ["项目", "决算数"],
          ["本年收入合计", 0],
          ["收入总计", 0],
          ["本年支出合计", 0],
          ["支出总计", 0],
        ]),
      ],
    });

    expect(model.info.name).toEqual({ value: "示范县工业和信息化局", cell: "基本情况!C2" });
    expect(model.info.year).toEqual({ value: 2022, cell: "基本情况!C3" });
    expect(show(model.info.orgCount)).toBe("7@基本情况!C4");
    expect(findingsOf({ model, findings, skipped: [] }, "DATA-TEXTNUM").map((f) => f.cells[0])).toEqual([
      "基本情况!C4",
    ]);
    expect(model.staffing!.rows.map((r) => `${r.name} ${r.fundingType} ${show(r.quota)} ${show(r.actual)}`)).toEqual([
      "机关本级 全额拨款 18@基本情况!D7 17@基本情况!E7",
      "科技开发中心 自收自支 7@基本情况!D8 5@基本情况!E8",
    ]);
    expect(show(model.staffing!.total?.quota)).toBe("25@基本情况!D9");
  });
});
