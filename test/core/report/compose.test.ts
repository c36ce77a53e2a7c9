import { composeReport } from "../../../src/core/report";
import { balancedDepartment } from "../../fixtures/department";
import { check, compose, figure, paragraphs, paragraphWith, section, subsection } from "./helpers";

describe("composeReport on the balanced department", () => {
  const doc = compose();

  it("titles the report {单位名称}{年度}年度部门整体支出绩效评价报告 and opens with its purpose", () => {
    expect(doc.title).toBe("示范县工业和信息化局2022年度部门整体支出绩效评价报告");
    expect(doc.blocks[0]).toEqual({ kind: "title", text: doc.title });
    const opening = doc.blocks[1];
    expect(opening.kind).toBe("paragraph");
    expect(opening.kind === "paragraph" && opening.text).toMatch(
      /^按照预算绩效管理的要求，.*对2022年度部门整体支出的管理和使用情况开展了绩效自评，现将自评结果报告如下。$/,
    );
    expect(doc.unitName).toBe("示范县工业和信息化局");
    expect(doc.year).toBe(2022);
  });

  it("has the five sections in order with the seed's numbering", () => {
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      "一、基本情况",
      "二、部门整体支出情况",
      "三、绩效情况及自评结果",
      "四、存在的问题及原因",
      "五、改进措施和建议",
      "六、评价结果应用",
    ]);
  });

  it("numbers subsections （一）（二）… and items 1、2、… within each", () => {
    const subs = section(doc, 3).flatMap((b) => (b.kind === "heading" && b.level === 2 ? [b.text] : []));
    expect(subs).toEqual(["（一）经济性评价", "（二）行政效能评价", "（三）效益评价", "（四）自评结果"]);
    const items = subsection(doc, "经济性评价").flatMap((b) => (b.kind === "paragraph" ? [b.text.slice(0, 2)] : []));
    expect(items).toEqual(["1、", "2、", "3、"]);
    const spendingItems = section(doc, 2).flatMap((b) => (b.kind === "heading" && b.level === 3 ? [b.text] : []));
    expect(spendingItems).toEqual(["1、基本支出", "2、项目支出"]);
  });

  it("states 单位名称 and 主要职责 verbatim, with the 主要职责 cell as source", () => {
    const p = paragraphWith(section(doc, 1), "主要职责");
    expect(p.text).toBe("示范县工业和信息化局的主要职责是：综合管理全县工业经济，统筹推进全县科技创新体系建设。");
    expect(p.sources).toEqual(["基本情况!B7"]);
  });

  it("states 内设机构, staffing by 人员类别 and 经费形式, and 离退休 as integers with their cells", () => {
    const p = paragraphWith(section(doc, 1), "内设机构");
    expect(p.text).toBe(
      "2022年，示范县工业和信息化局内设机构7个，离退休人员85人。编制45名，其中行政编制18名、事业编制27名。" +
        "年末实有人数42名，其中行政17名、事业25名。按经费形式，全额拨款编制38名、实有37名；自收自支编制7名、实有5名。",
    );
    expect(figure(p, "7个")).toEqual(["基本情况!B5"]);
    expect(figure(p, "85人")).toEqual(["基本情况!B6"]);
    expect(figure(p, "45名")).toEqual(["基本情况!D10", "基本情况!D11", "基本情况!D12", "基本情况!D13", "基本情况!D14"]);
  });

  it("lists each 二级机构 with its 编制 and 实有", () => {
    const p = paragraphWith(section(doc, 1), "二级机构");
    expect(p.text).toContain("机关本级编制18名，实有17名。");
    expect(p.text).toContain("所属二级机构4个：");
    expect(p.text).toContain("科技开发中心（自收自支、事业）编制7名，实有5名。");
  });

  it("states 基本支出 696.39 = 人员经费 603.83 + 日常公用经费 92.56 with their 收支总表 cells", () => {
    const p = paragraphWith(section(doc, 2), "基本支出696.39万元，其中");
    expect(p.text).toContain("基本支出696.39万元，其中人员经费支出603.83万元，日常公用经费92.56万元。");
    expect(figure(p, "696.39万元")).toEqual(["收支总表!D16"]);
    expect(figure(p, "603.83万元")).toEqual(["收支总表!D17"]);
    expect(figure(p, "92.56万元")).toEqual(["收支总表!D18"]);
    expect(p.sources.slice(0, 3)).toEqual(["收支总表!D16", "收支总表!D17", "收支总表!D18"]);
  });

  it("lists 项目支出 by function class from 支出明细, largest first", () => {
    const p = paragraphWith(section(doc, 2), "项目支出499.90万元，其中");
    expect(p.text).toContain(
      "其中科学技术支出225.21万元，卫生健康支出200.65万元，资源勘探工业信息等支出72.00万元，农林水支出2.04万元。",
    );
    expect(figure(p, "72.00万元")).toEqual(["支出明细!F9"]);
  });

  it("states income with shares, the change on last year and the execution rate", () => {
    const income = paragraphWith(section(doc, 2), "本年收入合计1190.00万元");
    expect(income.text).toContain("一般公共预算财政拨款收入1100.00万元，占92.44%；其他收入90.00万元，占7.56%");
    expect(figure(income, "92.44%")).toEqual(["收支总表!D4", "收支总表!D12"]);
    expect(income.text).toContain("本年收入合计较上年增加50.00万元，增长4.39%。");
    const total = paragraphWith(section(doc, 2), "本年支出合计1196.29万元");
    expect(total.text).toContain("较上年增加46.29万元，增长4.03%；调整后预算数1250.00万元，预算执行率95.70%。");
    expect(figure(total, "95.70%")).toEqual(["收支总表!D23", "收支总表!C23"]);
  });

  it("states the 经济性 indicators from the indicator results, with their input cells", () => {
    const p = paragraphWith(subsection(doc, "经济性"), "预算执行情况");
    expect(p.text).toBe(
      "2、预算执行情况。全年支出1196.29万元，调整后预算1250.00万元，预算执行率95.70%，预算执行情况较好；年初预算1200.00万元，预算调整率4.17%，预算调整幅度较小；年末结转和结余23.71万元，结转结余率1.90%，结转结余资金规模较小；公用经费支出92.56万元，预算95.00万元，公用经费控制率97.43%，公用经费控制在预算以内。",
    );
    expect(figure(p, "1.90%")).toEqual(["收支总表!D25", "收支总表!C23"]);
    const allocation = paragraphWith(subsection(doc, "经济性"), "预算配置情况");
    expect(allocation.text).toContain("在职人员控制率93.33%");
    expect(allocation.text).toContain("“三公”经费支出4.70万元");
    expect(allocation.text).toContain("较上年减少0.60万元，下降11.32%");
  });

  it("states met targets and 重点工作 from 绩效目标, and 效益 and 满意度 rows", () => {
    const duties = paragraphWith(subsection(doc, "行政效能"), "职责履行情况");
    expect(duties.text).toContain("本年设定产出指标3项，完成3项，实际完成率100.00%");
    expect(duties.text).toContain("建成5G宏基站计划180个，实际185个，超额完成");
    expect(figure(duties, "185个")).toEqual(["绩效目标!E3"]);
    expect(paragraphWith(subsection(doc, "行政效能"), "重点工作").text).toContain(
      "重点工作1项（建成5G宏基站），办结1项，重点工作办结率100.00%",
    );
    const benefits = subsection(doc, "效益评价");
    expect(paragraphWith(benefits, "经济效益").text).toContain("规模工业增加值增速计划6%，实际7.2%，超额完成");
    expect(paragraphWith(benefits, "满意度").text).toContain("服务对象满意度计划90%，实际95%，超额完成");
  });

  it("sums the 一级 table from the scorecard's printed rows; an unscored item is 未评分 with its reason and counts 0", () => {
    const table = doc.blocks.find((b) => b.kind === "table" && b.id === "score");
    if (table?.kind !== "table") throw new Error("no score table");
    expect(table.header).toEqual(["一级指标", "分值", "得分"]);
    expect(table.rows.map((r) => r[0])).toEqual(["投入", "过程", "产出", "效果", "合计"]);
    const card = doc.blocks.find((b) => b.kind === "table" && b.id === "scorecard");
    if (card?.kind !== "table") throw new Error("no scorecard");
    const eco = card.rows.find((r) => r[2].startsWith("生态效益"))!;
    expect(eco[5]).toBe("未评分");
    expect(eco[6]).toContain("效益-生态");
    const subtotal = card.rows.filter((r) => r[0] === "小计")[3];
    expect(table.rows[3][2]).toBe(subtotal[5]);
    const p = paragraphWith(subsection(doc, "自评结果"), "经自评");
    expect(p.text).toBe(
      `经自评，已评分指标得分${table.rows[4][2]}分（已评分值98分）；1项指标因缺少数据未评分，按评分方案计0分，暂不评定等级。未评分指标及原因见附件1。`,
    );
    expect(p.sources).toContain("自评打分!B3");
  });

  it("gives the grade when every item is scored", () => {
    const data = balancedDepartment();
    data.targets = [
      ...data.targets!,
      { 指标类别: "效益-生态", 指标名称: "单位能耗下降率", 计量单位: "%", 目标值: 3, 实际值: 3.5 },
    ];
    const graded = compose(data);
    const p = paragraphWith(subsection(graded, "自评结果"), "经自评");
    expect(p.text).toMatch(
      /^经自评，部门整体支出绩效得分\d+\.\d{2}分（满分100分），评价等级为“优”。各项指标的评分标准、得分和扣分理由见附件1。$/,
    );
  });

  it("prints every lost point's reason and each criterion in words, never 无法计算 in the body", () => {
    const card = doc.blocks.find((b) => b.kind === "table" && b.id === "scorecard");
    if (card?.kind !== "table") throw new Error("no scorecard");
    const exec = card.rows.find((r) => r[2] === "预算执行率")!;
    expect(exec.slice(3)).toEqual(["10", "分值×执行率（不超过100%）", "9.57", "95.70%，扣0.43分"]);
    for (const r of card.rows) {
      if (/^\d+\.\d{2}$/.test(r[5]) && r[3] !== "" && !r[0].endsWith("小计") && r[0] !== "合计") {
        const lost = Number(r[3]) - Number(r[5]);
        if (lost > 0.004) expect(r[6]).not.toBe("");
      }
    }
    expect(paragraphs(doc.blocks).some((p) => p.text.includes("无法计算"))).toBe(false);
  });

  it("closes 基本情况 with the year's 绩效目标 by kind and the 重点工作, counted from 绩效目标", () => {
    const p = paragraphWith(section(doc, 1), "设定部门整体绩效指标");
    const targets = balancedDepartment().targets!;
    expect(p.text).toMatch(
      new RegExp(`^2022年，示范县工业和信息化局设定部门整体绩效指标${targets.length}项，其中产出指标\\d+项`),
    );
    expect(p.text).toContain("重点工作1项：建成5G宏基站。");
  });

  it("lists every figure in 数据来源 with what it is, its cells and, when computed, its formula in words", () => {
    const exec = doc.figureSources.find((f) => f.text === "95.70%" && f.label === "预算执行率")!;
    expect(exec.formula).toBe("本年支出合计决算数÷调整后预算数×100%");
    expect(exec.cells).toEqual(expect.arrayContaining(["收支总表!D23", "收支总表!C23"]));
    expect(doc.figureSources.find((f) => f.text === "4.03%")?.label).toBe("本年支出合计较上年增长");
    expect(doc.figureSources.some((f) => f.text === "2022")).toBe(false);
    const table = doc.blocks.find((b) => b.kind === "table" && b.id === "sources");
    expect(table?.kind === "table" && table.rows.length).toBe(doc.figureSources.length);
  });

  it("says in one sentence that nothing was found, and still lists the standing measures", () => {
    expect(paragraphs(section(doc, 4)).map((p) => p.text)).toEqual(["经审核，本次自评未发现需要说明的问题。"]);
    const measures = paragraphs(section(doc, 5)).map((p) => p.text);
    expect(measures).toHaveLength(2);
    expect(measures[0]).toMatch(/^1、细化预算编制/);
    expect(measures[1]).toMatch(/^2、加强预算执行监控/);
  });

  it("records for every figure the cells it came from, all listed in the paragraph's sources", () => {
    for (const p of paragraphs(doc.blocks)) {
      for (const f of p.figures) {
        expect(p.text).toContain(f.text);
        expect(f.cells.length).toBeGreaterThan(0);
        for (const c of f.cells) expect(p.sources).toContain(c);
      }
    }
  });

  it("writes amounts with two decimals in 万元 and percentages with two decimals", () => {
    for (const p of paragraphs(doc.blocks)) {
      for (const f of p.figures) {
        if (f.text.endsWith("万元")) expect(f.text).toMatch(/^\d+\.\d{2}万元$/);
        if (f.text.endsWith("%") && f.cells.some((c) => c.startsWith("收支总表")))
          expect(f.text).toMatch(/^-?\d+\.\d{2}%$/);
      }
    }
  });

  it("is deterministic: the same result composes to the same document", () => {
    const result = check();
    expect(composeReport(result)).toEqual(composeReport(result));
    expect(JSON.stringify(compose())).toBe(JSON.stringify(doc));
  });
});
