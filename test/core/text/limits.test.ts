import { checkText, MAX_TEXT_CHARS, splitParagraphs } from "../../../src/core/text";
import { findingsOf } from "./helpers";

/** Hostile sizes: a huge text is refused with a reason, many lines or repeats do not break the check. */

describe("text size", () => {
  it("refuses a text longer than the limit with a message that says why, without reading it", () => {
    const huge = "基本支出1.00万元。\n".repeat(Math.ceil(MAX_TEXT_CHARS / 11) + 1);
    const result = checkText(huge);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].reason["zh-CN"]).toContain("文字过长");
    expect(result.skipped[0].reason["en-US"]).toContain("too long");
  });

  it("splits a text of 300,000 lines (no argument list as long as the text)", () => {
    const paragraphs = splitParagraphs("一、情况\n  收入1万元。\n".repeat(150_000));
    expect(paragraphs).toHaveLength(300_000);
  });
});

describe("the same quantity stated many times", () => {
  const line = (v: string) => `本年支出合计${v}万元，其中基本支出2719.24万元；项目支出1302.70万元。`;

  it("compares every repeat with the first statement: one finding per different value", () => {
    const text = [
      ...Array.from({ length: 5_000 }, () => line("4021.94")),
      line("4021.95"),
      line("4000.00"),
      line("4000.00"),
    ].join("\n");
    const conflicts = findingsOf("TXT-CONFLICT", text);
    expect(conflicts.map((f) => [f.where.paragraph, f.actual])).toEqual([[5_002, "4000.00"]]);
  });
});
