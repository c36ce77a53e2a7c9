import { checkText } from "../../../src/core/text";
import { findingsOf, onlyFinding } from "./helpers";

/**
 * The shapes of published texts (决算/预算/三公 说明, 自评报告) that the text check reads: each
 * case a short text in that shape, with the finding it must give or the silence it must keep.
 */

const serious = (text: string) =>
  checkText(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule} ${f.message["zh-CN"]}`);

describe("hard-wrapped PDF copies", () => {
  it("joins a line cut before the amount of its sentence: the amount keeps its name", () => {
    const text =
      "公务接待费为 1.5万元。\n当年一般公共预算财政拨款安排的“三公”经费支出决算合计\n5.48 万元,与上年相比增加 1.55 万元,增长 93.4%。";
    const result = checkText(text);
    expect(result.paragraphs).toHaveLength(2);
    expect(onlyFinding("TXT-CHANGE", text).expected).toBe("39.4");
  });

  it("reads a change broken across lines", () => {
    const f = onlyFinding("TXT-CHANGE", "商品和服务支出预算 75800 元,同比增加\n52044.27 元,增长 50.63%。");
    expect(f.expected).toBe("219.08");
  });

  it("reads the parts of a 其中 list written one per line, each with what it is spent on", () => {
    const text =
      "2023 年一般公共预算基本支出 911000.39 元,其中:\n人员经费 809961.19 元,主要用于基本工资、津贴补贴、\n绩效工资等。\n公用经费 71339.2 元,主要用于办公费等。";
    expect(onlyFinding("TXT-SUM", text).expected).toBe("881300.39");
  });
});

describe("which figure a share, a rate or a change is of", () => {
  it("takes the shares of the 决算 composition against the 决算, not the 预算 beside it", () => {
    const text =
      "“三公”经费支出预算3万元,决算1.71万元,完成预算的57%。\n“三公”经费支出决算中,公务接待费0.53万元,占69%;公务用车购置及运行维护费1.18万元,占31%。";
    const shares = findingsOf("TXT-PCT", text).map((f) => [f.actual, f.expected]);
    expect(shares).toEqual([
      ["69", "31"],
      ["31", "69"],
    ]);
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
  });

  it("takes a budget written without decimals as exact when other amounts have them", () => {
    expect(onlyFinding("TXT-PCT", "公务接待费预算1万元,决算0.53万元,完成预算的47%。").expected).toBe("53");
  });

  it("adds shares of one named whole across sentences, but never completion rates", () => {
    const over =
      "基本支出预算 2476260.58 元,占一般公共预算支出的84.06%。\n项目支出 469500 元,占一般公共预算支出的 19.62%。";
    expect(onlyFinding("TXT-PCT", over).actual).toBe("103.68");
    const rates = "基本支出完成调整预算的96%。\n项目支出完成调整预算的90%。";
    expect(findingsOf("TXT-PCT", rates)).toEqual([]);
  });

  it("recomputes shares of every part of a total against their sum when the total is not stated", () => {
    const text = "因公出国(境)费0万元,占0%;公务用车购置及运行维护费1.4万元,占0.02%;公务接待费0.28万元,占0.95%。";
    expect(findingsOf("TXT-PCT", text).map((f) => f.actual)).toEqual(["0.02", "0.95"]);
  });

  it("reads 比<year>的X少Y as last year's X and the change Y", () => {
    const text = "2025年“三公”经费预算总额为1969万元,比2024年的2190万元少221万元,下降10.1%。";
    expect(serious(text)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", text.replace("10.1%", "11.2%")).expected).toBe("10.1");
  });

  it("checks a change written with 多 against the year the sentence names", () => {
    const text =
      "2023年本单位支出决算100.00万元。\n2022年“三公”经费财政拨款支出决算3.46万元,比上年多2.4万元,增长0.24%。";
    expect(onlyFinding("TXT-CHANGE", text).expected).toBe("226.42");
  });

  it("checks a change against the budget of the same year", () => {
    const f = onlyFinding("TXT-CHANGE", "公务接待费支出5.21万元,与2021年度预算比较减少0.1万元,下降0.006%。");
    expect(f.where.quote).toContain("0.006%");
  });

  it("judges a change named in another section against last year's figure stated elsewhere", () => {
    const text = [
      "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。",
      "2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。",
      "其中公务接待较上年同期减少0.58万元,减少4.68%。公务用车运行费用较上年同期增加2.27万元,增长29.37%。",
    ].join("\n");
    const f = onlyFinding("TXT-CHANGE", text);
    expect([f.where.paragraph, f.expected]).toEqual([3, "4.76"]);
  });
});

describe("totals and the same figure stated twice", () => {
  it("balances the 收入总计 and 支出总计 of the 财政拨款 table", () => {
    const text = "2020年财政拨款收入总计1614.63万元,比2019年多540.23万元;财政拨款支出总计1870.91万元。";
    expect(onlyFinding("TXT-BALANCE", text).message["zh-CN"]).toContain("财政拨款收入总计 1614.63万元");
  });

  it("reads 基本支出 of one funding source as divided into 人员经费 and 公用经费", () => {
    const text =
      "一般公共预算财政拨款基本支出为911.7万元,其中人员经费489.18万元,主要用于基本工资等;公用经费46.89万元,主要用于办公费等。";
    expect(onlyFinding("TXT-SUM", text).expected).toBe("536.07");
  });

  it("reads the bare numbers of a table line under its declared unit", () => {
    const text =
      "2022年“三公”经费预算表(单位:万元)列示:公务用车购置及运行费小计75,其中公务用车购置费50、公务用车运行费25。\n2022年公务用车运行费50万元;公务用车购置费25万元。";
    expect(findingsOf("TXT-CONFLICT", text).map((f) => f.actual)).toEqual(["50.00", "25.00"]);
  });

  it("knows the whole of the 三公 when the unit names itself first and the car costs are 运维费", () => {
    const text =
      "本镇2021年度“三公”经费支出合计40.14万元,其中:因公出国(境)费0万元;公务用车购置及运维费30.93万元;公务接待费9.12万元。";
    expect(onlyFinding("TXT-SUM", text).expected).toBe("40.05");
  });

  it("keeps the 基本支出 of each item apart from the department's", () => {
    const text =
      "一般公共预算拨款支出 1493924.6 元,其中:基本支出 1440224.6 元,项目支出 53700 元。\n机构运行 1100910.5 元,其中:基本支出 1100910.5 元,项目支出 0元。";
    expect(findingsOf("TXT-CONFLICT", text)).toEqual([]);
  });

  it("keeps a budget and its spending of one item apart in a table line", () => {
    const text = "(单位:万元)公务用车购置及运行维护费预算15、决算2.48,其中公务用车运行维护费预算15、决算2.48。";
    expect(serious(text)).toEqual([]);
  });
});

describe("blanks", () => {
  it("reports an amount missing before its unit", () => {
    const f = onlyFinding("TXT-BLANK", "公务接待费30万元,比上年减少 万元。");
    expect(f.message["zh-CN"]).toContain("减少");
  });
});

describe("rates", () => {
  it("recomputes 资金到位率 from the funds received and the adjusted budget", () => {
    const text = "年初预算985万元,调整预算后项目预算861.46万元,实际到位资金334.67万元,资金到位率为38.58%。";
    expect(onlyFinding("TXT-PCT", text).expected).toBe("38.85");
  });
});
