import { composeReport } from "../../../src/core/report";
import type { ChartSpec, ReportDocument } from "../../../src/core/report";
import { balancedDepartment } from "../../fixtures/department";
import { check, compose, figure, inYuan, paragraphs, paragraphWith, section, subsection } from "./helpers";

function charts(doc: ReportDocument): ChartSpec[] {
  return doc.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
}

function allText(doc: ReportDocument): string {
  return paragraphs(doc.blocks)
    .map((p) => p.text)
    .join("\n");
}

describe("what the workbook holds decides what is written", () => {
  it("drops the 三公 sentences when the 三公经费 sheet is missing", () => {
    const withSheet = compose();
    expect(allText(withSheet)).toContain("“三公”经费支出");
    const d = balancedDepartment();
    delete d.threePublic;
    const doc = compose(d);
    const economy = paragraphs(subsection(doc, "经济性")).map((p) => p.text);
    expect(economy.join("\n")).not.toContain("三公");
    expect(doc.summary.text).not.toContain("三公");
    const allocation = paragraphWith(subsection(doc, "经济性"), "预算配置情况");
    expect(allocation.text).toBe(
      "1、预算配置情况。年末实有人数42名，编制45名，在职人员控制率93.33%，人员控制在编制以内。重点支出安排率99.59%，重点支出保障充分。",
    );
  });

  it("drops the comparison with last year, and its chart, without 上年决算数", () => {
    expect(charts(compose()).map((c) => c.id)).toContain("income-expenditure-yoy");
    const d = balancedDepartment();
    d.summary = Object.fromEntries(Object.entries(d.summary!).map(([k, v]) => [k, { ...v, 上年决算数: undefined }]));
    const doc = compose(d);
    const spending = paragraphs(section(doc, 2)).map((p) => p.text);
    expect(spending.join("\n")).not.toContain("较上年");
    expect(paragraphWith(section(doc, 2), "本年支出合计1196.29万元").text).toContain(
      "。调整后预算数1250.00万元，预算执行率95.70%。",
    );
    expect(charts(doc).map((c) => c.id)).not.toContain("income-expenditure-yoy");
  });

  it("drops the 行政效能 and 效益 subsections without the 绩效目标 sheet", () => {
    const d = balancedDepartment();
    delete d.targets;
    const doc = compose(d);
    const subs = section(doc, 3).flatMap((b) => (b.kind === "heading" && b.level === 2 ? [b.text] : []));
    expect(subs).toEqual(["（一）经济性评价", "（二）自评结果"]);
    expect(allText(doc)).not.toContain("目标值");
    expect(allText(doc)).not.toContain("产出指标");
  });

  it("states 项目支出 without classes, and leaves out the class chart, without 支出明细", () => {
    const d = balancedDepartment();
    delete d.expenditure;
    const doc = compose(d);
    expect(paragraphWith(section(doc, 2), "项目支出499.90万元。项目支出占").text).toMatch(
      /^项目支出499\.90万元。项目支出占本年支出合计的41\.79%/,
    );
    expect(charts(doc).map((c) => c.id)).not.toContain("project-classes");
  });

  it("draws 收支总计, 收入结构, 支出结构 and 项目支出 by class from the cells, as decimal strings in 万元", () => {
    const byId = Object.fromEntries(charts(compose()).map((c) => [c.id, c]));
    expect(byId["income-expenditure-yoy"]).toMatchObject({
      type: "bar",
      categories: ["本年收入合计", "本年支出合计"],
      series: [
        { name: "2022年", values: ["1190", "1196.29"] },
        { name: "2021年", values: ["1140", "1150"] },
      ],
      unit: "万元",
      sources: ["收支总表!D12", "收支总表!D23", "收支总表!E12", "收支总表!E23"],
    });
    expect(byId["income-structure"]).toMatchObject({
      type: "pie",
      categories: ["一般公共预算财政拨款收入", "其他收入"],
      series: [{ values: ["1100", "90"] }],
    });
    expect(byId["expenditure-structure"]).toMatchObject({
      categories: ["基本支出", "项目支出"],
      series: [{ values: ["696.39", "499.9"] }],
      sources: ["收支总表!D16", "收支总表!D19"],
    });
    expect(byId["project-classes"]).toMatchObject({
      categories: ["科学技术支出", "卫生健康支出", "资源勘探工业信息等支出", "农林水支出"],
      series: [{ values: ["225.21", "200.65", "72", "2.04"] }],
    });
  });

  it("weaves 报告素材 into their sections: numbered after the generated items, the department named one way", () => {
    const d = balancedDepartment();
    const own = {
      主要职责: "本局是县政府主管工业经济的职能部门。",
      经济性: "进一步加强资产管理，制定了《内控制度》。",
      行政效能: "严格执行财务管理制度，严控“三公经费”。",
      社会效益: "建成5G宏基站185个，完成投资1850万元。",
      存在的问题: "部分股室预算意识不强。",
      改进措施: "加强培训。",
      其他: "附：自评工作组名单。",
    };
    d.materials = Object.entries(own).map(([章节, 内容]) => ({ 章节, 内容 }));
    const doc = compose(d);
    const last = (blocks: ReturnType<typeof section>) => paragraphs(blocks).slice(-1)[0];
    const expectMaterial = (p: ReturnType<typeof last>, text: string) => {
      expect(p.text).toBe(text);
      expect(p.origin).toBe("material");
      expect(p.figures).toEqual([]);
      expect(p.sources).toHaveLength(1);
      expect(p.sources[0]).toMatch(/^报告素材!B\d+$/);
    };
    // What the department is opens 基本情况, with 本局 replaced by its 单位名称.
    expectMaterial(paragraphs(section(doc, 1))[0], "示范县工业和信息化局是县政府主管工业经济的职能部门。");
    expectMaterial(last(subsection(doc, "经济性")), `4、${own.经济性}`);
    expectMaterial(last(subsection(doc, "行政效能")), `3、${own.行政效能}`);
    expectMaterial(last(subsection(doc, "效益评价")), `3、${own.社会效益}`);
    expectMaterial(last(section(doc, 4)), `1、${own.存在的问题}`);
    expectMaterial(last(section(doc, 5)), "3、加强培训。");
    expectMaterial(last(section(doc, 7)), `1、${own.其他}`);
    expect(paragraphs(doc.blocks).filter((p) => p.origin === "material")).toHaveLength(7);
    expect(paragraphs(subsection(doc, "经济性"))[0].origin).toBe("generated");
  });

  it("renumbers a pasted list to continue the section, its lead paragraph opening the section", () => {
    const d = balancedDepartment();
    d.materials = [
      { 章节: "行政效能", 内容: "我局在强化管理方面开展了以下工作：" },
      { 章节: "行政效能", 内容: "1、严格执行财务管理制度。" },
      { 章节: "行政效能", 内容: "2、加强政府采购管理。" },
    ];
    const texts = paragraphs(subsection(compose(d), "行政效能")).map((p) => p.text);
    expect(texts[0]).toBe("示范县工业和信息化局在强化管理方面开展了以下工作：");
    expect(texts.slice(1).map((t) => /^(\d+)、/.exec(t)?.[1])).toEqual(["1", "2", "3", "4"]);
    expect(texts.slice(-2)).toEqual(["3、严格执行财务管理制度。", "4、加强政府采购管理。"]);
  });

  it("holds a cut-off paragraph out of the report and lists it in the 待补充清单, or marks it 【待核实】 on request", () => {
    const d = balancedDepartment();
    d.materials = [
      { 章节: "社会效益", 内容: "1、开展安全生产检查。" },
      { 章节: "社会效益", 内容: "2、定期召开安全生产工作会议，" },
    ];
    const held = compose(d);
    expect(allText(held)).not.toContain("定期召开安全生产工作会议");
    expect(held.todo.some((t) => t.what.includes("报告素材第") && t.where.startsWith("报告素材!B"))).toBe(true);
    const marked = composeReport(check(d), { flaggedMaterial: "mark" });
    const text = paragraphs(subsection(marked, "效益评价")).map((p) => p.text);
    expect(text.at(-1)).toMatch(/^4、定期召开安全生产工作会议，【待核实：.+】$/);
  });

  it("states a 元 workbook's figures in 万元, converted exactly, with the same cells", () => {
    const doc = compose(inYuan(balancedDepartment()));
    const p = paragraphWith(section(doc, 2), "基本支出696.39万元，其中");
    expect(p.text).toContain("基本支出696.39万元，其中人员经费支出603.83万元，日常公用经费92.56万元。");
    expect(figure(p, "696.39万元")).toEqual(["收支总表!D16"]);
    expect(paragraphWith(section(doc, 2), "本年支出合计1196.29万元").text).toContain("预算执行率95.70%");
    const chart = charts(doc).find((c) => c.id === "expenditure-structure")!;
    expect(chart.series[0].values).toEqual(["696.39", "499.9"]);
    expect(chart.unit).toBe("万元");
  });

  it("rounds 元 to 万元 half up only for display: 6963912.34 元 is 696.39万元, the chart keeps 696.391234", () => {
    const d = inYuan(balancedDepartment());
    d.summary = {
      ...d.summary,
      基本支出: { ...d.summary!.基本支出, 决算数: 6963912.34 },
      人员经费: { ...d.summary!.人员经费, 决算数: 6038312.34 },
    };
    const doc = compose(d);
    expect(paragraphWith(section(doc, 2), "其中人员经费支出").text).toContain(
      "基本支出696.39万元，其中人员经费支出603.83万元",
    );
    const chart = charts(doc).find((c) => c.id === "expenditure-structure")!;
    expect(chart.series[0].values[0]).toBe("696.391234");
  });
});
