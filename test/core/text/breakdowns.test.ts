import { findingsOf, onlyFinding } from "./helpers";

/** How real reports state a total and its parts, beyond `X万元，其中A a，B b`. */
describe("TXT-SUM: totals and parts as reports write them", () => {
  it("reads a 其中 list in brackets right after the total (`4.60万元（其中：…）`)", () => {
    const ok =
      "公务用车购置及运行维护费4.60万元（其中：公务用车购置费0万元，公务用车运行维护费4.60万元），公务接待费2.20万元。";
    expect(findingsOf("TXT-SUM", ok)).toEqual([]);
    expect(onlyFinding("TXT-SUM", ok.replace("运行维护费4.60万元）", "运行维护费4.50万元）")).expected).toBe("4.50");
  });

  it("does not take a figure in a `（含…）` remark for the total of the 其中 after it", () => {
    const ok =
      "本年支出合计2,356.80万元（含使用上年结转资金45.60万元），其中：基本支出1,156.30万元，项目支出1,200.50万元。";
    expect(findingsOf("TXT-SUM", ok)).toEqual([]);
    expect(onlyFinding("TXT-SUM", ok.replace("1,200.50", "1,210.50")).actual).toBe("2356.80");
  });

  it("reads a 其中 that opens the sentence after a change as the list of the total stated before", () => {
    const ok =
      "“三公”经费支出6.80万元。“三公”经费较上年减少0.50万元，下降6.85%。其中：因公出国（境）费0万元，公务用车运行维护费4.60万元，公务接待费2.20万元。";
    expect(findingsOf("TXT-SUM", ok)).toEqual([]);
    expect(onlyFinding("TXT-SUM", ok.replace("2.20万元", "2.30万元")).actual).toBe("6.80");
    // Parts that are not known parts of the total: the list is not read.
    expect(findingsOf("TXT-SUM", "项目支出600万元，较上年增加50万元。其中：A项目300万元，B项目400万元。")).toEqual([]);
  });

  it("skips a remark on a part before the next one (`，主要包括：…；`, `，与上年持平；`)", () => {
    const text =
      "基本支出1200.50万元，其中：人员经费1080.12万元，主要包括：基本工资、津贴补贴；公用经费130.38万元，主要包括：办公费、差旅费。";
    expect(onlyFinding("TXT-SUM", text).expected).toBe("1210.50");
    expect(
      onlyFinding(
        "TXT-SUM",
        "三公经费8.62万元，其中因公出国（境）费0万元，与上年持平；公务用车运行维护费5.12万元，公务接待费3.60万元。",
      ).expected,
    ).toBe("8.72");
  });

  it("does not read a figure described by the part before (`主要用于科技项目150万元`) as one more part", () => {
    expect(
      findingsOf("TXT-SUM", "项目支出300万元，其中科学技术支出200万元，主要用于科技项目150万元，卫生健康支出100万元。"),
    ).toEqual([]);
  });

  it("reads the main parts after `主要用于以下方面：` (more than the total is an error, less is not)", () => {
    const text =
      "一般公共预算财政拨款支出1264.92万元，主要用于以下方面：社会保障和就业支出67.64万元，卫生健康支出1196.48万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    expect(onlyFinding("TXT-SUM", text.replace("67.64", "77.64")).difference).toBe("-9.20");
  });

  it("reads a total named at the start of the sentence (`人员经费中，`, `项目支出按支出功能分类，具体为：`)", () => {
    const text = "人员经费1080.12万元。\n人员经费中，工资福利支出916.12万元，对个人和家庭的补助174.00万元。";
    const f = onlyFinding("TXT-SUM", text);
    expect(f.where).toMatchObject({ paragraph: 2, offset: 0 });
    expect(f.message["zh-CN"]).toContain("人员经费 1080.12万元");
    const byClass =
      "项目支出26,978.64万元。\n项目支出按支出功能分类，具体为：交通运输支出12,500.00万元，城乡社区支出8,600.00万元，农林水支出5,978.64万元。";
    expect(onlyFinding("TXT-SUM", byClass).expected).toBe("27078.64");
  });

  it("allows for a total in 亿元 rounded to its digits, but not for nothing written as `0万元`", () => {
    const text = "全年完成投资1.25亿元，其中：中央资金8,000.00万元，省级资金3,200.00万元，县级配套资金1,312.50万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    expect(onlyFinding("TXT-SUM", text.replace("1,312.50", "1,412.50")).severity).toBe("error");
    expect(
      onlyFinding(
        "TXT-SUM",
        "三公经费4.50万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费3.20万元，公务接待费1.40万元。",
      ).difference,
    ).toBe("-0.10");
  });

  it("does not take a negative change (`增减额为-0.50万元`) for the total of the next 其中", () => {
    const text =
      "三公经费6.80万元，增减额为-0.50万元。其中：因公出国（境）费0万元，公务用车购置及运行维护费4.60万元，公务接待费2.20万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
  });

  it("does not run a list into the next sentence after an ASCII full stop (`占1.00%.年初…`)", () => {
    expect(
      findingsOf(
        "TXT-SUM",
        "本年收入27,980,120.35元,其中:财政拨款收入26,500,000.00元,占94.71%;其他收入1,480,120.35元,占5.29%.年初结转和结余476,200.20元.",
      ),
    ).toEqual([]);
  });
});
