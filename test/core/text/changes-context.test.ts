import { findingsOf, onlyFinding } from "./helpers";

/** Changes stated apart from their figure, against the budget, with a sign, or next to other figures. */
describe("TXT-CHANGE: changes as reports write them", () => {
  it("judges a change stated in the sentence after its figure, when it names it", () => {
    const text = "本年支出合计3980.12万元，其中基本支出1256.78万元。本年支出合计较上年增加230.12万元，增长6.14%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
    const f = onlyFinding("TXT-CHANGE", text.replace("6.14%", "7.14%"));
    expect(f.where.quote).toContain("3980.12万元");
    expect(f.where.quote).toContain("7.14%");
    // A change that names nothing is not given a figure from another sentence.
    expect(findingsOf("TXT-CHANGE", "本年支出合计3980.12万元。较上年增加230.12万元，增长7.14%。")).toEqual([]);
  });

  it("reads `收、支总计各X` and `收、支总计各增加`, and a name that leaves out 支出 (`一般公共预算财政拨款增加`)", () => {
    expect(
      onlyFinding("TXT-CHANGE", "2022年度收、支总计各4125.49万元。与上年相比，收、支总计各增加236.12万元，增长7.07%。")
        .expected,
    ).toBe("6.07");
    const text =
      "2020年一般公共预算财政拨款支出1264.92万元。与2019年相比,一般公共预算财政拨款增加27.44万元,增长3.22%。";
    expect(onlyFinding("TXT-CHANGE", text).expected).toBe("2.22");
  });

  it("checks the rate against the prior when the sentence states no current figure (`与上年的…相比`)", () => {
    expect(findingsOf("TXT-CHANGE", "与2022年的96,000.00元相比，减少10,400.00元，下降10.83%。")).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "与2022年的96,000.00元相比，减少10,400.00元，下降11.83%。").expected).toBe(
      "10.83",
    );
    expect(
      onlyFinding("TXT-CHANGE", "与2022年的96,000.00元相比，增加10,400.00元，下降10.83%。").message["zh-CN"],
    ).toContain("方向矛盾");
  });

  it("reads `比年初预算数增加` as against the budget (never the workbook's 上年决算数)", () => {
    const f = onlyFinding("TXT-CHANGE", "机关运行经费支出120.38万元，比年初预算数增加5.38万元，增长5.68%。");
    expect(f.message["zh-CN"]).toContain("推算预算为 115.00万元");
  });

  it("reads signed changes: `增减额为-0.50万元` is a decrease, the same change stated twice is one", () => {
    expect(
      findingsOf("TXT-CHANGE", "三公经费6.80万元，上年7.30万元，减少0.50万元，增减额为-0.50万元，下降6.85%。"),
    ).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", "基本支出1256.78万元，较上年增减额-56.78万元，增减率-4.73%。").expected).toBe(
      "4.32",
    );
    expect(findingsOf("TXT-CHANGE", "罚没款86.50万元，同比下降-3.2%。")).toEqual([]);
  });

  it("does not give a change to a budget stated after the figure, nor to the base of a rate", () => {
    expect(
      findingsOf(
        "TXT-CHANGE",
        "三公经费支出18.60万元，完成预算25.00万元的74.40%，比上年的22.40万元减少3.80万元，下降16.96%。",
      ),
    ).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "三公经费支出18.60万元，预算25.00万元，较上年减少3.80万元，下降16.96%。")).toEqual(
      [],
    );
    expect(
      findingsOf(
        "TXT-CHANGE",
        "全年调整后预算880.00万元，预算执行率98.03%；与上年的820.50万元相比，增加42.13万元，增长5.13%。",
      ),
    ).toEqual([]);
  });

  it("does not carry the prior of a total over `；其中` to a part", () => {
    const text =
      "三公经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
  });

  it("does not take the rate after `其中人员经费增加40万元` for the total's, nor a rate right after a share", () => {
    expect(
      findingsOf("TXT-CHANGE", "基本支出1256.78万元，较上年增加56.78万元，其中人员经费增加40万元，增长3.8%。"),
    ).toEqual([]);
    expect(findingsOf("TXT-CHANGE", "项目支出2723.34万元，占68.42%，比上年提高2.3%。")).toEqual([]);
  });

  it("takes the year a text names most for its report year when no `XXXX年度` heads it", () => {
    const text = "2020年财政拨款收入总计1614.63万元,与2019年相比增加540.23万元,增长52.28%。\n落款日期2021年5月12日。";
    expect(onlyFinding("TXT-CHANGE", text).expected).toBe("50.28");
  });

  it("names the figure of a change written `2020年度的三公经费支出减少…` after `三公经费总支出`", () => {
    const text =
      "2020年度全区三公经费总支出为1928.76万元。与上年相比，2020年度的三公经费支出减少了1093.92万元，下降了36.2%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
    const f = onlyFinding("TXT-CHANGE", text.replace("36.2%", "30.2%"));
    expect(f.expected).toBe("36.2");
    expect(f.where.quote).toContain("1928.76万元");
  });

  it("judges a second comparison of the same figure (`比预算减少a，比上年X减少b，下降r%`)", () => {
    const text = "公务接待费支出5.2万元，比年初预算减少0.8万元，比上年减少1.3万元，下降20%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", text.replace("20%", "25%")).expected).toBe("20");
    const withPrior =
      "出国费决算数为79.26万元，比年度预算数减少14.85万元，比上年决算数87.50万元减少8.24万元，下降9.42%。";
    expect(findingsOf("TXT-CHANGE", withPrior)).toEqual([]);
    const f = onlyFinding("TXT-CHANGE", withPrior.replace("9.42%", "8.42%"));
    expect(f.message["zh-CN"]).toContain("87.50万元");
  });

  it("names the change by what stands before `与上年相比，` (`收入支出总体与上年相比，增加…`)", () => {
    const text = "2023年度收入总计434.72万元，支出总计434.72万元。收入支出总体与上年相比，增加58.21万元，增长15.46%。";
    expect(findingsOf("TXT-CHANGE", text)).toEqual([]);
    expect(onlyFinding("TXT-CHANGE", text.replace("15.46%", "17.46%")).expected).toBe("15.46");
  });
});
