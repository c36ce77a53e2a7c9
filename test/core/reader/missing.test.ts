import { readWorkbook } from "../../../src/core/reader";
import { sheetFromRows } from "../../../src/core/snapshot";
import { balancedSnapshot } from "../../fixtures/department";
import { findingsOf, withCells } from "./helpers";

const describeFindings = (findings: { rule: string; severity: string; fingerprint: string }[]) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.fingerprint}`);

describe("missing sheets", () => {
  it("reads a workbook with no sheets: DATA-MISSING for both required sheets, naming the aliases looked for", () => {
    const { model, findings, skipped } = readWorkbook({ sheets: [] });

    expect(describeFindings(findings)).toEqual([
      "DATA-MISSING error DATA-MISSING|基本情况",
      "DATA-MISSING error DATA-MISSING|收支总表",
    ]);
    expect(findings[1].message["zh-CN"]).toBe(
      "缺少必需的工作表“收支总表”（按以下名称查找：收支总表、收入支出决算总表、收支决算总表、公开01表）。",
    );
    expect(findings[1].message["en-US"]).toBe(
      'Required sheet "收支总表" is missing (looked for: 收支总表, 收入支出决算总表, 收支决算总表, 公开01表).',
    );
    expect(model).toEqual({
      unit: "万元",
      sheets: {},
      sheetUnits: {},
      info: {},
      summary: { sheet: "收支总表", columns: {}, rows: {} },
    });
    expect(skipped).toEqual([]);
  });

  it("still reads the other sheets when 收支总表 is missing, with an empty summary", () => {
    const snapshot = balancedSnapshot();
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "收支总表");

    const { model, findings } = readWorkbook(snapshot);

    expect(describeFindings(findings)).toEqual(["DATA-MISSING error DATA-MISSING|收支总表"]);
    expect(model.summary.rows).toEqual({});
    expect(model.expenditure?.rows).toHaveLength(8);
    expect(model.info.name?.value).toBe("示范县工业和信息化局");
  });

  it("says nothing about a missing optional sheet (the engine reports COV-SKIPPED)", () => {
    const snapshot = balancedSnapshot();
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "三公经费" && s.name !== "项目支出");

    const { model, findings } = readWorkbook(snapshot);

    expect(findings).toEqual([]);
    expect(model.threePublic).toBeUndefined();
    expect(model.projects).toBeUndefined();
    expect(model.sheets["三公经费"]).toBeUndefined();
  });

  it("reads required and optional sheets with no cells at all without throwing", () => {
    const empty = (name: string) => ({ name, cells: [], merges: [] });
    const { model, findings } = readWorkbook({
      sheets: [empty("基本情况"), empty("收支总表"), empty("支出明细"), empty("报告草稿")],
    });

    expect(describeFindings(findings)).toEqual([
      "DATA-MISSING error DATA-MISSING|基本情况|单位名称",
      "DATA-YEAR error DATA-YEAR|基本情况|年度",
      "DATA-MISSING error DATA-MISSING|收支总表|表头",
      "DATA-MISSING error DATA-MISSING|支出明细|表头",
    ]);
    expect(findings[2].message["zh-CN"]).toBe(
      "工作表“收支总表”前 10 行中找不到表头行（应至少包含以下两项：项目、年初预算数、调整后预算数、决算数、上年决算数），未能读取该表。",
    );
    expect(model.sheets).toEqual({
      基本情况: "基本情况",
      收支总表: "收支总表",
      支出明细: "支出明细",
      报告草稿: "报告草稿",
    });
    expect(model.summary).toEqual({ sheet: "收支总表", columns: {}, rows: {} });
    expect(model.expenditure).toBeUndefined();
    expect(model.draft).toEqual([]);
  });
});

describe("missing rows, columns and values", () => {
  it("reports an empty 单位名称 at its cell", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "基本情况", { B2: "  " }));
    expect(result.findings.map((f) => `${f.rule} ${f.cells} ${f.fingerprint}`)).toEqual([
      "DATA-MISSING 基本情况!B2 DATA-MISSING|基本情况|单位名称",
    ]);
    expect(result.findings[0].message["zh-CN"]).toBe("工作表“基本情况”中“单位名称”未填写（基本情况!B2）。");
  });

  it("reports an absent total row (本年收入合计) but not an absent part row (事业收入)", () => {
    const result = readWorkbook(
      withCells(balancedSnapshot(), "收支总表", { A12: null, D12: null, E12: null, A8: null }),
    );

    expect(result.findings.map((f) => `${f.rule} ${f.cells.length} ${f.fingerprint}`)).toEqual([
      "DATA-MISSING 0 DATA-MISSING|收支总表|本年收入合计",
    ]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "工作表“收支总表”中缺少合计行“本年收入合计”（按以下行标签查找：本年收入合计、本年收入）。",
    );
    expect(result.model.summary.rows["本年收入合计"]).toBeUndefined();
    expect(result.model.summary.rows["事业收入"]).toBeUndefined();
  });

  it("reports a missing required column (决算数), naming it and the sheet, and reads the other columns", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "收支总表", { D3: "备注" }));

    expect(describeFindings(result.findings)).toEqual(["DATA-MISSING error DATA-MISSING|收支总表|决算数"]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "工作表“收支总表”的表头（收支总表!A3 所在行）中缺少必需的列“决算数”（按以下名称查找：决算数、本年决算数、决算）。",
    );
    expect(Object.keys(result.model.summary.rows["基本支出"].values)).toEqual([
      "年初预算数",
      "调整后预算数",
      "上年决算数",
    ]);
  });

  it("reports 项目支出 without 实际支出数, and without any budget column", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "项目支出", { C3: "预算", D3: "调整", E3: "支付" }));
    expect(findingsOf(result, "DATA-MISSING").map((f) => f.fingerprint)).toEqual([
      "DATA-MISSING|项目支出|实际支出数",
      "DATA-MISSING|项目支出|调整后预算数",
    ]);
    expect(result.model.projects?.rows).toHaveLength(4);
  });

  it("does not read a header further down than the first 10 rows of a table sheet", () => {
    const rows = [...Array(10).fill(["说明文字"]), ["项目", "决算数"], ["本年收入合计", 1]];
    const result = readWorkbook({
      sheets: [
        sheetFromRows("基本情况", [
          ["单位名称", "局"],
          ["年度", 2022],
        ]),
        sheetFromRows("收支总表", rows),
      ],
    });
    expect(describeFindings(result.findings)).toEqual(["DATA-MISSING error DATA-MISSING|收支总表|表头"]);
  });
});
