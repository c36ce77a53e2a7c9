import { splitParagraphs, splitSentences } from "../../../src/core/text/paragraphs";

describe("paragraphs", () => {
  it("keeps one line per paragraph and drops blank lines", () => {
    const ps = splitParagraphs("第一段。\n\n第二段，接着写。\r\n第三段！");
    expect(ps.map((p) => p.text)).toEqual(["第一段。", "第二段，接着写。", "第三段！"]);
    expect(ps.map((p) => p.index)).toEqual([1, 2, 3]);
  });

  it("keeps headings `一、基本情况`, `（一）经济性评价`, `1、基本支出` and title lines as paragraphs of their own", () => {
    const ps = splitParagraphs(
      "桃江县科工局\n2022年度部门整体支出绩效评价报告\n一、基本情况　　\n（一）经济性评价\n1、基本支出\n基本支出696.39万元。",
    );
    expect(ps.map((p) => [p.text, p.kind])).toEqual([
      ["桃江县科工局", "title"],
      ["2022年度部门整体支出绩效评价报告", "title"],
      ["一、基本情况", "heading"],
      ["（一）经济性评价", "heading"],
      ["1、基本支出", "heading"],
      ["基本支出696.39万元。", "body"],
    ]);
  });

  it("treats a numbered line that is a sentence (`1、预算配置情况。我局…`) as body text", () => {
    expect(splitParagraphs("1、预算配置情况。我局预算配置控制较好。")[0].kind).toBe("body");
  });

  it("joins a line that stops mid-sentence with the line that continues it", () => {
    const ps = splitParagraphs(
      "基本支出696.39万元，其中人员经费支出603.\n83万元；日常公用经费92.56万元，\n主要包括办公费等。\n二、项目支出",
    );
    expect(ps.map((p) => p.text)).toEqual([
      "基本支出696.39万元，其中人员经费支出603.83万元；日常公用经费92.56万元，主要包括办公费等。",
      "二、项目支出",
    ]);
  });

  it("does not join a line ending with `，` to the heading after it", () => {
    const ps = splitParagraphs("定期召开安全生产工作会议，\n四、存在的问题");
    expect(ps).toHaveLength(2);
  });

  it("does not join a line that introduces a list (`如下：`) to its first item", () => {
    expect(splitParagraphs("具体工作情况简要如下：\n1、严格执行财务管理制度。")).toHaveLength(2);
  });

  it("joins full-width lines of a PDF copy even where one ends at a full stop, but not into an indented paragraph", () => {
    const wrapped = [
      "　　为加强财政预算资金管理，进一步规范预算资金使用，提高",
      "财政资金使用效益，我局积极组织，对本单位整体支出进行了绩",
      "效自评。项目支出499.91万元，主要用于科技创新和卫生健康。",
      "其中科学技术支出225.21万元，卫生健康支出274.70万元，均已",
      "按进度拨付到位。",
      "　　进一步加强资产管理，制定了内控制度。",
    ].join("\n");
    const ps = splitParagraphs(wrapped);
    expect(ps).toHaveLength(2);
    expect(ps[0].text).toContain("卫生健康。其中科学技术支出");
    expect(ps[1].text).toBe("进一步加强资产管理，制定了内控制度。");
  });

  it("does not take `二是` at the start of a wrapped line for a new paragraph", () => {
    const ps = splitParagraphs(
      "做到一是与公务无关的接待不予报销，严格按标准接待，\n二是从严从紧控制因公出省国（境）人数和批次。",
    );
    expect(ps).toHaveLength(1);
  });
});

describe("sentences", () => {
  it("ends sentences at 。！？ with their closing quotes, keeping ； inside", () => {
    const s = splitSentences(
      "项目支出499.91万元。其中科学技术支出225.21万元；卫生健康支出200.65万元。他说：“好。”最后",
    );
    expect(s.map((x) => x.text)).toEqual([
      "项目支出499.91万元。",
      "其中科学技术支出225.21万元；卫生健康支出200.65万元。",
      "他说：“好。”",
      "最后",
    ]);
    expect(s[1].start).toBe(13);
  });

  it("ends a sentence at an ASCII full stop after Chinese text but not at a decimal point", () => {
    const s = splitSentences("项目支出499.91万元.其中科学技术支出225.21万元.");
    expect(s.map((x) => x.text)).toEqual(["项目支出499.91万元.", "其中科学技术支出225.21万元."]);
  });
});
