import type { ChartSpec, ReportDocument } from "../../src/core/report/document";

/** 本年 vs 上年 by function class, as the composer gives it for 二、部门整体支出情况. */
export const expenditureBar: ChartSpec = {
  id: "chart-expenditure-by-class",
  type: "bar",
  title: "项目支出按功能分类",
  categories: ["科学技术支出", "卫生健康支出", "农林水支出", "资源勘探工业信息等支出"],
  series: [
    { name: "本年", values: ["225.21", "200.65", "2.04", "72.00"] },
    { name: "上年", values: ["198.40", "150.30", "5.10", "80.25"] },
  ],
  unit: "万元",
  sources: ["支出明细!F9", "支出明细!F10", "支出明细!F11", "支出明细!F12", "支出明细!G9"],
};

export const expenditurePie: ChartSpec = {
  id: "chart-expenditure-structure",
  type: "pie",
  title: "本年支出结构",
  categories: ["人员经费", "日常公用经费", "项目支出"],
  series: [{ name: "本年", values: ["603.83", "92.56", "499.91"] }],
  unit: "万元",
  sources: ["收支总表!D14", "收支总表!D15", "收支总表!D16"],
};

export const TITLE = "桃江县科工局2022年度部门整体支出绩效评价报告";

export const HEADINGS = [
  "一、基本情况",
  "二、部门整体支出情况",
  "三、部门整体支出绩效情况",
  "（一）经济性",
  "（二）效率性",
  "四、存在的问题",
  "五、改进措施和建议",
];

export function reportFixture(): ReportDocument {
  return {
    lang: "zh-CN",
    title: TITLE,
    unitName: "桃江县科工局",
    year: 2022,
    blocks: [
      { kind: "title", text: TITLE },
      {
        kind: "paragraph",
        text: "按照预算绩效管理的要求，我局对2022年度本单位整体支出的管理和使用情况开展了绩效自评，现将自评结果报告如下。",
        sources: [],
        figures: [],
      },
      { kind: "heading", level: 1, text: HEADINGS[0] },
      {
        kind: "paragraph",
        text: "桃江县科工局是县政府负责科技创新和工业经济工作的职能部门。2022年，局机关本级设内设职能科室7个，核定行政在职人员编制18名、事业在编人员25名，另有离退休人员85人。",
        sources: ["基本情况!D8", "基本情况!D12", "基本情况!D13", "基本情况!D20"],
        figures: [
          { text: "7个", cells: ["基本情况!D8"] },
          { text: "18名", cells: ["基本情况!D12"] },
          { text: "25名", cells: ["基本情况!D13"] },
          { text: "85人", cells: ["基本情况!D20"] },
        ],
      },
      { kind: "heading", level: 1, text: HEADINGS[1] },
      { kind: "heading", level: 3, text: "1、基本支出" },
      {
        kind: "paragraph",
        text: "本年支出合计1196.30万元，其中基本支出696.39万元，占58.21%，包括人员经费支出603.83万元、日常公用经费92.56万元；项目支出499.91万元，占41.79%。较上年增加2.40万元，增长0.20%。",
        sources: ["收支总表!D20", "收支总表!D13", "收支总表!D14", "收支总表!D15", "收支总表!D16", "收支总表!E20"],
        figures: [
          { text: "1196.30万元", cells: ["收支总表!D20"] },
          { text: "696.39万元", cells: ["收支总表!D13"] },
          { text: "603.83万元", cells: ["收支总表!D14"] },
          { text: "92.56万元", cells: ["收支总表!D15"] },
          { text: "499.91万元", cells: ["收支总表!D16"] },
        ],
      },
      { kind: "chart", chart: expenditurePie },
      {
        kind: "paragraph",
        text: "项目支出499.91万元，其中科学技术支出225.21万元，卫生健康支出200.65万元，农林水支出2.04万元，资源勘探工业信息等支出72.00万元。",
        sources: ["支出明细!F9", "支出明细!F10", "支出明细!F11", "支出明细!F12"],
        figures: [{ text: "225.21万元", cells: ["支出明细!F9"] }],
      },
      { kind: "chart", chart: expenditureBar },
      { kind: "heading", level: 1, text: HEADINGS[2] },
      { kind: "heading", level: 2, text: HEADINGS[3] },
      {
        kind: "paragraph",
        text: "预算执行率为95.10%，年末结转和结余35.20万元，结转结余率2.95%，在职人员控制率为100.00%。",
        sources: ["收支总表!F20", "收支总表!D30", "基本情况!D12"],
        figures: [{ text: "95.10%", cells: ["收支总表!F20", "收支总表!D20"] }],
      },
      { kind: "heading", level: 2, text: HEADINGS[4] },
      {
        kind: "paragraph",
        text: '=HYPERLINK("http://x","点击")',
        sources: ["报告素材!B3"],
        figures: [],
        origin: "material",
      },
      {
        kind: "table",
        id: "score",
        caption: "表1 部门整体支出绩效自评得分",
        header: ["一级指标", "分值", "得分", "得分率"],
        rows: [
          ["投入", "20.00", "18.50", "92.50%"],
          ["过程", "30.00", "27.00", "90.00%"],
          ["产出", "30.00", "26.00", "86.67%"],
          ["效益", "20.00", "无法计算", "—"],
          ["合计", "100.00", "86.50", "良"],
        ],
        numericColumns: [1, 2, 3],
        sources: ["收支总表!D20", "基本情况!D12"],
      },
      { kind: "heading", level: 1, text: HEADINGS[5] },
      {
        kind: "paragraph",
        text: "1、年末结转和结余35.20万元，结转结余率2.95%，部分项目资金未在当年支出。",
        sources: ["收支总表!D30"],
        figures: [{ text: "35.20万元", cells: ["收支总表!D30"] }],
      },
      { kind: "heading", level: 1, text: HEADINGS[6] },
      {
        kind: "paragraph",
        text: "+1 及时清理盘活存量资金，加快项目实施和资金拨付进度，细化预算编制，加强预算执行监控。",
        sources: [],
        figures: [],
      },
      { kind: "signature", lines: ["桃江县科工局", "2023年3月31日"] },
      { kind: "attachment", id: "sources", text: "附件1：数据来源" },
      {
        kind: "table",
        id: "sources",
        header: ["序号", "数据", "内容", "来源单元格", "计算方法"],
        rows: [["1", "1196.30万元", "本年支出合计", "收支总表!D23", ""]],
        numericColumns: [],
        sources: [],
        widths: [6, 14, 28, 24, 28],
      },
    ],
    summary: {
      text: "桃江县科工局2022年度本年支出合计1196.30万元，预算执行率95.10%，自评得分86.50分，等级为良。",
      sources: ["收支总表!D20", "收支总表!F20"],
    },
    todo: [{ what: "在“自评打分”表填写“生态效益”的得分", where: "自评打分!B9" }],
    figureSources: [{ text: "1196.30万元", label: "本年支出合计", cells: ["收支总表!D23"] }],
  };
}
