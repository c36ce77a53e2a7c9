import { Decimal } from "../../../src/core/money";
import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-SUM: a stated total against its stated parts", () => {
  it("flags 项目支出 499.91 against parts summing to 499.90 as 尾差", () => {
    const f = onlyFinding(
      "TXT-SUM",
      "项目支出499.91万元。其中科学技术支出225.21万元，卫生健康支出200.65万元，农林水支出2.04万元，资源勘探工业信息等支出72万元。",
    );
    expect(f).toMatchObject({
      severity: "info",
      expected: "499.90",
      actual: "499.91",
      difference: "0.01",
      tolerance: "0.01",
      fingerprint: "TXT-SUM|项目支出|499.91",
      where: { paragraph: 1, offset: 4 },
    });
    expect(f.message["zh-CN"]).toContain("尾差");
    expect(f.message["zh-CN"]).toContain("499.90");
    expect(f.message["en-US"]).toContain("rounding");
    expect(f.where.quote).toBe(
      "项目支出499.91万元。其中科学技术支出225.21万元，卫生健康支出200.65万元，农林水支出2.04万元，资源勘探工业信息等支出72万元。",
    );
  });

  it("keeps quiet on 基本支出 696.39 = 人员经费支出 603.83 + 日常公用经费 92.56", () => {
    expect(
      findingsOf(
        "TXT-SUM",
        "基本支出696.39万元，其中人员经费支出603.83万元；日常公用经费92.56万元，主要包括办公费、水电费等。",
      ),
    ).toEqual([]);
  });

  it("flags a total that differs from its parts beyond tolerance as an error", () => {
    const f = onlyFinding("TXT-SUM", "基本支出700.39万元，其中人员经费支出603.83万元；日常公用经费92.56万元。");
    expect(f).toMatchObject({ severity: "error", expected: "696.39", actual: "700.39", difference: "4.00" });
    expect(f.message["zh-CN"]).toContain("基本支出 700.39万元 ≠ 其中各项之和 696.39万元");
  });

  it("counts `上年结转和结余` as the 年初结转和结余 part of 收入总计", () => {
    const text = "收入总计581.44万元，其中本年收入合计390.55万元，上年结转和结余190.89万元。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    expect(onlyFinding("TXT-SUM", text.replace("581.44", "591.44")).expected).toBe("581.44");
  });

  it("reads ASCII punctuation like Chinese", () => {
    expect(findingsOf("TXT-SUM", "基本支出696.39万元,其中人员经费支出603.83万元;日常公用经费92.56万元.")).toEqual([]);
    expect(
      onlyFinding("TXT-SUM", "基本支出690.39万元,其中:人员经费支出603.83万元;日常公用经费92.56万元.").severity,
    ).toBe("error");
  });

  it("compares amounts in 元 in 元, with a tolerance of 0.01 元", () => {
    expect(
      findingsOf("TXT-SUM", "基本支出 2476260.58 元，其中人员经费 2000000.00 元，公用经费 476260.58 元。"),
    ).toEqual([]);
    const f = onlyFinding("TXT-SUM", "基本支出 2476260.58 元，其中人员经费 2000000.00 元，公用经费 476160.58 元。");
    expect(f).toMatchObject({ severity: "error", difference: "100.00", tolerance: "0.01" });
  });

  it("compares a total in 万元 with parts in 元 in 万元", () => {
    expect(findingsOf("TXT-SUM", "基本支出696.39万元，其中人员经费6038300元，公用经费92.56万元。")).toEqual([]);
  });

  it("reads the same text hard-wrapped as a PDF copy", () => {
    const f = onlyFinding(
      "TXT-SUM",
      "项目支出499.91万元。其中科学技术支出225.\n21万元，卫生健康支出200.65万元，农林水支出2.04万元，资源勘\n探工业信息等支出72万元。",
    );
    expect(f.severity).toBe("info");
  });

  it("reads parts in brackets after the total", () => {
    expect(onlyFinding("TXT-SUM", "基本支出696.39万元（人员经费603.83万元，公用经费82.56万元）。").expected).toBe(
      "686.39",
    );
  });

  it("flags parts that add up to more than the total even when the list is not the whole", () => {
    expect(onlyFinding("TXT-SUM", "日常公用经费92.56万元，其中办公费50万元、水电费50万元。").severity).toBe("error");
  });

  it("does not flag a list of main items (`办公费`, `差旅费`) that add up to less than the total", () => {
    expect(findingsOf("TXT-SUM", "日常公用经费92.56万元，其中办公费20万元、水电费10万元。")).toEqual([]);
    expect(findingsOf("TXT-SUM", "项目支出499.91万元，其中科学技术支出225.21万元，卫生健康支出200.65万元等。")).toEqual(
      [],
    );
    expect(
      findingsOf("TXT-SUM", "项目支出499.91万元，其中主要有科学技术支出225.21万元，卫生健康支出200.65万元。"),
    ).toEqual([]);
  });

  it("does not flag parts whose shares say they are not the whole", () => {
    expect(
      findingsOf(
        "TXT-SUM",
        "项目支出499.91万元，其中科学技术支出225.21万元，占45.05%；卫生健康支出200.65万元，占40.14%。",
      ),
    ).toEqual([]);
  });

  it("allows for parts written without decimals (`72万元` may be 72.4)", () => {
    expect(findingsOf("TXT-SUM", "项目支出300.40万元，其中科学技术支出228.40万元，农林水支出72万元。")).toEqual([]);
    expect(onlyFinding("TXT-SUM", "项目支出301.40万元，其中科学技术支出228.40万元，农林水支出72万元。").severity).toBe(
      "error",
    );
  });

  it("checks staff counts stated as a total with 其中 parts", () => {
    expect(
      findingsOf("TXT-SUM", "编制43名，其中行政编制18名，事业编制25名；实有人数42名，其中行政18名，事业24名。"),
    ).toEqual([]);
    const f = onlyFinding(
      "TXT-SUM",
      "编制43名，其中行政编制18名，事业编制25名；实有人数42名，其中行政18名，事业23名。",
    );
    expect(f).toMatchObject({ severity: "error", expected: "41", actual: "42", tolerance: "0" });
  });

  it("ends a list at a stronger stop than the one between its parts (`…事业23人；离退休人员30人`)", () => {
    expect(findingsOf("TXT-SUM", "实有在职人数43人，其中行政20人，事业23人；离退休人员30人。")).toEqual([]);
  });

  it("reads the last part of a `、` list after a `，` when the list then adds up, and only then", () => {
    const text = "现有编制人员205人。其中,机关在职113人、离休2人、退休75人、事务中心10人,支付中心5人。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    // One part wrong: the list does not add up either way, and the shorter reading is judged.
    const f = onlyFinding("TXT-SUM", text.replace("退休75人", "退休76人"));
    expect(f.expected).toBe("201");
    expect(f.message["zh-CN"]).not.toContain("支付中心");
    // A `，` after a `、` list still ends it when what follows is another figure.
    expect(findingsOf("TXT-SUM", "在职人员20人，其中行政8人、事业12人，另有聘用人员6人。")).toEqual([]);
  });

  it("reads parts named after their figure by what they paid for (`其中：30万元用于审计`)", () => {
    const text = "项目共完成资金89.97万元。其中：30万元用于编制预算；30万元用于工程审计；29.97万元用于设计、测绘。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    const f = onlyFinding("TXT-SUM", text.replace("29.97万元", "29.99万元"));
    expect(f.expected).toBe("89.99");
    expect(f.message["zh-CN"]).toContain("（30万元 + 30万元 + 29.99万元）");
    // The purpose after a named part does not end the list either.
    expect(
      onlyFinding("TXT-SUM", "基本支出100万元，其中：人员经费60万元用于发放工资；公用经费30万元用于办公、差旅。")
        .expected,
    ).toBe("90.00");
  });

  it("adds up vehicles by the kinds of the asset report, and not a list cut off with its paragraph", () => {
    const text = "年末共有车辆1879辆，其中：领导干部用车21辆、一般公务用车1087辆、其他用车771辆。";
    expect(findingsOf("TXT-SUM", text)).toEqual([]);
    expect(onlyFinding("TXT-SUM", text.replace("771辆", "770辆")).expected).toBe("1878");
    expect(findingsOf("TXT-SUM", "共有车辆12辆，其中一般公务用车2辆，执法执勤用车6辆，")).toEqual([]);
  });

  it("does not add up counts of overlapping groups (党员, 女性)", () => {
    expect(findingsOf("TXT-SUM", "在职人员25名，其中党员10名，女性5名。")).toEqual([]);
  });

  it("leaves alone lists it cannot read to the end (`分别为` of unequal lists, nested 其中, a change after the total)", () => {
    // Two names and three figures: which figure is whose cannot be told (lists.test.ts reads the even ones).
    expect(
      findingsOf("TXT-SUM", "基本支出700万元，其中人员经费和公用经费分别为603.83万元、92.56万元、3.61万元。"),
    ).toEqual([]);
    expect(
      findingsOf("TXT-SUM", "本年支出1196.30万元，比上年增加100万元，其中基本支出600万元，项目支出400万元。"),
    ).toEqual([]);
    expect(
      findingsOf("TXT-SUM", "本年支出1000万元，其中基本支出696.39万元，其中人员经费603.83万元，公用经费92.56万元。"),
    ).toEqual([]);
  });

  it("ends the list at the first clause that is not a part", () => {
    expect(
      findingsOf("TXT-SUM", "基本支出696.39万元，其中人员经费603.83万元，公用经费92.56万元，比上年增加10万元。"),
    ).toEqual([]);
  });

  it("uses a fixed tolerance when one is given", () => {
    const text = "基本支出696.44万元，其中人员经费支出603.83万元；日常公用经费92.56万元。";
    expect(onlyFinding("TXT-SUM", text).severity).toBe("error");
    expect(onlyFinding("TXT-SUM", text, { tolerance: new Decimal("0.05") }).severity).toBe("info");
  });
});
