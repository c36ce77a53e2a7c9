import { SEED_REPORT_TEXT as seed } from "../../../samples/taojiang-kegongju-2022-report";
import { checkText } from "../../../src/core/text";
import { hardWrap } from "./helpers";

// The 2022 report of 桃江县科工局, retold with its figures and faults (samples/).

function summary(text: string) {
  const result = checkText(text);
  return result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    paragraph: f.where.paragraph,
    start: result.paragraphs[f.where.paragraph - 1].slice(0, 12),
  }));
}

describe("the seed report (桃江县科工局 2022)", () => {
  const result = checkText(seed);
  const paragraphOf = (startsWith: string) => result.paragraphs.findIndex((p) => p.startsWith(startsWith)) + 1;

  it("finds exactly the 项目支出 尾差, the cut-off paragraph of （三）5 and the reversed quotation marks", () => {
    expect(result.findings.map((f) => [f.rule, f.severity, f.where.paragraph])).toEqual([
      ["TXT-SUM", "info", paragraphOf("项目支出499.91万元")],
      ["TXT-QUOTE", "info", paragraphOf("2022年，我局贯彻")],
      ["TXT-QUOTE", "info", paragraphOf("2022年，在县委、县政府领导下")],
      ["TXT-TRUNC", "warning", paragraphOf("5、坚持“稳”字为基")],
    ]);
  });

  it("reports 项目支出 499.91 against parts summing to 499.90 as 尾差 0.01", () => {
    const f = result.findings[0];
    expect(f).toMatchObject({
      expected: "499.90",
      actual: "499.91",
      difference: "0.01",
      fingerprint: "TXT-SUM|项目支出|499.91",
    });
    expect(f.message["zh-CN"]).toContain("尾差");
    expect(f.where.quote).toMatch(
      /^项目支出499\.91万元。其中科学技术支出225\.21万元，.*资源勘探工业信息等支出72万元。$/,
    );
  });

  it("quotes the last, unfinished sentence of （三）5", () => {
    const f = result.findings.find((x) => x.rule === "TXT-TRUNC");
    expect(f?.where.quote).toBe(
      "“安全生产月”、国家法治宣传日和平安创建等活动都按计划开展，安全生产和法制知识的宣传面较广；定期召开安全生产工作会议，",
    );
    expect(result.paragraphs[(f?.where.paragraph ?? 0) - 1].slice(f?.where.offset)).toBe(f?.where.quote);
  });

  it("points at the reversed mark before 12345", () => {
    for (const f of result.findings.filter((x) => x.rule === "TXT-QUOTE")) {
      expect(result.paragraphs[f.where.paragraph - 1].slice(f.where.offset, f.where.offset + 7)).toBe("”12345”");
      expect(f.message["zh-CN"]).toBe("引号方向错误：”12345” 应为 “12345”");
    }
  });

  it("has no error: 基本支出 696.39 = 603.83 + 92.56 and the staff figures are not flagged", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.some((f) => f.where.quote.includes("696.39"))).toBe(false);
    expect(result.findings.some((f) => /编制|实有/.test(f.where.quote))).toBe(false);
  });

  it("keeps headings and title lines as their own paragraphs", () => {
    expect(result.paragraphs.slice(0, 5)).toEqual([
      "第五部分  附件",
      "桃江县科工局",
      "2022年度部门整体支出绩效评价报告",
      expect.stringMatching(/^根据预算绩效管理的要求/),
      "一、基本情况",
    ]);
    expect(result.paragraphs).toHaveLength(44);
  });

  it.each([36, 50, 60, 76])("finds the same in a PDF copy wrapped at %i columns", (columns) => {
    expect(summary(hardWrap(seed, columns))).toEqual(summary(seed));
  });

  it("gives every finding a unique fingerprint and the findings in reading order", () => {
    const prints = result.findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const order = result.findings.map((f) => f.where.paragraph * 10000 + f.where.offset);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
