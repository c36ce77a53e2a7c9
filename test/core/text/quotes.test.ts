import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-QUOTE: quotation marks", () => {
  it("flags the reversed opening mark of ”12345” and says “12345” is meant", () => {
    const f = onlyFinding("TXT-QUOTE", "认真落实县委、县政府”12345”工作思路和“678910”工作要点。");
    expect(f).toMatchObject({
      severity: "info",
      where: { paragraph: 1, offset: 10 },
      fingerprint: "TXT-QUOTE|”12345”",
    });
    expect(f.message["zh-CN"]).toBe("引号方向错误：”12345” 应为 “12345”");
  });

  it("reports each paragraph once", () => {
    expect(findingsOf("TXT-QUOTE", "”甲”和”乙”。\n”丙”。")).toHaveLength(2);
  });

  it("flags an opening mark never closed and one opened twice", () => {
    expect(onlyFinding("TXT-QUOTE", "开展“安全生产月活动。").message["zh-CN"]).toContain("没有对应的后引号");
    expect(onlyFinding("TXT-QUOTE", "开展“安全“生产”月活动。").rule).toBe("TXT-QUOTE");
  });

  it("keeps quiet on balanced marks", () => {
    expect(findingsOf("TXT-QUOTE", "严控“三公经费”、会议费，落实“三包一”维稳责任制。")).toEqual([]);
  });
});
