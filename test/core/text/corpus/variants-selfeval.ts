import { find, type Variant } from "./texts";

/** Variants of the 绩效自评 texts (city bureau, 元, township, seed style): one injected error each. */

const EDU = "city-education-selfeval-2022.txt";
const HEALTH = "county-health-selfeval-2023-yuan.txt";
const TOWN = "township-selfeval-2022.txt";
const DRC = "county-drc-selfeval-2022.txt";

export const SELFEVAL_VARIANTS: Variant[] = [
  // 绩效自评报告 of a city bureau: staff, 控制率, 执行率, 三公.
  {
    file: EDU,
    what: "a staff part that does not add up",
    from: "其中行政人员34人",
    to: "其中行政人员35人",
    expect: [find("TXT-SUM", "我局内设科室14个", "35人")],
  },
  {
    file: EDU,
    what: "a wrong 在职人员控制率 (its figures in the sentences before)",
    from: "在职人员控制率为94.87%",
    to: "在职人员控制率为95.87%",
    expect: [find("TXT-PCT", "我局内设科室14个", "95.87%")],
  },
  {
    file: EDU,
    what: "a conflicting restatement of 收入合计 in another section",
    from: "年末结转结余65.65万元，",
    to: "全年收入合计5,786.90万元。年末结转结余65.65万元，",
    expect: [find("TXT-CONFLICT", "全年收入合计5,786.90万元", "5,786.90万元")],
  },
  {
    file: EDU,
    what: "a wrong share of 基本支出 (`占基本支出的`)",
    from: "占基本支出的12.06%",
    to: "占基本支出的13.06%",
    expect: [find("TXT-PCT", "1.基本支出2,315.60万元", "13.06%")],
  },
  {
    file: EDU,
    what: "a wrong 三公 rate of decrease",
    from: "下降12.04%",
    to: "下降13.04%",
    expect: [find("TXT-CHANGE", "2.“三公”经费控制有力", "13.04%")],
  },
  {
    file: EDU,
    what: "an empty bracket left for a figure",
    from: "事业收入120.00万元",
    to: "事业收入（ ）万元",
    expect: [find("TXT-BLANK", "2022年度收入合计5,768.90万元", "（ ）万元")],
  },
  // A self-evaluation in 元, ASCII punctuation and full-width digits.
  {
    file: HEALTH,
    what: "收入总计 and 支出总计 unequal (in 元, ASCII punctuation)",
    from: "支出总计28,456,320.55元",
    to: "支出总计28,456,230.55元",
    expect: [find("TXT-BALANCE", "2023年度收入总计28,456,320.55元", "28,456,230.55元")],
  },
  {
    file: HEALTH,
    what: "a wrong share after an ASCII full stop ends the sentence before",
    from: "占4.29%",
    to: "占4.92%",
    expect: [find("TXT-PCT", "本年收入27,980,120.35元", "4.92%")],
  },
  {
    file: HEALTH,
    what: "a wrong 预算执行率 in full-width digits",
    from: "９８．４１％",
    to: "９８．１４％",
    expect: [find("TXT-PCT", "全年调整后预算", "９８．１４％")],
  },
  {
    file: HEALTH,
    what: "增加 with 下降: the change and its rate disagree (no current figure in the sentence)",
    from: "减少10,400.00元",
    to: "增加10,400.00元",
    expect: [find("TXT-CHANGE", "2023年“三公”经费支出85,600.00元", "10,400.00元")],
  },
  {
    file: HEALTH,
    what: "a paragraph cut off after a comma",
    from: "群众满意度调查满意率96％，目标值≥90％。",
    to: "群众满意度调查满意率96％，",
    expect: [find("TXT-TRUNC", "3、满意度指标", "满意率96％，")],
  },
  // A township: counts, `（含…）`, `分别为`, `主要用于：`, an inline budget rate.
  {
    file: TOWN,
    what: "a staff part that does not add up",
    from: "事业人员28人",
    to: "事业人员29人",
    expect: [find("TXT-SUM", "我镇内设党政综合办公室", "29人")],
  },
  {
    file: TOWN,
    what: "a total with a `（含…）` remark against its parts",
    from: "项目支出1,200.50万元。与上年相比",
    to: "项目支出1,210.50万元。与上年相比",
    expect: [
      find("TXT-SUM", "本年支出合计2,356.80万元", "1,210.50万元"),
      // The next paragraph states 项目支出 again, as it was: the two statements disagree.
      find("TXT-CONFLICT", "项目支出1,200.50万元", "1,200.50万元"),
    ],
  },
  {
    file: TOWN,
    what: "a wrong figure of `人员经费和公用经费分别为` of 基本支出 stated before",
    from: "分别为985.60万元、170.70万元",
    to: "分别为985.60万元、180.70万元",
    expect: [find("TXT-SUM", "基本支出中", "180.70万元")],
  },
  {
    file: TOWN,
    what: "projects listed after `主要用于：` adding up to more than the total",
    from: "村级运转经费250.00万元",
    to: "村级运转经费260.00万元",
    expect: [find("TXT-SUM", "项目支出1,200.50万元，主要用于", "260.00万元")],
  },
  {
    file: TOWN,
    what: "a wrong `完成预算25.00万元的74.40%`",
    from: "的74.40%",
    to: "的75.40%",
    expect: [find("TXT-PCT", "2022年“三公”经费支出18.60万元", "75.40%")],
  },
  {
    file: TOWN,
    what: "增加 where 三公 fell",
    from: "减少3.80万元",
    to: "增加3.80万元",
    expect: [find("TXT-CHANGE", "2022年“三公”经费支出18.60万元", "3.80万元")],
  },
  // A self-evaluation in the style of the seed.
  {
    file: DRC,
    what: "a wrong rate against the prior stated with `与上年的…相比`",
    from: "增长5.13%",
    to: "增长6.13%",
    expect: [find("TXT-CHANGE", "2022年度部门整体支出862.63万元", "6.13%")],
  },
  {
    file: DRC,
    what: "a wrong 预算执行率",
    from: "预算执行率98.03%",
    to: "预算执行率99.03%",
    expect: [find("TXT-PCT", "2022年度部门整体支出862.63万元", "99.03%")],
  },
  {
    file: DRC,
    what: "a wrong 日常公用经费 (its list has a remark `主要包括…`)",
    from: "日常公用经费76.18万元",
    to: "日常公用经费86.18万元",
    expect: [find("TXT-SUM", "1、基本支出512.36万元", "86.18万元")],
  },
  {
    file: DRC,
    what: "a problem cut off after a comma",
    from: "（三）项目支出进度不够均衡，下半年特别是第四季度支出比重偏大。",
    to: "（三）项目支出进度不够均衡，",
    expect: [find("TXT-TRUNC", "（三）项目支出进度不够均衡", "不够均衡，")],
  },
];
