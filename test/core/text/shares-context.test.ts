import { findingsOf, onlyFinding } from "./helpers";

/** Shares and rates whose figures stand elsewhere in the paragraph or the text. */
describe("TXT-PCT: wholes and rates as reports write them", () => {
  it("finds the whole a share names earlier in the paragraph (`占政府采购支出总额的`)", () => {
    const text =
      "政府采购支出总额1,256.80万元，其中：货物支出356.80万元、工程支出900.00万元。授予中小企业合同金额1,100.00万元，占政府采购支出总额的87.52%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    expect(onlyFinding("TXT-PCT", text.replace("87.52%", "78.52%")).expected).toBe("87.52");
  });

  it("finds a department total stated once in another section (`占本年支出合计的31.45%`)", () => {
    const text = "本年支出合计4021.94万元。\n一般公共预算财政拨款支出1264.92万元，占本年支出合计的31.45%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    expect(onlyFinding("TXT-PCT", text.replace("31.45%", "32.45%")).where.paragraph).toBe(2);
    // Stated twice with different values: which one is meant cannot be told.
    expect(
      findingsOf(
        "TXT-PCT",
        "本年支出合计4021.94万元。\n本年支出合计4000.00万元。\n财政拨款支出1264.92万元，占本年支出合计的32.45%。",
      ),
    ).toEqual([]);
  });

  it("adds up shares of one whole per sentence: another sentence may cut it another way", () => {
    const text =
      "政府采购预算17000元,其中:集中采购17000元,占政府采购预算的100%。分散采购0元,占政府采购预算的0%。货物类采购10000元,占政府采购预算的58.8%;服务类采购7000元,占政府采购预算的41.2%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
  });

  it("recomputes `完成年初预算的x%` and `完成预算25.00万元的74.40%`", () => {
    expect(
      onlyFinding(
        "TXT-PCT",
        "一般公共预算财政拨款支出年初预算为3380.00万元，支出决算为3620.20万元，完成年初预算的97.11%。",
      ).expected,
    ).toBe("107.11");
    const inline = "2022年“三公”经费支出18.60万元，完成预算25.00万元的74.40%。";
    expect(findingsOf("TXT-PCT", inline)).toEqual([]);
    expect(onlyFinding("TXT-PCT", inline.replace("74.40", "75.40")).message["zh-CN"]).toContain("预算 25.00万元");
  });

  it("recomputes 在职人员控制率 from 编制 and 实有 stated in the sentences before (parts left out)", () => {
    const text =
      "核定编制156名，其中行政编制36名，事业编制120名；实有在职人员148人，其中行政人员34人，事业人员114人。在职人员控制率为95.87%。";
    expect(onlyFinding("TXT-PCT", text).expected).toBe("94.87");
  });

  it("takes the department's 预算执行率 from 本年支出合计 and the budget stated before, but no other rate", () => {
    const text =
      "2022年度部门整体支出862.63万元，其中基本支出512.36万元，项目支出350.27万元。全年调整后预算880.00万元，预算执行率99.03%。";
    expect(onlyFinding("TXT-PCT", text).expected).toBe("98.03");
    expect(
      findingsOf("TXT-PCT", "项目支出预算3000万元，项目支出2723.34万元。部门整体预算执行率98.50%，项目执行率90.00%。"),
    ).toEqual([]);
  });

  it("takes a whole named with its measure (`占政府采购预算的`) for the figure of that name and measure", () => {
    const text =
      "2025年政府采购预算6429768.84元，同比增加2433505.07元。其中：政府集中采购预算3378990元，占政府采购预算的52.55%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    const f = onlyFinding("TXT-PCT", text.replace("52.55%", "53.55%"));
    expect(f.expected).toBe("52.55");
    expect(f.message["zh-CN"]).toContain("6429768.84元");
  });
});
