import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-PCT: shares", () => {
  it("recomputes a share of the total of its 其中 list (`占45.05%`)", () => {
    const ok = "项目支出499.91万元，其中科学技术支出225.21万元，占45.05%；卫生健康支出274.70万元，占54.95%。";
    expect(findingsOf("TXT-PCT", ok)).toEqual([]);
    const f = onlyFinding("TXT-PCT", ok.replace("45.05%", "55.05%"));
    expect(f).toMatchObject({
      severity: "error",
      expected: "45.05",
      actual: "55.05",
      difference: "10.00",
      tolerance: "0.01",
    });
    expect(f.message["zh-CN"]).toBe("科学技术支出 225.21万元 占 项目支出 499.91万元 的比例为 45.05%，文中为 55.05%");
    expect(f.where.offset).toBe(ok.indexOf("45.05"));
  });

  it("compares after rounding to the stated decimals, allowing one in the last digit (`占69%`)", () => {
    const base = "本年支出合计1196.30万元，基本支出696.39万元，占本年支出合计的";
    expect(findingsOf("TXT-PCT", `${base}58%。`)).toEqual([]);
    expect(findingsOf("TXT-PCT", `${base}59%。`)).toEqual([]);
    expect(findingsOf("TXT-PCT", `${base}58.2%。`)).toEqual([]);
    expect(findingsOf("TXT-PCT", `${base}58.21%。`)).toEqual([]);
    expect(onlyFinding("TXT-PCT", `${base}60%。`).expected).toBe("58");
    expect(onlyFinding("TXT-PCT", `${base}58.25%。`).expected).toBe("58.21");
    expect(onlyFinding("TXT-PCT", `${base}69%。`).severity).toBe("error");
  });

  it("reads the whole written inside the share (`占本年支出合计1196.30万元的58.21%`)", () => {
    expect(findingsOf("TXT-PCT", "基本支出696.39万元，占本年支出合计1196.30万元的58.21%。")).toEqual([]);
    expect(onlyFinding("TXT-PCT", "基本支出696.39万元，占本年支出合计1196.30万元的68.21%。").expected).toBe("58.21");
  });

  it("reads shares in 元 and with ASCII punctuation", () => {
    expect(
      findingsOf(
        "TXT-PCT",
        "基本支出 2476260.58 元,其中人员经费 2000000.00 元,占80.77%;公用经费 476260.58 元,占19.23%.",
      ),
    ).toEqual([]);
    expect(
      onlyFinding(
        "TXT-PCT",
        "基本支出 2476260.58 元,其中人员经费 2000000.00 元,占80.77%;公用经费 476260.58 元,占29.23%.",
      ).expected,
    ).toBe("19.23");
  });

  it("reads the whole a sentence names at its start (`本年收入中，…占95.83%`)", () => {
    const text =
      "本年收入1,200.30万元。本年收入中，一般公共预算财政拨款收入1,150.30万元，占95.83%；其他收入50万元，占4.17%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    expect(onlyFinding("TXT-PCT", text.replace("95.83%", "85.83%")).expected).toBe("95.83");
  });

  it("does not recompute when the sentence does not state the whole", () => {
    expect(findingsOf("TXT-PCT", "科学技术支出225.21万元，占本年支出的18.83%。")).toEqual([]);
    expect(findingsOf("TXT-PCT", "科学技术支出225.21万元，占比99%。")).toEqual([]);
  });

  it("flags shares of the same whole that add up to more than 100%", () => {
    const f = onlyFinding(
      "TXT-PCT",
      "一般公共预算支出1000万元。其中教育支出占一般公共预算支出的84.06%，卫生健康支出占一般公共预算支出的19.62%。",
    );
    expect(f.message["zh-CN"]).toContain("103.68%");
    expect(f).toMatchObject({ expected: "100", actual: "103.68" });
    expect(
      findingsOf("TXT-PCT", "教育支出占一般公共预算支出的80.38%，卫生健康支出占一般公共预算支出的19.62%。"),
    ).toEqual([]);
  });

  it("does not add up shares each of its own class (`占同类产品采购规模的90%`)", () => {
    const text = "节能节水产品采购633.7亿元，占同类产品采购规模的90%；环保产品采购718.7亿元，占同类产品采购规模的88%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
  });

  it("does not add a part's own 其中 part to it (`其中授予小微企业…占8.2%`)", () => {
    const text =
      "政府采购支出总额33509.75万元，其中授予中小企业合同金额32407.19万元，占政府采购支出总额的96.7%，" +
      "其中授予小微企业合同金额2739.43万元，占政府采购支出总额的8.2%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    // Two parts side by side still may not exceed the whole.
    const f = onlyFinding(
      "TXT-PCT",
      "政府采购支出总额100万元，其中货物类采购占政府采购支出总额的96.7%，服务类采购占政府采购支出总额的8.2%。",
    );
    expect(f).toMatchObject({ expected: "100", actual: "104.9" });
  });
});

describe("TXT-PCT: rates computed from the sentence's figures", () => {
  it("recomputes 预算执行率 from the budget and the spending stated with it", () => {
    expect(findingsOf("TXT-PCT", "调整后预算1205.10万元，实际支出1196.30万元，预算执行率为99.27%。")).toEqual([]);
    const f = onlyFinding("TXT-PCT", "调整后预算1205.10万元，实际支出1196.30万元，预算执行率为95.27%。");
    expect(f).toMatchObject({ expected: "99.27", actual: "95.27" });
  });

  it("recomputes `完成预算的43%`", () => {
    expect(findingsOf("TXT-PCT", "项目支出预算1000万元，实际支出430万元，完成预算的43%。")).toEqual([]);
    expect(onlyFinding("TXT-PCT", "项目支出预算1000万元，实际支出530万元，完成预算的43%。").expected).toBe("53");
  });

  it("uses the adjusted budget when both budgets are stated", () => {
    expect(
      onlyFinding("TXT-PCT", "年初预算1000万元，全年预算数为1205.10万元，实际支出1196.30万元，预算执行率97.27%。")
        .expected,
    ).toBe("99.27");
  });

  it("recomputes 在职人员控制率 from 实有 and 编制", () => {
    expect(findingsOf("TXT-PCT", "编制18名，实有人数17名，在职人员控制率94.44%。")).toEqual([]);
    expect(onlyFinding("TXT-PCT", "编制18名，实有人数17名，在职人员控制率84.44%。").expected).toBe("94.44");
  });

  it("takes the budget from the difference the sentence states (`决算数大于预算数55.93万元`)", () => {
    const over = "全年一般公共预算财政拨款支出1741.75万元，完成年初预算103.32%，决算数大于预算数55.93万元。";
    expect(findingsOf("TXT-PCT", over)).toEqual([]);
    const f = onlyFinding("TXT-PCT", over.replace("103.32%", "100%"));
    expect(f).toMatchObject({ expected: "103", actual: "100" });
    expect(f.message["zh-CN"]).toBe(
      "预算执行率 = 一般公共预算财政拨款支出 1741.75万元 / 预算（1741.75万元 − 55.93万元 = 1685.82万元） = 103%，文中为 100%",
    );
    const under = "本年支出合计950万元，完成调整后预算的95%，决算数小于预算数50万元。";
    expect(findingsOf("TXT-PCT", under)).toEqual([]);
    expect(onlyFinding("TXT-PCT", under.replace("95%", "90%")).expected).toBe("95");
  });

  it("reads 预算 in a fund's name as part of the name: `一般公共预算财政拨款支出` is spending", () => {
    const text = "年初预算1685.82万元，一般公共预算财政拨款支出1741.75万元，预算执行率103.32%。";
    expect(findingsOf("TXT-PCT", text)).toEqual([]);
    expect(onlyFinding("TXT-PCT", text.replace("103.32%", "100.00%")).expected).toBe("103.32");
  });

  it("does not recompute a rate without both figures, nor a bound (`小于100%`)", () => {
    expect(findingsOf("TXT-PCT", "预算执行率为99.27%。")).toEqual([]);
    expect(findingsOf("TXT-PCT", "编制内在职人员控制率小于100%，控制在预算编制以内。")).toEqual([]);
  });
});
