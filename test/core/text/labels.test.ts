import { canonicalLabel, isKnownDecomposition } from "../../../src/core/text/labels";
import { parseLabel } from "../../../src/core/text/label-parse";

describe("labels of figures", () => {
  it("takes 其中, 我局 and connecting words off the label", () => {
    expect(parseLabel("其中人员经费支出").label).toBe("人员经费支出");
    expect(parseLabel("其中：日常公用经费").label).toBe("日常公用经费");
    expect(parseLabel("我局基本支出为").label).toBe("基本支出");
    expect(parseLabel("基本支出：").label).toBe("基本支出");
  });

  it("reads the year: 上年, 2021年, 本年", () => {
    expect(parseLabel("上年基本支出")).toMatchObject({ label: "基本支出", periodWord: "prior" });
    expect(parseLabel("2021年基本支出")).toMatchObject({ label: "基本支出", year: 2021 });
    expect(parseLabel("本年支出合计").label).toBe("本年支出合计");
  });

  it("reads a change and what it is of", () => {
    expect(parseLabel("较上年增加")).toMatchObject({ change: "up", changeSubject: "" });
    expect(parseLabel("同比下降")).toMatchObject({ change: "down" });
    expect(parseLabel("其中财政拨款增加")).toMatchObject({ change: "up", changeSubject: "财政拨款" });
    expect(parseLabel("新增").change).toBeUndefined();
  });

  it("reads a comparison base, a budget, a list and a share", () => {
    expect(parseLabel("比上年的")).toMatchObject({ base: true, periodWord: "prior" });
    expect(parseLabel("基本支出预算")).toMatchObject({ label: "基本支出", measure: "预算" });
    expect(parseLabel("全年预算数为")).toMatchObject({ label: "", measure: "调整后预算" });
    expect(parseLabel("人员经费和公用经费分别为")).toMatchObject({ label: "", listed: true });
    expect(parseLabel("占项目支出的").shareOf).toBe("项目支出");
    expect(parseLabel("占比").shareOf).toBe("");
    expect(parseLabel("预算执行率为").label).toBe("预算执行率");
  });

  it("maps the report's names to the template's labels and function classes", () => {
    expect(canonicalLabel("日常公用经费")).toBe("公用经费");
    expect(canonicalLabel("人员经费支出")).toBe("人员经费");
    expect(canonicalLabel("支出总额")).toBe("本年支出合计");
    expect(canonicalLabel("支出", true)).toBe("本年支出合计");
    expect(canonicalLabel("支出")).toBeUndefined();
    expect(canonicalLabel("科学技术")).toBe("科学技术支出");
    expect(canonicalLabel("资源勘探工业信息等支出")).toBe("资源勘探工业信息等支出");
    expect(canonicalLabel("因公出国(境)费")).toBe("因公出国(境)费");
  });

  it("knows which lists are a total's whole decomposition", () => {
    expect(isKnownDecomposition("基本支出", ["人员经费", "公用经费"])).toBe(true);
    expect(isKnownDecomposition("项目支出", ["科学技术支出", "卫生健康支出"])).toBe(true);
    expect(isKnownDecomposition("公用经费", [undefined, undefined])).toBe(false);
  });
});

describe("labels: shares, signed changes, budgets and 收、支总计", () => {
  it("reads `所占比重为`, `占比为`, `所占比重分别为` as bare shares and drops the 所", () => {
    expect(parseLabel("所占比重为")).toMatchObject({ shareOf: "", label: "" });
    expect(parseLabel("占比为").shareOf).toBe("");
    expect(parseLabel("所占比重分别为")).toMatchObject({ shareOf: "", listed: true });
    expect(parseLabel("占本年支出的比重为").shareOf).toBe("本年支出");
  });

  it("reads `占比较上年提高` as a change (of the share), not a share of `较上年提高`", () => {
    const info = parseLabel("占比较上年提高");
    expect(info).toMatchObject({ change: "up", changeSubject: "占比" });
    expect(info.shareOf).toBeUndefined();
  });

  it("reads `增减额为` as a change whose sign gives the direction, `比年初预算数增加` as against the budget", () => {
    expect(parseLabel("增减额为")).toMatchObject({ change: "up", signed: true });
    expect(parseLabel("比年初预算数增加")).toMatchObject({ change: "up", versusBudget: true, changeSubject: "" });
  });

  it("reads `收、支总计` as 收入总计, one figure for both (`均为` is no list)", () => {
    expect(canonicalLabel("收、支总计")).toBe("收入总计");
    expect(parseLabel("收、支总计均为")).toMatchObject({ label: "收、支总计", listed: false });
  });

  it("reads `完成预算` before a figure as the budget (`完成预算25.00万元的74.40%`)", () => {
    expect(parseLabel("完成预算")).toMatchObject({ label: "", measure: "预算" });
  });

  it("knows 财政拨款收入 is made of the three appropriations, and that mixing levels is no decomposition", () => {
    expect(isKnownDecomposition("财政拨款收入", ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入"])).toBe(true);
    expect(isKnownDecomposition("本年收入合计", ["财政拨款收入", "其他收入"])).toBe(true);
    expect(isKnownDecomposition("本年收入合计", ["财政拨款收入", "一般公共预算财政拨款收入"])).toBe(false);
  });
});
