import { Decimal } from "../../src/core/money";
import { coarserUnit, convertAmount, roundingTolerance, statedUnit } from "../../src/core/units";
import { displayWidth } from "../../src/core/width";

describe("amount units", () => {
  it("converts between 元, 万元 and 亿元 exactly", () => {
    expect(convertAmount(new Decimal(500), "元", "万元").toFixed()).toBe("0.05");
    expect(convertAmount(new Decimal("603.83"), "万元", "元").toFixed()).toBe("6038300");
    expect(convertAmount(new Decimal("1.25"), "亿元", "万元").toFixed()).toBe("12500");
    expect(convertAmount(new Decimal("1.25"), "亿元", "元").toFixed()).toBe("125000000");
    expect(convertAmount(new Decimal("7"), "元", "元").toFixed()).toBe("7");
  });

  it("takes 0.01 of the coarser unit as the rounding tolerance", () => {
    expect(coarserUnit(["元", "万元"])).toBe("万元");
    expect(coarserUnit(["元", "元"])).toBe("元");
    expect(coarserUnit([])).toBe("万元");
    expect(roundingTolerance("万元", ["万元"]).toFixed()).toBe("0.01");
    expect(roundingTolerance("元", ["元", "万元"]).toFixed()).toBe("100");
    expect(roundingTolerance("万元", ["元"]).toFixed()).toBe("0.000001");
    expect(roundingTolerance("元", ["元"]).toFixed()).toBe("0.01");
  });

  it("reads the unit written after a number", () => {
    expect(statedUnit("500元")).toBe("元");
    expect(statedUnit("35.2 万元")).toBe("万元");
    expect(statedUnit("3万")).toBe("万元");
    expect(statedUnit("1.2亿元")).toBe("亿元");
    expect(statedUnit("1,234.56")).toBeUndefined();
  });
});

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("收支总表")).toBe(8);
    expect(displayWidth("（１）")).toBe(6);
    expect(displayWidth("“三公”")).toBe(8);
  });
});
