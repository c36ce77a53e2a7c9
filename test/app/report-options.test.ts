import { composeOutputs } from "../../src/app/pipeline";
import { check, lateAndCarry, paragraphWith, section } from "../core/report/helpers";

/** What the pipeline passes on to the composer besides the check result. */
describe("composeOutputs", () => {
  const result = check(lateAndCarry());
  const carry = result.findings.find((f) => f.rule === "IND-CARRY")!;
  const reason = "结余为12月下达的项目资金，已于次年1月支付";

  it("gives the report the reasons the workbook keeps for warnings marked 已说明", () => {
    const explained = { ...result, explanations: new Map([[carry.fingerprint, { reason, date: "2023-03-05" }]]) };
    const { doc } = composeOutputs(explained, [], "zh-CN", { today: "2023-03-31" });
    expect(paragraphWith(section(doc, 4), "结转结余资金").text).toMatch(new RegExp(`单位说明：${reason}。$`));
    expect(paragraphWith(section(composeOutputs(result, [], "zh-CN").doc, 4), "结转结余资金").text).not.toContain(
      "单位说明",
    );
  });

  it("lets the caller's reasons (the pane's) take the place of the result's", () => {
    const { doc } = composeOutputs(result, [], "zh-CN", { explained: { [carry.fingerprint]: reason } });
    expect(paragraphWith(section(doc, 4), "结转结余资金").text).toContain(`单位说明：${reason}`);
  });
});
