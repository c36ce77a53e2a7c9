import { findingsOf } from "./helpers";

function blanks(text: string): string[] {
  return findingsOf("TXT-BLANK", text).map((f) => text.slice(f.where.offset).slice(0, 6));
}

describe("TXT-BLANK: template blanks left unfilled", () => {
  it("flags a % with no number (`占基本支出预算%`)", () => {
    const [f] = findingsOf("TXT-BLANK", "公用经费占基本支出预算%。");
    expect(f).toMatchObject({ severity: "warning", where: { paragraph: 1, offset: 11 } });
    expect(f.message["zh-CN"]).toBe("模板空白未填：「公用经费占基本支出预算%」");
  });

  it("flags XX万元, X%, ×××, （ ）万元 and ____万元", () => {
    expect(blanks("项目支出XX万元，增长X%。")).toEqual(["XX万元，增", "X%。"]);
    expect(blanks("×××单位：")).toEqual(["×××单位："]);
    expect(blanks("公用经费（ ）万元。")).toEqual(["（ ）万元。"]);
    expect(blanks("完成投资____万元。")).toEqual(["____万元"]);
    expect(blanks("项目支出ＸＸ万元。")).toHaveLength(1);
  });

  it("keeps quiet on filled figures, Latin words and item numbers", () => {
    expect(blanks("占基本支出预算的95.10%，合计1,196.30 万元，占 69 %。")).toEqual([]);
    expect(blanks("在Excel表格中导出XML数据，35KV线路，5G基站。")).toEqual([]);
    expect(blanks("（一）经济性评价（3）项")).toEqual([]);
    expect(blanks("项目 金额（万元） 占比（%）")).toEqual([]);
  });
});
