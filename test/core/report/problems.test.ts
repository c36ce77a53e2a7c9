import { balancedDepartment } from "../../fixtures/department";
import { check, compose, figure, lateAndCarry, paragraphs, paragraphWith, section } from "./helpers";
import { composeReport } from "../../../src/core/report";

describe("四、存在的问题 and 五、改进措施和建议", () => {
  it("turns a late project and a year-end balance into IND-LATE and IND-CARRY problems with their figures", () => {
    const rules = check(lateAndCarry()).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["IND-LATE", "IND-CARRY"]));
    const doc = compose(lateAndCarry());
    const problems = paragraphs(section(doc, 4));
    expect(problems[0].text).toBe("经自评，部门整体支出管理中存在以下问题：");
    const late = paragraphWith(problems, "指标下达偏晚");
    expect(late.text).toBe(
      "1、部分预算指标下达偏晚，年终形成资金结余。“5G基站建设补助”指标于2022年11月15日下达，年末尚有3.00万元未支出。",
    );
    expect(figure(late, "2022年11月15日")).toEqual(["项目支出!F7"]);
    expect(figure(late, "3.00万元")).toEqual(["项目支出!G7"]);
    const carry = paragraphWith(problems, "结转结余资金");
    expect(carry.text).toBe(
      "2、年末存在结转结余资金。年末结转和结余35.20万元，结转结余率2.82%，较年初结转和结余30.00万元增加5.20万元。",
    );
    expect(figure(carry, "35.20万元")).toEqual(["收支总表!D25"]);
    expect(figure(carry, "2.82%")).toEqual(["收支总表!D25", "收支总表!C23"]);
  });

  it("gives one measure per problem, then the standing measures", () => {
    const measures = paragraphs(section(compose(lateAndCarry()), 5)).map((p) => p.text);
    expect(measures).toEqual([
      "1、加强与财政部门沟通，推动指标及早下达，加快项目实施和资金拨付进度，减少年终资金结余。",
      "2、及时清理盘活存量资金，对结转结余资金按规定统筹使用，提高财政资金使用效益。",
      expect.stringMatching(/^3、细化预算编制/),
      expect.stringMatching(/^4、加强预算执行监控/),
    ]);
  });

  it("uses the department's reason for a warning marked 已说明", () => {
    const result = check(lateAndCarry());
    const carry = result.findings.find((f) => f.rule === "IND-CARRY")!;
    const reason = "结余为12月下达的项目资金，已于次年1月支付";
    const doc = composeReport(result, { explained: { [carry.fingerprint]: reason } });
    const p = paragraphWith(section(doc, 4), "结转结余资金");
    expect(p.text).toMatch(new RegExp(`单位说明：${reason}。$`));
    const unexplained = paragraphWith(section(composeReport(result), 4), "结转结余资金");
    expect(unexplained.text).not.toContain("单位说明");
    const other = paragraphWith(section(doc, 4), "指标下达偏晚");
    expect(other.text).not.toContain(reason);
  });

  it("states a 三公 rise line by line and answers it with the 八项规定 measure", () => {
    const d = balancedDepartment();
    d.threePublic = {
      ...d.threePublic,
      公务接待费: { 上年决算数: 1.8, 本年预算数: 2.5, 本年决算数: 2.4 },
      合计: { 上年决算数: 5.3, 本年预算数: 6.5, 本年决算数: 5.6 },
    };
    const doc = compose(d);
    const p = paragraphWith(section(doc, 4), "较上年增加。");
    expect(p.text).toContain("公务接待费支出2.40万元，上年1.80万元，较上年增加0.60万元，增长33.33%");
    expect(p.text).toContain("“三公”经费合计支出5.60万元，上年5.30万元，较上年增加0.30万元，增长5.66%");
    expect(paragraphWith(section(doc, 5), "八项规定").text).toBe(
      "1、严格落实中央八项规定精神，从严控制“三公”经费，进一步压缩“三公”经费支出。",
    );
  });

  it("lists a missed target with its 目标值 and 实际值", () => {
    const d = balancedDepartment();
    d.targets![0] = { ...d.targets![0], 实际值: 170 };
    const p = paragraphWith(section(compose(d), 4), "绩效目标未完成");
    expect(p.text).toBe("1、部分绩效目标未完成。建成5G宏基站目标值180个，实际值170个。");
    expect(figure(p, "170个")).toEqual(["绩效目标!E3"]);
  });

  it("reports unresolved errors as one problem, naming the checks that failed", () => {
    const d = balancedDepartment();
    d.summary = { ...d.summary, 本年支出合计: { ...d.summary!.本年支出合计, 决算数: 1196.39 } };
    const errors = check(d).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const p = paragraphWith(section(compose(d), 4), "尚未更正的数据错误");
    expect(p.text).toMatch(
      new RegExp(`^\\d+、决算报表存在尚未更正的数据错误。尚有${errors.length}处错误未更正，涉及.*本年支出合计不平`),
    );
    expect(paragraphWith(section(compose(d), 5), "决算编报审核").text).toMatch(/^1、/);
  });

  it("states low execution, a large adjustment and a unit over its quota with their figures", () => {
    const d = balancedDepartment();
    d.staffing![4] = { ...d.staffing![4], 实有人数: 8 };
    d.staffingTotal = { 编制数: 45, 实有人数: 45 };
    d.summary = {
      ...d.summary,
      基本支出: { 年初预算数: 500, 调整后预算数: 900, 决算数: 696.39, 上年决算数: 680.0 },
      项目支出: { 年初预算数: 500, 调整后预算数: 600, 决算数: 499.9, 上年决算数: 470.0 },
      本年支出合计: { 年初预算数: 1000, 调整后预算数: 1500, 决算数: 1196.29, 上年决算数: 1150 },
    };
    const doc = compose(d);
    const texts = paragraphs(section(doc, 4)).map((p) => p.text);
    expect(texts).toContain(
      "1、年度预算未全部执行。全年支出1196.29万元，调整后预算1500.00万元，预算执行率79.75%，预算执行进度偏慢。",
    );
    expect(texts).toContain(
      "2、年中预算调整，年初预算编制的准确性有待提高。年初预算1000.00万元，调整后预算1500.00万元，预算调整率50.00%，预算调整幅度较大。",
    );
    expect(texts).toContain("3、实有人数超过编制数。科技开发中心编制7名，实有人数8名，在职人员控制率114.29%。");
    const measures = paragraphs(section(doc, 5)).map((p) => p.text);
    expect(measures.slice(0, 3).map((m) => m.slice(0, 8))).toEqual([
      "1、加强预算执行",
      "2、提高年初预算",
      "3、严格执行机构",
    ]);
  });

  it("never invents a problem: info findings alone leave the 'nothing found' sentence", () => {
    const result = check();
    result.findings = [
      {
        rule: "COV-SKIPPED",
        severity: "info",
        message: { "zh-CN": "未运行", "en-US": "not run" },
        cells: [],
        fingerprint: "COV-SKIPPED|x",
      },
    ];
    const texts = paragraphs(section(composeReport(result), 4)).map((p) => p.text);
    expect(texts).toEqual(["经审核，本次自评未发现需要说明的问题。"]);
  });
});
