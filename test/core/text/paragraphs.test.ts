import { splitParagraphs, splitSentences } from "../../../src/core/text/paragraphs";
import { hardWrap } from "./helpers";

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
      "　　按照预算绩效管理的要求，我局组织对本单位整体支出",
      "的管理和使用情况开展了绩效自评，现将有关情况报告如",
      "下。项目支出499.91万元，主要用于科技创新和卫生健康。",
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
      "做到一是与公务无关的接待一律不予报销，公务接待按标准执行，\n二是从严控制因公出国（境）人数和批次。",
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

describe("paragraphs of real reports", () => {
  it("ends a sentence at an ASCII full stop after a percentage (`占1.00%.年初…`)", () => {
    const s = splitSentences("其他收入280,120.35元,占1.00%.年初结转和结余476,200.20元.");
    expect(s.map((x) => x.text)).toEqual(["其他收入280,120.35元,占1.00%.", "年初结转和结余476,200.20元."]);
  });

  it("keeps the rows of a table pasted as text apart, as table rows", () => {
    const ps = splitParagraphs(
      [
        "单位：万元",
        "项目\t年初预算数\t调整后预算数\t决算数\t执行率",
        "基本支出\t960.00\t990.00\t986.40\t99.64%",
        "项目支出\t4500.00\t5000.00\t4870.00\t97.40%",
        "一般公共服务支出    120.50    118.30    98.17%",
        "全年预算执行率为97.77%。",
      ].join("\n"),
    );
    expect(ps.map((p) => p.kind)).toEqual(["title", "table", "table", "table", "table", "body"]);
  });

  it("joins a sentence cut after a comma to the long unpunctuated lines that go on with it", () => {
    // A PDF copy: the wrapped lines are about 30 characters wide; the ASCII of line 5 makes it narrower.
    const lines = [
      "6.其他收入 0.00 万元,是预算单位在“财政拨款收入”“事",
      "业收入”“经营收入”以外取得的收入。较 2022 年度决算数增",
      "加 0.00 万元,增长 0%,原因是本单位没有其他收入,",
      "与上年相比没有变化,与预算相比也没有变化。",
      "7.使用非财政拨款结余(含专用结余)0.00 万元,主要是",
      "下属单位在当年的“财政拨款收入”“事业收入”“经营收入”",
      "及“其他收入”不足以保证支出时,动用以前年度积累",
      "的非财政拨款结余弥补本年度收支缺口的资金。",
    ];
    const ps = splitParagraphs(lines.join("\n"));
    expect(ps.map((p) => p.text)).toEqual([lines.slice(0, 4).join(""), lines.slice(4).join("")]);
    // A short line or a document's name after a cut sentence is not its continuation.
    expect(splitParagraphs("基本支出50万元，主要用于\n存在的问题").map((p) => p.kind)).toEqual(["body", "title"]);
    expect(
      splitParagraphs("基本支出50万元，主要用于\n某县农业综合服务中心2024年度部门整体支出绩效自评报告").length,
    ).toBe(2);
  });

  it("reads rows and header rows whose cells are separated by bars as table rows", () => {
    const ps = splitParagraphs(
      [
        "年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 |",
        "其中:财政资金 | 238.93 | 251.89 | 251.89 | 100.00% | / | / |",
        "预算执行率为100.00%。",
      ].join("\n"),
    );
    expect(ps.map((p) => p.kind)).toEqual(["table", "table", "body"]);
  });

  it("joins `其中：` cut at the end of a full-width line of a PDF copy", () => {
    const wrapped = [
      "　　2022年度“三公”经费支出4.50万元，比上年减少0.80万元，下降",
      "15.09%，主要原因是严格执行中央八项规定，压减公务接待。其中：",
      "因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费3",
      ".20万元，占71.11%；公务接待费1.30万元，占28.89%。全年接待国",
      "内来访团组32批次。",
    ].join("\n");
    expect(splitParagraphs(wrapped)).toHaveLength(1);
  });

  it("takes chart captions before a heading for titles (`财政拨款收、支决算总计变动情况`, `（图1：…）（柱状图）`)", () => {
    const ps = splitParagraphs(
      "财政拨款收、支决算总计变动情况\n五、一般公共预算财政拨款支出决算情况说明\n(图1:收、支决算总计变动情况图)(柱状图)\n二、问题\n加强资产管理、\n三、措施",
    );
    expect(ps.map((p) => p.kind)).toEqual(["title", "heading", "title", "heading", "body", "heading"]);
  });
});

describe("titles and headings wrapped onto two lines", () => {
  it("keeps a long title or heading cut at the page width of a PDF copy a title or heading", () => {
    const text = [
      "修山镇人民政府2022年度部门整体支出绩效自评报告",
      "根据有关文件精神，我镇对2022年度部门整体支出开展了绩效自评，现将自评情况报告如下。本年支出合计2,356.80万元，其中：基本支出1,156.30万元，项目支出1,200.50万元。",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "基本支出1,156.30万元，主要用于保障机构正常运转和完成日常工作任务。",
    ].join("\n");
    const ps = splitParagraphs(hardWrap(text, 40));
    expect(ps.map((p) => p.kind)).toEqual(["title", "body", "heading", "body"]);
    expect(ps[0].text).toBe("修山镇人民政府2022年度部门整体支出绩效自评报告");
  });
});
