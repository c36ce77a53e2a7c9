import { findFigures } from "../../../src/core/text/amounts";

function read(s: string) {
  return findFigures(s).map((f) => [f.raw, f.unit, f.decimals, f.approx]);
}

describe("figures in a sentence", () => {
  it("reads amounts with their units: 696.39万元, 1,196.30 万元, 3.46万, 500元, 1850万元, 72万元", () => {
    expect(read("基本支出696.39万元，合计1,196.30 万元，三公3.46万，奖励500元，投资1850万元，72万元。")).toEqual([
      ["696.39", "万元", 2, false],
      ["1196.30", "万元", 2, false],
      ["3.46", "万元", 2, false],
      ["500", "元", 0, false],
      ["1850", "万元", 0, false],
      ["72", "万元", 0, false],
    ]);
  });

  it("reads amounts in 元 and spaces inside numbers and units (`2476260.58 元`, `52.54 万 元`, `603 .83万元`)", () => {
    expect(read("基本支出预算 2476260.58 元，公用经费52.54 万 元，人员经费603 .83万元")).toEqual([
      ["2476260.58", "元", 2, false],
      ["52.54", "万元", 2, false],
      ["603.83", "万元", 2, false],
    ]);
  });

  it("reads full-width digits with the offsets of the original text", () => {
    const [f] = findFigures("基本支出６９６．３９万元");
    expect([f.raw, f.start, f.end]).toEqual(["696.39", 4, 12]);
  });

  it("reads percentages and head counts", () => {
    expect(read("占69%，占比65.43%，编制18名，实有5人")).toEqual([
      ["69", "%", 0, false],
      ["65.43", "%", 2, false],
      ["18", "名", 0, false],
      ["5", "人", 0, false],
    ]);
  });

  it("separates two figures joined by an ASCII comma (`4125.49,4143.91万元`)", () => {
    expect(read("各是4125.49,4143.91万元")).toEqual([["4143.91", "万元", 2, false]]);
  });

  it("marks bounds and estimates: 约700万元, 180余人, 小于100%, 20多万元, 100万元以上", () => {
    expect(read("约700万元，180余人，小于100%，20多万元，100万元以上").map((f) => f[3])).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("ignores years, things counted, ranks and technical values", () => {
    expect(read("2022年建成5G宏基站185个，35KV线路，110千伏，第3名，3.46万人，120户")).toEqual([]);
  });
});

describe("figures: signs, 万 and percentage points", () => {
  it("reads a minus sign before the number (`-0.50万元`, `－3.2%`) but not a range (`5-10人`)", () => {
    const [a, b, c] = findFigures("增减额为-0.50万元，增减率为－3.2%，保洁员5-10人");
    expect([a.value.toString(), a.negative, a.raw]).toEqual(["-0.5", true, "0.50"]);
    expect([b.value.toString(), b.negative]).toEqual(["-3.2", true]);
    expect([c.raw, c.negative]).toEqual(["10", false]);
  });

  it("reads `万` alone as 万元 only where no word follows it (`10万以下`, `1.2万亩` are not money)", () => {
    expect(read("奖励资金50万，死亡率控制在10/10万以下，造林1.2万亩，鱼苗3万尾")).toEqual([["50", "万元", 0, false]]);
    expect(read("补助3万余元")).toEqual([["3", "万元", 0, true]]);
  });

  it("skips percentage points written with % (`提高2.1%个百分点`)", () => {
    expect(read("执行率95.6%，提高2.1%个百分点")).toEqual([["95.6", "%", 1, false]]);
  });
});
