import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-BALANCE: 收入总计 against 支出总计", () => {
  it("flags `收、支总计各是4125.49，4143.91万元` (the unit written once for both)", () => {
    const f = onlyFinding("TXT-BALANCE", "2022年，收、支总计各是4125.49，4143.91万元。");
    expect(f).toMatchObject({ severity: "error", expected: "4125.49", actual: "4143.91", difference: "18.42" });
    expect(f.message["zh-CN"]).toBe("收入总计 4125.49万元，支出总计 4143.91万元，二者不等，相差 18.42万元");
  });

  it("keeps quiet when they are equal, also with ASCII punctuation", () => {
    expect(findingsOf("TXT-BALANCE", "收、支总计各是4125.49，4125.49万元。")).toEqual([]);
    expect(findingsOf("TXT-BALANCE", "收、支总计各是4125.49,4125.49万元.")).toEqual([]);
    expect(findingsOf("TXT-BALANCE", "收入总计4125.49万元。\n支出总计4125.49万元。")).toEqual([]);
  });

  it("flags 收入总计 and 支出总计 stated apart", () => {
    const f = onlyFinding("TXT-BALANCE", "收入总计4125.49万元，其中本年收入4000万元。\n支出总计4143.91万元。");
    expect(f.where).toMatchObject({ paragraph: 2, offset: 4, quote: "支出总计4143.91万元。" });
  });

  it("reports a difference within tolerance as 尾差", () => {
    const f = onlyFinding("TXT-BALANCE", "收入总计和支出总计分别为4125.49万元和4125.50万元。");
    expect(f.severity).toBe("info");
    expect(f.message["zh-CN"]).toContain("尾差");
  });

  it("compares 元 and 万元 in one unit", () => {
    expect(findingsOf("TXT-BALANCE", "收入总计41254900元。支出总计4125.49万元。")).toEqual([]);
  });

  it("does not compare budget figures with final ones", () => {
    expect(findingsOf("TXT-BALANCE", "收入总计预算数4000万元。支出总计4125.49万元。")).toEqual([]);
  });
});
