import { layoutReportSheet } from "../../src/render/layout";
import { pageBreaks } from "../../src/render/pages";
import { reportFixture } from "./fixtures";

const rules = (over: Partial<Parameters<typeof pageBreaks>[0]> = {}) => ({
  heights: new Map<number, number>(),
  defaultHeight: 15,
  lastRow: 100,
  pageHeight: 150,
  keep: [],
  breakBefore: [],
  ...over,
});

describe("pageBreaks", () => {
  it("breaks when the rows run out: ten rows of 15 pt to a page of 150", () => {
    expect(pageBreaks(rules({ lastRow: 25 }))).toEqual([10, 20]);
  });

  it("moves a chart that would be cut to the next page, caption and all", () => {
    expect(pageBreaks(rules({ lastRow: 25, keep: [{ start: 8, end: 14 }] }))).toEqual([7, 17]);
  });

  it("starts an attachment on a new page, and leaves a group taller than a page to break where it must", () => {
    expect(pageBreaks(rules({ lastRow: 12, breakBefore: [4] }))).toEqual([3]);
    expect(pageBreaks(rules({ lastRow: 30, keep: [{ start: 2, end: 25 }] }))).toEqual([10, 20]);
  });

  it("counts a row's own height", () => {
    expect(pageBreaks(rules({ lastRow: 6, heights: new Map([[3, 120]]) }))).toEqual([3]);
  });
});

describe("the report sheet's page breaks", () => {
  it("never cut a chart: its caption, data and picture rows share one page", () => {
    const plan = layoutReportSheet(reportFixture(), { sheetName: "绩效评价报告", lang: "zh-CN" });
    for (const chart of plan.charts) {
      const start = chart.dataRange.top - 1;
      const end = chart.anchor.row + Math.ceil(chart.anchor.heightPx / 20);
      expect(plan.pageBreaks.filter((r) => r >= start && r < end)).toEqual([]);
    }
    const attachment = plan.cells.find((c) => c.value === "附件1：数据来源")!;
    expect(plan.pageBreaks).toContain(attachment.row - 1);
  });
});
