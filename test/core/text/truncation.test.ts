import { findingsOf, onlyFinding } from "./helpers";

describe("TXT-TRUNC: paragraphs that stop mid-sentence", () => {
  it("flags a paragraph ending with `，` before the next heading", () => {
    const f = onlyFinding(
      "TXT-TRUNC",
      "三是狠抓企业安全生产。广泛进行安全生产和法制宣传；定期召开安全生产工作会议，\n四、存在的问题",
    );
    expect(f).toMatchObject({
      severity: "warning",
      where: { paragraph: 1, offset: 11, quote: "广泛进行安全生产和法制宣传；定期召开安全生产工作会议，" },
    });
    expect(f.message["zh-CN"]).toContain("以“，”结尾");
  });

  it("flags endings with 、, ；, or no punctuation at all", () => {
    expect(findingsOf("TXT-TRUNC", "加强资产管理、\n二、问题")).toHaveLength(1);
    expect(findingsOf("TXT-TRUNC", "加强预算管理；\n二、问题")).toHaveLength(1);
    expect(findingsOf("TXT-TRUNC", "基本支出696.39万元，其中人员经费603.83万元，主要用于")).toHaveLength(1);
  });

  it("keeps quiet on headings, titles, closing punctuation and numbered lists ending with ；", () => {
    const text = [
      "桃江县科工局",
      "一、基本情况",
      "具体工作情况简要如下：",
      "1、加强预算管理；",
      "2、加强资产管理；",
      "3、加强财务管理。",
      "他说：“做好工作。”",
      "工作完成……",
      "基本支出696.39万元.",
      "各项工作按计划完成。（详见附表）",
      "单位：万元",
    ].join("\n");
    expect(findingsOf("TXT-TRUNC", text)).toEqual([]);
  });

  it("takes a long report name ending with 说明 or 报告 for a title, not a cut sentence", () => {
    const title = "某市某区机关后勤服务保障中心2021年度一般公共预算财政拨款“三公”经费支出决算情况说明";
    expect(title.length).toBeGreaterThan(40);
    expect(findingsOf("TXT-TRUNC", `${title}\n一、总体情况\n三公经费支出决算167.37万元。`)).toEqual([]);
    // A sentence of the same length without its end is still cut.
    const cut = "某区机关后勤服务中心2021年度一般公共预算财政拨款三公经费支出决算数为167.37万元主要用于";
    expect(findingsOf("TXT-TRUNC", `${cut}\n二、问题`)).toHaveLength(1);
  });

  it("joins a hard-wrapped sentence before judging it", () => {
    expect(findingsOf("TXT-TRUNC", "基本支出696.39万元，其中人员经费603.83万元，\n公用经费92.56万元。")).toEqual([]);
  });
});
