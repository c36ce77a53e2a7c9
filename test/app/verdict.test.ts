import { verdict } from "../../src/app/verdict";
import { checkChanged } from "../core/rules/helpers";

/** The pane's status line: never 可以提交 while figures could not be read. */
describe("verdict", () => {
  it("is ready for the balanced department", () => {
    expect(verdict(checkChanged())).toEqual({ kind: "ready" });
  });

  it("says the figures could not be read when totals are formulas never calculated", () => {
    const result = checkChanged((d) => {
      d.summary!.本年收入合计 = { 决算数: { formula: "SUM(D4:D11)" } };
      d.summary!.收入总计 = { 决算数: { formula: "D12+D13+D14" } };
    });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(verdict(result)).toEqual({ kind: "uncalculated", count: 2 });
  });
});
