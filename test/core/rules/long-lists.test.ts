import type { TemplateData } from "../../../src/core/template-layout";
import { checkChanged, ofRule, only, passes, skippedOf, zh } from "./helpers";

/**
 * Rows that check out are decided on their figures alone, without a message: on a long list
 * the one row that does not must still get its finding or skip, worded as on a short list.
 */

const COPIES = 100;

/** The four balanced projects, each listed 100 times under its own name; the 合计 row follows. */
function longProjects(d: TemplateData): void {
  const rows = d.projects!.rows;
  d.projects!.rows = Array.from({ length: COPIES }, (_, i) =>
    rows.map((r) => ({ ...r, 项目名称: `${String(r["项目名称"])}（第${i + 1}批）` })),
  ).flat();
  d.projects!.total = { 调整后预算数: 51204, 实际支出数: 49990, 年末结转结余: 1214 };
}

function longChanged(change: (d: TemplateData) => void = () => undefined) {
  return checkChanged((d) => {
    longProjects(d);
    change(d);
  });
}

const row = (d: TemplateData, i: number) => d.projects!.rows[i];

describe("a list of 400 projects", () => {
  it("passes BAL-PRJ-TOTAL, BAL-PRJ-ROW and IND-PRJ-EXEC when every row adds up", () => {
    const result = longChanged();
    for (const rule of ["BAL-PRJ-TOTAL", "BAL-PRJ-ROW", "IND-PRJ-EXEC"]) expect(passes(result, rule)).toBe(true);
  });

  it("flags the one row off by 1.00 and reports a 0.01 slip of another as 尾差", () => {
    const result = longChanged((d) => {
      row(d, 201)["年末结转结余"] = 5.35;
      row(d, 303)["年末结转结余"] = 3.01;
    });
    const [slip, off] = [...ofRule(result, "BAL-PRJ-ROW")].sort((a, b) => a.severity.localeCompare(b.severity));
    expect(zh(slip)).toBe(
      "项目支出 5G基站建设补助（第76批）：年末结转结余 3.01 与 调整后预算数 75.00 − 实际支出数 72.00 = 3.00 相差 0.01，在容差 0.01 以内，属尾差",
    );
    expect(slip.severity).toBe("info");
    expect(off).toMatchObject({ severity: "warning", expected: "4.35", actual: "5.35", difference: "1.00" });
    expect(off.fingerprint).toBe("BAL-PRJ-ROW|项目支出|疫情防控物资保障（第51批）");
  });

  it("flags the one project below 90% and skips the one whose budget is 0", () => {
    const result = longChanged((d) => {
      row(d, 7)["调整后预算数"] = 90;
      row(d, 7)["年末结转结余"] = 18;
      Object.assign(row(d, 390), { 调整后预算数: 0, 实际支出数: 0, 年末结转结余: 0 });
    });
    expect(zh(only(result, "IND-PRJ-EXEC"))).toBe(
      "项目支出 5G基站建设补助（第2批）：项目执行率 80.00% 低于 90%（实际支出数 72.00 / 调整后预算数 90.00）",
    );
    expect(skippedOf(result, "IND-PRJ-EXEC").map(zh)).toEqual([
      "项目支出 乡村振兴帮扶（第98批）：调整后预算数 为 0，无法计算比率",
    ]);
  });

  it("skips the 合计 check of a column where one project is unreadable, naming that cell", () => {
    const result = longChanged((d) => (row(d, 250)["实际支出数"] = "约2"));
    expect(ofRule(result, "BAL-PRJ-TOTAL")).toEqual([]);
    const skips = skippedOf(result, "BAL-PRJ-TOTAL").filter((s) => zh(s).includes("实际支出数"));
    expect(skips.map(zh)).toEqual([
      "项目支出（实际支出数）：项目支出!E254（乡村振兴帮扶（第63批））无法读取（DATA-NOTNUM）",
    ]);
    expect(skips[0].cells).toEqual(["项目支出!E254"]);
  });

  it("skips a blank 合计 beside filled projects, and lists a column no one filled as nothing to check", () => {
    const result = longChanged((d) => delete d.projects!.total!["实际支出数"]);
    const reasons = skippedOf(result, "BAL-PRJ-TOTAL").map(zh);
    expect(reasons).toContain("项目支出（实际支出数）：合计行 未填");
    expect(reasons).toContain("项目支出（年初预算数）：合计行 及其各项均未填，没有可核对的数字");
  });
});
