import { findingsOf, onlyFinding } from "./helpers";

/** `A和B分别为a、b`: names in one list, figures in the other, read only when they pair up. */
describe("parallel lists (`分别为`)", () => {
  it("pairs names and figures of equal lists (`其中人员经费和公用经费分别为…`)", () => {
    const text = "基本支出696.39万元，其中人员经费和公用经费分别为603.83万元、92.56万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    const f = onlyFinding("TXT-SUM", text.replace("92.56", "82.56"));
    expect(f.message["zh-CN"]).toContain("人员经费 603.83万元 + 公用经费 82.56万元");
  });

  it("stays quiet when the lists differ in length or the names are not figures' names", () => {
    expect(
      findingsOf("TXT-SUM", "基本支出700万元，其中人员经费和公用经费分别为603.83万元、92.56万元、3.61万元。"),
    ).toEqual([]);
    expect(findingsOf("TXT-SUM", "基本支出700万元，其中编制人数和实有人数分别为603.83万元、92.56万元。")).toEqual([]);
  });

  it("keeps a `和` inside a name (`社会保障和就业支出`)", () => {
    expect(
      findingsOf("TXT-SUM", "本年支出1000万元，其中社会保障和就业支出、卫生健康支出分别为300万元、700万元。"),
    ).toEqual([]);
  });

  it("reads names and amounts given in two lists (`分别为A、B，金额分别为a、b`)", () => {
    const text = "本年支出合计3980.12万元，其中分别为基本支出、项目支出，金额分别为1256.78万元、2723.34万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    expect(onlyFinding("TXT-SUM", text.replace("2723.34", "2733.34")).expected).toBe("3990.12");
  });

  it("recomputes the shares that follow a list (`所占比重分别为`, `分别占…的`)", () => {
    const text =
      "本年支出合计2479.50万元。本年支出中，基本支出和项目支出分别为1856.32万元、623.18万元，所占比重分别为74.87%、25.13%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    expect(onlyFinding("TXT-PCT", text.replace("74.87%", "73.87%")).expected).toBe("74.87");
    const named =
      "本年支出合计3980.12万元，其中：基本支出1256.78万元，项目支出2723.34万元，分别占本年支出合计的31.58%、68.42%。";
    expect(findingsOf("TXT-PCT", named)).toEqual([]);
    expect(onlyFinding("TXT-PCT", named.replace("68.42%", "67.42%")).where.offset).toBe(named.indexOf("68.42"));
  });

  it("does not give shares to a list they do not follow", () => {
    expect(
      findingsOf("TXT-PCT", "基本支出和项目支出分别为1856.32万元、623.18万元。全年共办结事项分别占30%、70%。"),
    ).toEqual([]);
  });

  it("does not judge changes listed with `分别` (`分别比上年增加a、b，分别增长x%、y%`)", () => {
    expect(
      findingsOf(
        "TXT-CHANGE",
        "基本支出1256.78万元、项目支出2723.34万元，分别比上年增加56.78万元、223.34万元，分别增长4.73%、8.93%。",
      ),
    ).toEqual([]);
  });

  it("pairs a run of shares without `分别` with the run of figures right before it, and judges none of another length", () => {
    const text =
      "货物、工程、服务采购规模分别为9,027.5亿元、15,664.1亿元和10,301.5亿元，占全国采购规模比例为25.8%、44.8%和29.4%。全国采购规模为34,993.1亿元。";
    const whole =
      "全国采购规模34,993.1亿元。货物、工程、服务采购规模分别为9,027.5亿元、15,664.1亿元和10,301.5亿元，占全国采购规模比例为25.8%、44.8%和29.4%。";
    expect(findingsOf("TXT-PCT", whole)).toEqual([]);
    expect(onlyFinding("TXT-PCT", whole.replace("44.8%", "45.8%")).expected).toBe("44.8");
    // Two shares after three figures: which is whose cannot be told.
    expect(findingsOf("TXT-PCT", whole.replace("25.8%、44.8%和29.4%", "25.8%和44.8%"))).toEqual([]);
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
  });
});
