import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { sheetFromRows } from "../../src/core/snapshot";
import { templateSnapshot } from "../../src/core/template-layout";
import { balancedDepartment } from "../fixtures/department";
import { withCells } from "../core/reader/helpers";
import { changed, everyAmount, mapSheet, patched, renamedTo } from "./build";

/**
 * Malformed and hostile workbooks, built in code, each with what the check must say about it:
 * a finding of a rule located at a cell (or, for what has no cell, at no cell). Cell rows of
 * the balanced template: 收支总表 rows 4–26 (其他收入 11, 本年收入合计 12, 基本支出 16,
 * 本年支出合计 23), columns B 年初预算数 … D 决算数; 项目支出 rows 4–7, 合计 8.
 */
export interface BadInput {
  name: string;
  build: () => WorkbookSnapshot;
  /** Findings that must be there: rule, and the cell they must name (undefined: no cell). */
  expect: { rule: string; cell?: string }[];
}

export const BAD_INPUTS: BadInput[] = [
  { name: "no sheets at all", build: () => ({ sheets: [] }), expect: [{ rule: "DATA-MISSING" }] },
  { name: "收支总表 named Sheet1", build: renamedTo("收支总表", "Sheet1"), expect: [{ rule: "DATA-MISSING" }] },
  { name: "基本情况 named 封面", build: renamedTo("基本情况", "封面"), expect: [{ rule: "DATA-MISSING" }] },
  {
    name: "收支总表 empty",
    build: mapSheet("收支总表", (s) => ({ ...s, cells: [] })),
    expect: [{ rule: "DATA-MISSING" }],
  },
  {
    name: "merged cells everywhere on 收支总表",
    build: mapSheet("收支总表", (s) => ({ ...s, merges: [{ top: 1, left: 1, bottom: 30, right: 5 }] })),
    expect: [{ rule: "DATA-MISSING" }],
  },
  {
    name: "every row of 收支总表 merged across its amounts",
    build: mapSheet("收支总表", (s) => ({
      ...s,
      merges: Array.from({ length: 23 }, (_, i) => ({ top: i + 4, left: 2, bottom: i + 4, right: 5 })),
    })),
    // The figures under the merges are hidden as in Excel: the blank totals are reported.
    expect: [{ rule: "DATA-MISSING", cell: "收支总表!D12" }],
  },
  {
    name: "text in every amount column of 收支总表",
    build: patched("收支总表", everyAmount("见附表")),
    expect: [
      { rule: "DATA-NOTNUM", cell: "收支总表!D12" },
      { rule: "DATA-NOTNUM", cell: "收支总表!B4" },
    ],
  },
  {
    name: "#REF! in every amount column of 收支总表",
    build: patched("收支总表", everyAmount({ error: "#REF!" })),
    expect: [{ rule: "DATA-ERRVAL", cell: "收支总表!D23" }],
  },
  {
    name: "#DIV/0! in 三公 合计",
    build: patched("三公经费", { D9: { error: "#DIV/0!" } }),
    expect: [{ rule: "DATA-ERRVAL", cell: "三公经费!D9" }],
  },
  {
    name: "#N/A as a target's 实际值",
    build: patched("绩效目标", { E3: { error: "#N/A" } }),
    expect: [{ rule: "DATA-ERRVAL", cell: "绩效目标!E3" }],
  },
  {
    name: "1,000 columns of headers on 收支总表",
    build: mapSheet("收支总表", (s) => ({
      ...s,
      cells: [
        ...s.cells,
        ...Array.from({ length: 1000 }, (_, i) => ({
          row: 3,
          col: 6 + i,
          value: { type: "string" as const, value: `备注${i}` },
        })),
      ],
    })),
    expect: [],
  },
  {
    name: "1,000 columns of figures beside 项目支出",
    build: mapSheet("项目支出", (s) => ({
      ...s,
      cells: [
        ...s.cells,
        ...Array.from({ length: 1000 }, (_, i) => ({
          row: 4,
          col: 10 + i,
          value: { type: "number" as const, value: i },
        })),
      ],
    })),
    expect: [],
  },
  {
    name: "a hidden second copy of 收支总表",
    build: () => {
      const s = templateSnapshot(balancedDepartment());
      const summary = s.sheets.find((x) => x.name === "收支总表")!;
      s.sheets.push({ ...summary, name: "收支决算总表", hiddenRows: [4, 5, 6] });
      return s;
    },
    expect: [{ rule: "DATA-DUP" }],
  },
  {
    name: "hidden rows holding the figures",
    build: mapSheet("收支总表", (s) => ({ ...s, hiddenRows: Array.from({ length: 23 }, (_, i) => i + 4) })),
    expect: [],
  },
  {
    name: "formula injection as a project name",
    build: changed((d) => {
      d.projects!.rows[0].项目名称 = "=cmd|' /C calc'!A0";
      d.projects!.rows[0].年末结转结余 = 9;
    }),
    expect: [{ rule: "BAL-PRJ-ROW", cell: "项目支出!G4" }],
  },
  {
    name: "HTML payload as a row label with figures",
    build: patched("收支总表", { A8: "<img src=x onerror=alert(1)>", D8: 5 }),
    expect: [{ rule: "DATA-LABEL", cell: "收支总表!A8" }],
  },
  {
    name: "HTML payload in 单位名称 and a project name",
    build: changed((d) => {
      d.info!.单位名称 = "<script>alert(1)</script>";
      d.projects!.rows.push({ 项目名称: "<b>x</b>", 实际支出数: 1 });
    }),
    expect: [{ rule: "BAL-PRJ-TOTAL", cell: "项目支出!E9" }],
  },
  {
    name: "a negative 本年支出合计",
    build: patched("收支总表", { D23: -1196.29 }),
    expect: [{ rule: "DATA-NEG", cell: "收支总表!D23" }],
  },
  { name: "年度 abc", build: patched("基本情况", { B3: "abc" }), expect: [{ rule: "DATA-YEAR", cell: "基本情况!B3" }] },
  { name: "年度 1800", build: patched("基本情况", { B3: 1800 }), expect: [{ rule: "DATA-YEAR", cell: "基本情况!B3" }] },
  {
    name: "金额单位 千元",
    build: patched("基本情况", { B4: "千元" }),
    expect: [{ rule: "DATA-MISSING", cell: "基本情况!B4" }],
  },
  {
    name: "支出明细 in 元 without a unit row",
    build: changed((d) => {
      d.expenditure!.total = { 合计: 11962900, 人员经费: 6038300, 公用经费: 925600, 项目支出: 4999000 };
    }),
    expect: [{ rule: "DATA-UNIT", cell: "支出明细!C13" }],
  },
  {
    name: "500元 typed in a 万元 sheet",
    build: patched("收支总表", { D11: "90万元", E11: "800000元" }),
    expect: [{ rule: "DATA-TEXTNUM", cell: "收支总表!E11" }],
  },
  {
    name: "a 收支总表 row listed twice",
    build: patched("收支总表", { A30: "基本支出", D30: 1 }),
    expect: [{ rule: "DATA-DUP", cell: "收支总表!A30" }],
  },
  {
    name: "a subject code listed twice",
    build: patched("支出明细", { A12: "206" }),
    expect: [{ rule: "DATA-DUP", cell: "支出明细!A12" }],
  },
  {
    name: "a 支出明细 row without a code",
    build: patched("支出明细", { A7: null }),
    expect: [{ rule: "DATA-MISSING", cell: "支出明细!A7" }],
  },
  {
    name: "a 指标下达日期 of 2022-13-45",
    build: patched("项目支出", { F5: "2022-13-45" }),
    expect: [{ rule: "DATA-YEAR", cell: "项目支出!F5" }],
  },
  {
    name: "a 指标下达日期 in another year",
    build: patched("项目支出", { F5: "2019-04-20" }),
    expect: [{ rule: "DATA-YEAR", cell: "项目支出!F5" }],
  },
  {
    name: "totals as formulas never calculated",
    build: patched("收支总表", { D12: { formula: "SUM(D4:D11)" }, D23: { formula: "D16+D19" } }),
    expect: [
      { rule: "DATA-NOCACHE", cell: "收支总表!D12" },
      { rule: "DATA-NOCACHE", cell: "收支总表!D23" },
    ],
  },
  {
    name: "1e300 in an amount cell",
    build: patched("收支总表", { D20: 1e300 }),
    expect: [{ rule: "DATA-NOTNUM", cell: "收支总表!D20" }],
  },
  {
    name: "NaN and Infinity handed over by a host",
    build: patched("收支总表", { D20: Number.NaN, D21: Number.POSITIVE_INFINITY }),
    expect: [
      { rule: "DATA-NOTNUM", cell: "收支总表!D20" },
      { rule: "DATA-NOTNUM", cell: "收支总表!D21" },
    ],
  },
  {
    name: "TRUE and a date in amount cells",
    build: patched("收支总表", { D20: true, D21: { date: "2022-01-01" } }),
    expect: [
      { rule: "DATA-NOTNUM", cell: "收支总表!D20" },
      { rule: "DATA-NOTNUM", cell: "收支总表!D21" },
    ],
  },
  {
    name: "编制数 written in words",
    build: patched("基本情况", { D10: "十八" }),
    expect: [{ rule: "DATA-NOTNUM", cell: "基本情况!D10" }],
  },
  {
    // Found by the property test: the 编制数 header merged down over 机关本级's figure, and a
    // number where 二级机构 row 11 has its name, leave the units' cells apart (rows 10, 12–14).
    name: "staff figures of units that are not one block of rows",
    build: () =>
      withCells(
        mapSheet("基本情况", (s) => ({ ...s, merges: [...s.merges, { top: 9, left: 4, bottom: 10, right: 4 }] }))(),
        "基本情况",
        { A11: 0 },
      ),
    expect: [
      { rule: "IND-STAFF", cell: "基本情况!E12" },
      { rule: "IND-STAFF", cell: "基本情况!D14" },
    ],
  },
  {
    name: "a negative 实有人数",
    build: patched("基本情况", { E10: -17 }),
    expect: [{ rule: "DATA-NEG", cell: "基本情况!E10" }],
  },
  {
    name: "a header pushed below row 10",
    build: mapSheet("三公经费", (s) => ({ ...s, cells: s.cells.map((c) => ({ ...c, row: c.row + 12 })) })),
    expect: [{ rule: "DATA-MISSING" }],
  },
  {
    name: "a header with no rows under it",
    build: () => {
      const s = templateSnapshot(balancedDepartment());
      s.sheets = s.sheets.map((x) =>
        x.name === "收支总表" ? sheetFromRows("收支总表", [["项目", "年初预算数", "决算数"]]) : x,
      );
      return s;
    },
    expect: [{ rule: "DATA-MISSING" }],
  },
  {
    name: "three 三公 sheets",
    build: () => {
      const s = templateSnapshot(balancedDepartment());
      const t = s.sheets.find((x) => x.name === "三公经费")!;
      s.sheets.push({ ...t, name: "三公经费支出决算表" }, { ...t, name: "公开09表" });
      return s;
    },
    expect: [{ rule: "DATA-DUP" }],
  },
  {
    name: "a label of 100,000 characters with a figure",
    build: patched("收支总表", { A8: "备".repeat(100000), D8: 1 }),
    expect: [{ rule: "DATA-LABEL", cell: "收支总表!A8" }],
  },
  {
    name: "bidi overrides and control characters in labels",
    build: patched("收支总表", { A8: "\u202e入收业事\u0007", D8: 1 }),
    expect: [{ rule: "DATA-LABEL", cell: "收支总表!A8" }],
  },
  {
    name: "三公 larger than 本年支出合计",
    build: patched("三公经费", { D9: 5000, D8: 4996.8 }),
    expect: [{ rule: "XS-3G", cell: "三公经费!D9" }],
  },
  {
    name: "a score typed as 满分",
    build: patched("自评打分", { B3: "满分" }),
    expect: [{ rule: "DATA-NOTNUM", cell: "自评打分!B3" }],
  },
  {
    name: "a 收支总表 whose cells are all numbers, labels included",
    build: () => {
      const s = templateSnapshot(balancedDepartment());
      s.sheets = s.sheets.map((x) =>
        x.name === "收支总表"
          ? sheetFromRows(
              "收支总表",
              Array.from({ length: 30 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 10 + c)),
            )
          : x,
      );
      return s;
    },
    expect: [{ rule: "DATA-MISSING" }],
  },
  {
    name: "merges reaching far beyond the cells",
    build: mapSheet("项目支出", (s) => ({ ...s, merges: [{ top: 4, left: 9, bottom: 1048576, right: 16384 }] })),
    expect: [],
  },
];
