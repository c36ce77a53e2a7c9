import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-CHANGE: stated increases and decreases", () => {
  it("keeps quiet when 本年, 上年, the change and its rate agree", () => {
    expect(findingsOf("TXT-CHANGE", "本年支出1196.30万元，上年1100万元，增加96.3万元，增长8.75%。")).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "上年支出1100万元，本年支出1196.30万元，增加96.30万元。")).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "本年收入合计1196.30万元，较上年1100万元增加96.30万元。")).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "三公经费12万元，比上年的21万元减少9万元，下降43%。")).toEqual([]);
  });

  it("flags a change amount that is not 本年 − 上年", () => {
    const f = onlyFinding("TXT-CHANGE", "本年支出1196.30万元，上年1100万元，增加86.3万元，增长8.75%。");
    expect(f).toMatchObject({ severity: "error", expected: "96.30", actual: "86.30" });
    expect(f.message["zh-CN"]).toContain("实为增加 96.30万元，文中为增加 86.3万元");
    expect(f.where.offset).toBe("本年支出1196.30万元，上年1100万元，增加".length);
  });

  it("flags the wrong word: 减少 where the figures rose", () => {
    const f = onlyFinding("TXT-CHANGE", "本年支出1196.30万元，上年1100万元，减少96.3万元。");
    expect(f.message["zh-CN"]).toContain("文中为减少");
    expect(f.message["en-US"]).toContain("a decrease of");
  });

  it("flags a rate that does not recompute (`下降43%`), at the stated decimals", () => {
    expect(findingsOf("TXT-CHANGE", "三公经费12万元，上年21万元，下降43%。")).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "三公经费12万元，上年21万元，下降42.86%。")).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "三公经费12万元，上年21万元，下降53%。")).toMatchObject({
      expected: "43",
      actual: "53",
    });
  });

  it("checks the rate against the prior that 本年 and the change imply (`较上年增加2.4万元，增长0.24%`)", () => {
    expect(findingsOf("TXT-CHANGE", "本年支出合计1002.40万元，较上年增加2.4万元，增长0.24%。")).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "本年支出合计1002.40万元，较上年增加2.4万元，增长2.4%。").expected).toBe("0.2");
    expect(
      onlyFinding("TXT-CHANGE", "本年支出合计1002.40万元，较上年增加2.4万元，下降0.24%。").message["zh-CN"],
    ).toContain("方向矛盾");
  });

  it("flags 持平 when the figures differ, and keeps quiet when they do not", () => {
    expect(findingsOf("TXT-CHANGE", "三公经费12万元，上年12万元，与上年持平。")).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "三公经费15万元，上年12万元，与上年持平。").message["zh-CN"]).toContain(
      "文中为持平",
    );
    expect(findingsOf("TXT-CHANGE", "三公经费12.5万元，上年12万元，与上年基本持平。")).toEqual([]);
  });

  it("reads the years of a report (`2021年…2022年…`)", () => {
    const text =
      "桃江县科工局2022年度部门整体支出绩效评价报告\n2021年基本支出600万元，2022年基本支出696.39万元，增长26.07%。";
    expect(onlyFinding("TXT-CHANGE", text).expected).toBe("16.07");
  });

  it("reads amounts in 元 and ASCII punctuation", () => {
    expect(findingsOf("TXT-CHANGE", "基本支出 881300.39 元,上年 800000.39 元,增加 81300.00 元.")).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "基本支出 881300.39 元,上年 800000.39 元,增加 81300.10 元.").difference).toBe(
      "0.10",
    );
  });

  it("reads a sentence hard-wrapped as a PDF copy", () => {
    expect(onlyFinding("TXT-CHANGE", "本年支出1196.30万元，上年1100万元，增加86.3\n万元，增长8.75%。").expected).toBe(
      "96.30",
    );
  });

  it("does not take the change of another thing for the subject's (`其中财政拨款增加`)", () => {
    expect(findingsOf("TXT-CHANGE", "本年收入1000万元，上年800万元，增加200万元，其中财政拨款增加150万元。")).toEqual(
      [],
    );
  });

  it("reads `对比减少` and `减少率` after the two years' figures", () => {
    const ok = "接待费2016年预算8万元，2015年预算12.5万元；对比减少4.5万元；减少率36%。";
    expect(findingsOf("TXT-CHANGE", ok)).toEqual([]);
    const f = onlyFinding("TXT-CHANGE", ok.replace("4.5万元", "4.35万元").replace("36%", "35.22%"));
    expect(f).toMatchObject({ expected: "-4.50", actual: "-4.35" });
    expect(f.message["zh-CN"]).toContain("文中为下降 35.22%");
    const total = "三公经费2016年预算33万元，2015年预算57.55万元，与上年对比减少24.55万元。";
    expect(findingsOf("TXT-CHANGE", total)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", total.replace("24.55", "24.4")).expected).toBe("-24.55");
  });

  it("reads a change against the prior year's accounts (`较2020年度决算数减少`)", () => {
    const ok = "本单位2021年度收入情况如下。\n财政拨款收入382.17万元，较2020年度决算数减少157.86万元，下降29.2%。";
    expect(findingsOf("TXT-CHANGE", ok)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", ok.replace("29.2%", "19.2%")).expected).toBe("29.2");
  });

  it("takes `上年结转和结余` for this year's carried-in funds, not for a prior figure", () => {
    const text =
      "本单位2021年度收入情况如下。\n上年结转和结余190.89万元，是以前年度未用完的资金，较2020年度决算数减少7.63万元，下降3.8%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", text.replace("3.8%", "4.0%")).expected).toBe("3.8");
  });

  it("does not judge a change it has nothing to compare with", () => {
    expect(findingsOf("TXT-CHANGE", "完成投资1850万元，同比增长15%。")).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "本年支出1196.30万元，较上年增加10万元。")).toEqual([]);
  });
});
