import { find, type Variant } from "./texts";

/** Variants of the 决算说明 texts (county, city, PDF copy): one injected error each. */

const AGRI = "county-agri-final-accounts-2022.txt";
const MARKET = "county-market-final-accounts-2023.txt";
const WATER = "pdf-copy-water-final-accounts-2022.txt";
const TRANSPORT = "city-transport-final-accounts-2023.txt";

export const ACCOUNTS_VARIANTS: Variant[] = [
  // 决算说明 of a county department: totals, 占, changes stated in the sentence after the total.
  {
    file: AGRI,
    what: "a wrong share of 本年收入合计",
    from: "其他收入95.34万元，占2.39%",
    to: "其他收入95.34万元，占3.39%",
    expect: [find("TXT-PCT", "本年收入合计3985.46万元", "3.39%")],
  },
  {
    file: AGRI,
    what: "减少 where 本年支出合计 rose (the rate still says 增长)",
    from: "本年支出合计较上年增加230.12万元",
    to: "本年支出合计较上年减少230.12万元",
    expect: [find("TXT-CHANGE", "本年支出合计3980.12万元", "230.12万元")],
  },
  {
    file: AGRI,
    what: "收入总计 and 支出总计 stated apart and unequal",
    from: "2022年度收、支总计各4125.49万元。",
    to: "2022年度收入总计4125.49万元，支出总计4152.49万元。",
    expect: [find("TXT-BALANCE", "2022年度收入总计4125.49万元", "4152.49万元")],
  },
  {
    file: AGRI,
    what: "a wrong rate of the change of 收、支总计 (stated in the next sentence)",
    from: "收、支总计各增加236.12万元，增长6.07%",
    to: "收、支总计各增加236.12万元，增长7.07%",
    expect: [find("TXT-CHANGE", "2022年度收、支总计各4125.49万元", "7.07%")],
  },
  {
    file: AGRI,
    what: "a wrong function class in a `主要用于以下方面：` list (sum and share)",
    from: "农林水（类）支出3180.50万元",
    to: "农林水（类）支出3190.50万元",
    expect: [
      find("TXT-SUM", "2022年度一般公共预算财政拨款支出3620.20万元，主要用于", "3190.50万元"),
      find("TXT-PCT", "2022年度一般公共预算财政拨款支出3620.20万元，主要用于", "87.85%"),
    ],
  },
  {
    file: AGRI,
    what: "a wrong 完成年初预算的 rate",
    from: "完成年初预算的107.11%",
    to: "完成年初预算的97.11%",
    expect: [find("TXT-PCT", "2022年度一般公共预算财政拨款支出年初预算", "97.11%")],
  },
  {
    file: AGRI,
    what: "a wrong part of 人员经费 named at the start of the sentence (`人员经费中，`)",
    from: "工资福利支出906.12万元",
    to: "工资福利支出916.12万元",
    expect: [find("TXT-SUM", "人员经费中", "916.12万元")],
  },
  {
    file: AGRI,
    what: "a wrong rate of a change against the budget (`比年初预算数增加`)",
    from: "增长4.68%",
    to: "增长5.68%",
    expect: [find("TXT-CHANGE", "本部门2022年度机关运行经费支出", "5.68%")],
  },
  {
    file: AGRI,
    what: "a template blank `XX万元`",
    from: "政府采购工程支出150.00万元",
    to: "政府采购工程支出XX万元",
    expect: [find("TXT-BLANK", "本部门2022年度政府采购支出总额", "XX万元")],
  },
  {
    file: AGRI,
    what: "a paragraph cut off after a comma",
    from: "执法执勤用车6辆，特种专业技术用车4辆；单价50万元以上通用设备0台（套），单价100万元以上专用设备1台（套）。",
    to: "执法执勤用车6辆，",
    expect: [find("TXT-TRUNC", "截至2022年12月31日，本部门共有车辆12辆", "执法执勤用车6辆，")],
  },
  // 决算说明 with decreases, parallel lists, 所占比重, a signed change and project paragraphs.
  {
    file: MARKET,
    what: "a wrong share in a parallel list (`所占比重分别为`)",
    from: "74.87%、25.13%",
    to: "73.87%、25.13%",
    expect: [find("TXT-PCT", "本年支出合计2479.50万元", "73.87%")],
  },
  {
    file: MARKET,
    what: "a wrong figure in a parallel list (`基本支出和项目支出分别为`)",
    from: "分别为1856.32万元、623.18万元",
    to: "分别为1856.32万元、633.18万元",
    expect: [
      find("TXT-SUM", "本年支出合计2479.50万元", "633.18万元"),
      find("TXT-PCT", "本年支出合计2479.50万元", "25.13%"),
    ],
  },
  {
    file: MARKET,
    what: "增加 where 本年支出合计 fell",
    from: "较上年的2688.20万元减少208.70万元",
    to: "较上年的2688.20万元增加208.70万元",
    expect: [find("TXT-CHANGE", "本年支出合计2479.50万元", "208.70万元")],
  },
  {
    file: MARKET,
    what: "a wrong rate of the decrease of 收、支总计",
    from: "下降7.72%",
    to: "下降8.72%",
    expect: [find("TXT-CHANGE", "2023年度收、支总计各2506.80万元", "8.72%")],
  },
  {
    file: MARKET,
    what: "a wrong 公用经费 share (`所占比重为`)",
    from: "所占比重为12.71%",
    to: "所占比重为13.71%",
    expect: [find("TXT-PCT", "一般公共预算财政拨款基本支出1856.32万元", "13.71%")],
  },
  {
    file: MARKET,
    what: "a wrong 执行率 inside `为预算8.00万元的85.00%`",
    from: "的85.00%",
    to: "的86.00%",
    expect: [find("TXT-PCT", "2023年度“三公”经费财政拨款支出决算6.80万元", "86.00%")],
  },
  {
    file: MARKET,
    what: "a template blank `XX万元` among the project figures",
    from: "罚没款金额86.50万元",
    to: "罚没款金额XX万元",
    expect: [find("TXT-BLANK", "全县市场主体注册资本总额", "XX万元")],
  },
  // A PDF copy: hard-wrapped lines, indented paragraphs, a tab-separated table.
  {
    file: WATER,
    what: "收入总计 and 支出总计 unequal in a wrapped paragraph",
    from: "支出总计6,012.58万元",
    to: "支出总计6,002.58万元",
    expect: [find("TXT-BALANCE", "2022年度收入总计6,012.58万元", "6,002.58万元")],
  },
  {
    file: WATER,
    what: "a wrong 三公 part after `其中：` cut at a line end (sum and share)",
    from: "公务接待费1.30万元",
    to: "公务接待费1.40万元",
    expect: [
      find("TXT-SUM", "2022年度“三公”经费支出4.50万元", "1.40万元"),
      find("TXT-PCT", "2022年度“三公”经费支出4.50万元", "28.89%"),
    ],
  },
  {
    file: WATER,
    what: "parts that do not add up to a total in 亿元",
    from: "县级配套资金1,312.50万元",
    to: "县级配套资金1,412.50万元",
    expect: [find("TXT-SUM", "全年完成水利建设投资1.25亿元", "1,412.50万元")],
  },
  {
    file: WATER,
    what: "a wrong rate of change, split over two lines",
    from: "增长10.50%",
    to: "增长11.50%",
    expect: [find("TXT-CHANGE", "2022年度本年支出合计5,856.40万元", "11.50%")],
  },
  // A city bureau in 亿元 and full-width ％.
  {
    file: TRANSPORT,
    what: "parts above a total of 3.20亿元 (sum and share)",
    from: "其他收入229.58万元",
    to: "其他收入529.58万元",
    expect: [
      find("TXT-SUM", "2023年度本年收入合计3.20亿元", "529.58万元"),
      find("TXT-PCT", "2023年度本年收入合计3.20亿元", "0.72%"),
    ],
  },
  {
    file: TRANSPORT,
    what: "a wrong share in full-width digits",
    from: "占比８９．５３％",
    to: "占比８８．５３％",
    expect: [find("TXT-PCT", "2023年度本年收入合计3.20亿元", "８８．５３％")],
  },
  {
    file: TRANSPORT,
    what: "a wrong class in `项目支出按支出功能分类，具体为：` (sum and share)",
    from: "农林水支出5,878.64万元",
    to: "农林水支出5,978.64万元",
    expect: [
      find("TXT-SUM", "项目支出按支出功能分类", "5,978.64万元"),
      find("TXT-PCT", "项目支出按支出功能分类", "21.79%"),
    ],
  },
  {
    file: TRANSPORT,
    what: "a wrong 预算执行率 of figures in 亿元",
    from: "预算执行率为96.39%",
    to: "预算执行率为97.39%",
    expect: [find("TXT-PCT", "全年调整后预算3.268亿元", "97.39%")],
  },
  {
    file: TRANSPORT,
    what: "a wrong share of a whole stated in the sentence before",
    from: "占政府采购支出总额的87.52%",
    to: "占政府采购支出总额的78.52%",
    expect: [find("TXT-PCT", "（一）政府采购情况", "78.52%")],
  },
];
