import { cellText, normalizeHeader, normalizeLabel, normalizeSheetName } from "../../../src/core/normalize";

describe("normalizeSheetName", () => {
  it.each([
    [" 收支总表 ", "收支总表"],
    ["“三公”经费", "三公经费"],
    ['"三公"经费', "三公经费"],
    ["「三公」经费", "三公经费"],
    ["公开０３表", "公开03表"],
    ["收支\u3000总表", "收支总表"],
    ["收支\u00a0总表", "收支总表"],
  ])("%s → %s", (raw, expected) => expect(normalizeSheetName(raw)).toBe(expected));
});

describe("normalizeHeader", () => {
  it.each([
    ["决算数（万元）", "决算数"],
    ["本年 决算数", "本年决算数"],
    ["实有人数(人)", "实有人数"],
    ["调整后\n预算数", "调整后预算数"],
  ])("%s → %s", (raw, expected) => expect(normalizeHeader(raw)).toBe(expected));
});

describe("normalizeLabel", () => {
  it.each([
    ["其中：人员经费", "人员经费"],
    ["其中:人员经费", "人员经费"],
    ["减：结余分配", "结余分配"],
    ["加：年初结转和结余", "年初结转和结余"],
    ["1、一般公共预算财政拨款收入", "一般公共预算财政拨款收入"],
    ["2.上级补助收入", "上级补助收入"],
    ["（一）基本支出", "基本支出"],
    ["一、一般公共预算财政拨款收入", "一般公共预算财政拨款收入"],
    ["(1)人员经费", "人员经费"],
    ["其中人员经费", "人员经费"],
    ["　　其中：公用经费", "公用经费"],
    ["公务接待费（万元）", "公务接待费"],
    ["因公出国（境）费", "因公出国(境)费"],
    ["实有人数(人)", "实有人数"],
    ["单位名称：", "单位名称"],
    ["（二）其中：项目支出(万元)", "项目支出"],
  ])("%s → %s", (raw, expected) => expect(normalizeLabel(raw)).toBe(expected));

  it("keeps decimals and words that merely start with a numeral", () => {
    expect(normalizeLabel("一般公共预算财政拨款收入")).toBe("一般公共预算财政拨款收入");
    expect(normalizeLabel("2022年度")).toBe("2022年度");
  });

  it("leaves a label that is only a prefix as it is", () => {
    expect(normalizeLabel("一、")).toBe("一、");
    expect(normalizeLabel("其中：")).toBe("其中");
  });
});

describe("cellText", () => {
  it("gives numbers without float noise, dates as ISO, errors as their code", () => {
    expect(cellText({ type: "number", value: 0.1 + 0.2 })).toBe("0.3");
    expect(cellText({ type: "number", value: 2060101 })).toBe("2060101");
    expect(cellText({ type: "number", value: 206.0 })).toBe("206");
    expect(cellText({ type: "date", value: "2022-11-15" })).toBe("2022-11-15");
    expect(cellText({ type: "error", value: "#REF!" })).toBe("#REF!");
    expect(cellText({ type: "boolean", value: true })).toBe("TRUE");
    expect(cellText({ type: "empty" })).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("reads the value of a snapshot cell", () => {
    expect(cellText({ row: 1, col: 1, value: { type: "string", value: "科学技术支出" } })).toBe("科学技术支出");
    expect(cellText({ row: 1, col: 1, value: { type: "empty" }, formula: "SUM(B2:B3)" })).toBe("");
  });
});
