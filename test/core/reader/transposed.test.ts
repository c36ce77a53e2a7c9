import { readWorkbook } from "../../../src/core/reader";
import type { CellRange, SnapshotSheet } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";
import { show } from "./helpers";
import { basicInfoSheet, publishedSummary, publishedThreePublic } from "./published";

/** 三公经费 laid out like 公开09表: the items as columns. */

function read(threePublic: SnapshotSheet) {
  return readWorkbook({ sheets: [basicInfoSheet(), publishedSummary(), threePublic] });
}

function figures(result: ReturnType<typeof read>): string[] {
  return Object.values(result.model.threePublic!.rows).map(
    (r) =>
      `${r.label} ${r.labelCell} ${Object.entries(r.values)
        .map(([k, v]) => `${k}=${show(v)}`)
        .join(" ")}`,
  );
}

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

describe("公开09表 with rows 上年决算数 / 本年预算数 / 本年决算数", () => {
  const result = read(publishedThreePublic());

  it("maps item columns to rows and figure rows to columns, each value at its own cell", () => {
    expect(result.findings).toEqual([]);
    expect(result.model.threePublic!.columns).toEqual({
      上年决算数: "公开09表!A7",
      本年预算数: "公开09表!A8",
      本年决算数: "公开09表!A9",
    });
    expect(figures(result)).toEqual([
      "合计 公开09表!B4 上年决算数=5.3@公开09表!B7 本年预算数=6@公开09表!B8 本年决算数=4.7@公开09表!B9",
      "因公出国(境)费 公开09表!C4 上年决算数=0@公开09表!C7 本年预算数=0@公开09表!C8 本年决算数=0@公开09表!C9",
      "公务用车购置及运行维护费 公开09表!D5 上年决算数=3.5@公开09表!D7 本年预算数=4@公开09表!D8 本年决算数=3.2@公开09表!D9",
      "公务用车购置费 公开09表!E5 上年决算数=0@公开09表!E7 本年预算数=0@公开09表!E8 本年决算数=0@公开09表!E9",
      "公务用车运行维护费 公开09表!F5 上年决算数=3.5@公开09表!F7 本年预算数=4@公开09表!F8 本年决算数=3.2@公开09表!F9",
      "公务接待费 公开09表!G4 上年决算数=1.8@公开09表!G7 本年预算数=2@公开09表!G8 本年决算数=1.5@公开09表!G9",
    ]);
  });

  it("reads year-labelled rows (2021年决算数, 2022年预算数, 2022年决算数) against 年度 2022", () => {
    const sheet = sheetFromRows("三公经费", [
      ["项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"],
      ["2021年决算数", 5.3, 0, 3.5, 1.8],
      ["2022年预算数", 6, 0, 4, 2],
      ["2022年决算数", 4.7, 0, 3.2, 1.5],
      ["增减率", "-11.3%", null, null, null],
    ]);
    const { model, findings } = read(sheet);
    expect(findings).toEqual([]);
    expect(model.threePublic!.columns).toEqual({
      上年决算数: "三公经费!A2",
      本年预算数: "三公经费!A3",
      本年决算数: "三公经费!A4",
    });
    expect(show(model.threePublic!.rows["公务用车购置及运行维护费"].values["上年决算数"])).toBe("3.5@三公经费!D2");
  });
});

describe("公开09表 with one row under 预算数 / 决算数 column groups", () => {
  // As printed by the 决算 software: the six items repeated under each group, then 栏次 1–12.
  const items = ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"];
  const parts = [null, null, "小计", "公务用车购置费", "公务用车运行费", null];
  const sheet = sheetFromRows(
    "公开09表",
    [
      ["“三公”经费支出决算表"],
      [null, null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
      ["预算数", null, null, null, null, null, "决算数"],
      [...items, ...items],
      [...parts, ...parts],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [6, 0, 4, 0, 4, 2, 4.7, 0, 3.2, 0, 3.2, 1.5],
    ],
    {
      merges: [
        merge(1, 1, 1, 12),
        merge(3, 1, 3, 6),
        merge(3, 7, 3, 12),
        ...[1, 2, 6, 7, 8, 12].map((col) => merge(4, col, 5, col)),
        merge(4, 3, 4, 5),
        merge(4, 9, 4, 11),
      ],
    },
  );
  const result = read(sheet);

  it("takes each column's kind from its group, skips the 栏次 row, and keeps every cell", () => {
    expect(result.findings).toEqual([]);
    expect(result.model.threePublic!.columns).toEqual({ 本年预算数: "公开09表!A3", 本年决算数: "公开09表!G3" });
    expect(figures(result)).toEqual([
      "合计 公开09表!A4 本年预算数=6@公开09表!A7 本年决算数=4.7@公开09表!G7",
      "因公出国(境)费 公开09表!B4 本年预算数=0@公开09表!B7 本年决算数=0@公开09表!H7",
      "公务用车购置及运行维护费 公开09表!C5 本年预算数=4@公开09表!C7 本年决算数=3.2@公开09表!I7",
      "公务用车购置费 公开09表!D5 本年预算数=0@公开09表!D7 本年决算数=0@公开09表!J7",
      "公务用车运行维护费 公开09表!E5 本年预算数=4@公开09表!E7 本年决算数=3.2@公开09表!K7",
      "公务接待费 公开09表!F4 本年预算数=2@公开09表!F7 本年决算数=1.5@公开09表!L7",
    ]);
  });
});

describe("what a transposed 三公 table lacks", () => {
  it("reports a missing 本年决算数 row and a missing 合计 column (DATA-MISSING), and a repeated item (DATA-DUP)", () => {
    const sheet = sheetFromRows("三公经费", [
      ["项目", "因公出国(境)费", "公务接待费", "公务接待费"],
      ["本年预算数", 0, 2, 2],
    ]);
    const { findings } = read(sheet);
    expect(findings.map((f) => `${f.rule} ${f.cells.join(" ")} ${f.fingerprint}`)).toEqual([
      "DATA-DUP 三公经费!C1 三公经费!D1 DATA-DUP|三公经费|公务接待费",
      "DATA-MISSING  DATA-MISSING|三公经费|本年决算数",
      "DATA-MISSING  DATA-MISSING|三公经费|合计",
    ]);
    expect(findings[0].message["zh-CN"]).toBe(
      "工作表“三公经费”中列“公务接待费”重复出现（三公经费!C1 和 三公经费!D1），按第一次出现（三公经费!C1）读取。",
    );
  });
});
