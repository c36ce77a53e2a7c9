import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-CONFLICT: the same quantity stated with two values", () => {
  it("flags 基本支出 881300.39 in one section and 911000.39 in another", () => {
    const f = onlyFinding(
      "TXT-CONFLICT",
      "一、收支情况\n基本支出881300.39元。\n二、预算执行\n基本支出911000.39元，执行良好。",
    );
    expect(f).toMatchObject({ severity: "error", expected: "881300.39", actual: "911000.39", difference: "29700.00" });
    expect(f.where).toMatchObject({ paragraph: 4, offset: 4 });
    expect(f.message["zh-CN"]).toBe("基本支出 前后不一：第 2 段为 881300.39元，第 4 段为 911000.39元");
  });

  it("recognises the same label under another name (日常公用经费 / 公用经费) and unit", () => {
    expect(onlyFinding("TXT-CONFLICT", "日常公用经费92.56万元。\n公用经费95.56万元。").rule).toBe("TXT-CONFLICT");
    expect(findingsOf("TXT-CONFLICT", "日常公用经费92.56万元。\n公用经费925600元。")).toEqual([]);
  });

  it("keeps apart other years, budgets and rounded restatements", () => {
    expect(findingsOf("TXT-CONFLICT", "基本支出696.39万元。\n上年基本支出680万元。")).toEqual([]);
    expect(findingsOf("TXT-CONFLICT", "基本支出881300.39元。\n基本支出预算911000.39元。")).toEqual([]);
    expect(findingsOf("TXT-CONFLICT", "基本支出696.39万元。\n基本支出约700万元。")).toEqual([]);
    expect(findingsOf("TXT-CONFLICT", "基本支出696.39万元。\n基本支出696万元。")).toEqual([]);
  });

  it("leaves alone a label listed with several values in one paragraph (per unit)", () => {
    expect(
      findingsOf(
        "TXT-CONFLICT",
        "县科技中心：基本支出50万元；综合执法大队：基本支出60万元。\n全局基本支出696.39万元。",
      ),
    ).toEqual([]);
  });

  it("keeps apart an economic class listed after 其中 in two numbered paragraphs", () => {
    const text = [
      "1. 基本支出预算881300.39元，同比减少166271.4元。其中：",
      "工资福利支出预算716052.51元；商品和服务支出预算165247.88元。",
      "2. 项目支出29700元，同比减少13900元。其中：",
      "商品和服务支出预算29700元，占项目支出预算100%。",
    ].join("\n");
    expect(findingsOf("TXT-CONFLICT", text)).toEqual([]);
    // Outside a numbered paragraph's 其中 the label is still one quantity.
    expect(onlyFinding("TXT-CONFLICT", "商品和服务支出预算165247.88元。\n商品和服务支出预算29700元。").actual).toBe(
      "29700.00",
    );
  });

  it("keeps apart a function class under different totals", () => {
    const text =
      "基本支出696.39万元，其中一般公共服务支出600万元，科学技术支出96.39万元。\n项目支出499.91万元，其中一般公共服务支出299.91万元，科学技术支出200万元。";
    expect(findingsOf("TXT-CONFLICT", text)).toEqual([]);
  });
});

describe("TXT-CONFLICT: items and generic labels", () => {
  it("does not compare `实际支出` of one project with `实际支出` of another", () => {
    const text = [
      "1.食品安全抽检项目：预算资金150万元，实际支出120万元，执行率80.00%。",
      "2.市场监管执法装备项目：预算资金100万元，实际支出95.6万元，执行率95.60%。",
    ].join("\n");
    expect(findingsOf("TXT-CONFLICT", text)).toEqual([]);
  });

  it("keeps the figures of a paragraph about one item (`县科技中心：`) apart from the department's", () => {
    expect(findingsOf("TXT-CONFLICT", "县科技中心：基本支出50万元。\n全局基本支出696.39万元。")).toEqual([]);
    expect(onlyFinding("TXT-CONFLICT", "基本支出：696.39万元。\n全局基本支出686.39万元。").actual).toBe("686.39");
  });
});
