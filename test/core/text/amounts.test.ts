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
