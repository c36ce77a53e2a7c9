import { layoutReportSheet, uniqueSheetName } from "../../src/render/layout";
import type { PlanCell, SheetPlan } from "../../src/render/sheet-plan";
import { parseNumeric } from "../../src/render/measure";
import { HEADINGS, TITLE, reportFixture } from "./fixtures";

const plan = (): SheetPlan => layoutReportSheet(reportFixture(), { sheetName: "绩效评价报告", lang: "zh-CN" });
const at = (p: SheetPlan, row: number, col: number): PlanCell | undefined =>
  p.cells.find((c) => c.row === row && c.col === col);
const find = (p: SheetPlan, value: string | number): PlanCell => {
  const c = p.cells.find((x) => x.value === value);
  if (!c) throw new Error(`no cell ${value}`);
  return c;
};

describe("uniqueSheetName", () => {
  it("uses 绩效评价报告 when free", () => {
    expect(uniqueSheetName(["收支总表", "支出明细"])).toBe("绩效评价报告");
  });
  it("never reuses a taken name: (2), then (3)", () => {
    expect(uniqueSheetName(["绩效评价报告"])).toBe("绩效评价报告(2)");
    expect(uniqueSheetName(["绩效评价报告", "绩效评价报告(2)"])).toBe("绩效评价报告(3)");
  });
  it("compares names as Excel does, ignoring case, and keeps 31 characters", () => {
    expect(uniqueSheetName(["REPORT"], "Report")).toBe("Report(2)");
    const long = "x".repeat(40);
    const first = uniqueSheetName([], long);
    expect(first).toHaveLength(31);
    expect(uniqueSheetName([first], long)).toBe("x".repeat(28) + "(2)");
  });
});

describe("layoutReportSheet", () => {
  it("puts the title in B1, bold, larger, centred across the ten grid columns B:K", () => {
    const p = plan();
    const t = at(p, 1, 2);
    expect(t?.value).toBe(TITLE);
    expect(t?.style).toMatchObject({ bold: true, size: 16, align: "center" });
    expect(p.merges).toContainEqual({ top: 1, left: 2, bottom: 1, right: 11 });
  });

  it("writes every heading bold in column B, one per row, in document order", () => {
    const p = plan();
    const rows = HEADINGS.map((h) => find(p, h));
    rows.forEach((c) => expect(c).toMatchObject({ col: 2, style: { bold: true } }));
    const order = rows.map((c) => c.row);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it("gives each paragraph its own wrapped row across B:K, high enough for its lines, and a note per figure", () => {
    const p = plan();
    const para = p.cells.find((c) => String(c.value).includes("696.39万元"));
    expect(para).toMatchObject({ col: 2, kind: "text", style: { wrap: true } });
    expect(p.merges).toContainEqual({ top: para!.row, left: 2, bottom: para!.row, right: 11 });
    const note = p.notes.find((n) => n.row === para!.row && n.col === 2);
    expect(note?.text).toContain("696.39万元：收支总表!D13");
    expect(p.rowHeights.find((h) => h.row === para!.row)?.height).toBeGreaterThan(30);
  });

  it("marks every string cell as text, so =HYPERLINK(…) and +1 never become formulas", () => {
    const p = plan();
    for (const c of p.cells.filter((x) => typeof x.value === "string")) {
      expect(c.kind).toBe("text");
      expect(c.style.numFmt).toBe("@");
    }
    expect(find(p, '=HYPERLINK("http://x","点击")').kind).toBe("text");
    expect(p.cells.find((c) => String(c.value).startsWith("+1"))?.kind).toBe("text");
    expect(p.notes.find((n) => n.row === find(p, '=HYPERLINK("http://x","点击")').row)?.text).toContain("报告素材");
  });

  it("lays the score table out as bordered cells with numbers as numbers", () => {
    const p = plan();
    const header = find(p, "一级指标");
    expect(header.style).toMatchObject({ bold: true, border: true });
    expect(["分值", "得分", "得分率"].map((h) => at(p, header.row, find(p, h).col)?.value)).toEqual([
      "分值",
      "得分",
      "得分率",
    ]);
    const investRow = find(p, "投入").row;
    const numbers = p.cells.filter((c) => c.row === investRow && c.kind === "number");
    expect(numbers.map((c) => [c.value, c.style.numFmt, c.style.border])).toEqual([
      [20, "#,##0.00", true],
      [18.5, "#,##0.00", true],
      [0.925, "0.00%", true],
    ]);
    expect(p.cells.find((c) => c.row === find(p, "效益").row && c.value === "无法计算")?.kind).toBe("text");
  });

  it("writes each chart's data on the sheet and anchors the chart below it, clear of later rows", () => {
    const p = plan();
    expect(p.charts.map((c) => c.spec.id)).toEqual(["chart-expenditure-structure", "chart-expenditure-by-class"]);
    const bar = p.charts[1];
    const { top, left, bottom, right } = bar.dataRange;
    expect([left, right, bottom - top]).toEqual([2, 4, 4]);
    expect(p.merges.filter((m) => m.top >= top && m.bottom <= bottom)).toEqual([]);
    expect([at(p, top, 3)?.value, at(p, top, 4)?.value]).toEqual(["本年", "上年"]);
    expect(at(p, top + 1, 2)?.value).toBe("科学技术支出");
    expect(at(p, top + 1, 3)).toMatchObject({ kind: "number", value: 225.21, style: { numFmt: "#,##0.00" } });
    expect(at(p, bottom, 4)?.value).toBe(80.25);
    expect(bar.anchor.row).toBeGreaterThan(bottom);
    const rowsUnder = Math.ceil(bar.anchor.heightPx / 20);
    const overlapping = p.cells.filter((c) => c.row >= bar.anchor.row && c.row < bar.anchor.row + rowsUnder);
    expect(overlapping).toEqual([]);
    expect(find(p, "图2 项目支出按功能分类（单位：万元）").row).toBe(top - 1);
  });

  it("prints on A4 portrait at 90 % with page numbers, its columns narrow enough for the page at that scale", () => {
    const p = plan();
    expect(p.pageSetup).toMatchObject({ paper: "A4", orientation: "portrait", scale: 90 });
    expect(p.footer.center).toContain("&P");
    // Excel's column unit is 7 px (+5 px padding) at 96 dpi; A4 is 8.27 in wide.
    const px = p.columnWidths.reduce((a, w) => a + w.width * 7 + 5, 0);
    const { left, right } = p.pageSetup.margins;
    expect((px * p.pageSetup.scale) / 100 / 96).toBeLessThanOrEqual(8.27 - left - right);
  });

  it("links each figure of the 数据来源 rows to its cell, and always lists the 待补充清单", () => {
    const p = plan();
    expect(p.links).toContainEqual(expect.objectContaining({ sheet: "收支总表", cell: "D23" }));
    const link = p.links[0];
    expect(at(p, link.row, link.col)?.value).toBe("收支总表!D23");
    expect(find(p, "待补充清单").style.bold).toBe(true);
    expect(find(p, "自评打分!B9").row).toBeGreaterThan(link.row);
  });

  it("labels the sheet in en-US when asked", () => {
    const p = layoutReportSheet({ ...reportFixture(), lang: "en-US" }, { sheetName: "Report", lang: "en-US" });
    expect(p.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["Data to add", "Figure 1 本年支出结构 (unit: 万元)"]),
    );
  });

  it("is deterministic", () => {
    expect(JSON.stringify(plan())).toBe(JSON.stringify(plan()));
  });
});

describe("parseNumeric", () => {
  it("reads amounts, separators and percentages, and leaves words as text", () => {
    expect(parseNumeric("696.39")).toEqual({ value: 696.39, numFmt: "0.00" });
    expect(parseNumeric("1,196.30")).toEqual({ value: 1196.3, numFmt: "0.00" });
    expect(parseNumeric("18")).toEqual({ value: 18, numFmt: "0" });
    expect(parseNumeric("95.10%")).toEqual({ value: 0.951, numFmt: "0.00%" });
    expect(parseNumeric("-2.40")).toEqual({ value: -2.4, numFmt: "0.00" });
    expect(parseNumeric("无法计算")).toBeUndefined();
    expect(parseNumeric("=1+1")).toBeUndefined();
    expect(parseNumeric("—")).toBeUndefined();
  });
});
