import { checkWorkbook } from "../../../src/core/check";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { templateSnapshot, type TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { publishedDetail } from "../reader/published";
import { ofRule, only, passes, skippedOf, zh } from "./helpers";

/**
 * XS-EXP where 支出明细 is the published 公开03 (基本支出 as one column, no 人员经费/公用经费):
 * 基本支出 itself is compared across the tables.
 */
function withPublishedDetail(change: (d: TemplateData) => void = () => undefined): WorkbookSnapshot {
  const data = balancedDepartment();
  change(data);
  const snapshot = templateSnapshot(data);
  const sheets = snapshot.sheets.filter((s) => s.name !== "支出明细");
  return { sheets: [...sheets, publishedDetail("支出明细")] };
}

describe("XS-EXP 基本支出 when 支出明细 gives 基本支出 as one column", () => {
  it("passes when 支出明细 基本支出 696.39 = 收支总表 基本支出 696.39", () => {
    const result = checkWorkbook(withPublishedDetail());
    expect(result.model.expenditure!.columns).toHaveProperty("基本支出");
    expect(passes(result, "XS-EXP")).toBe(true);
  });

  it("flags 收支总表 基本支出 700.00 against 支出明细 合计行 基本支出 696.39", () => {
    const result = checkWorkbook(withPublishedDetail((d) => (d.summary!["基本支出"]!["决算数"] = 700)));
    const f = only(result, "XS-EXP");
    expect(f.fingerprint).toBe("XS-EXP|支出明细|合计|基本支出|收支总表|基本支出|决算数");
    expect(zh(f)).toBe("支出明细 合计行 基本支出 696.39 ≠ 收支总表 基本支出（决算数） 700.00，相差 3.61");
    expect(f.cells).toEqual(["支出明细!F8", "收支总表!D16"]);
  });

  it("compares with 人员经费 + 公用经费 when 收支总表 leaves 基本支出 blank", () => {
    const result = checkWorkbook(
      withPublishedDetail((d) => {
        delete d.summary!["基本支出"]!["决算数"];
        d.summary!["公用经费"]!["决算数"] = 90;
      }),
    );
    const f = ofRule(result, "XS-EXP").find((x) => x.fingerprint.includes("基本支出"));
    expect(f && zh(f)).toBe(
      "支出明细 合计行 基本支出 696.39 ≠ 收支总表 人员经费 + 公用经费（决算数） 693.83，相差 2.56",
    );
  });

  it("still compares 人员经费 and 公用经费 themselves in the template's layout", () => {
    const data = balancedDepartment();
    data.expenditure!.total!["公用经费"] = 92.66;
    data.expenditure!.total!["合计"] = 1196.39;
    const result = checkWorkbook(templateSnapshot(data));
    expect(ofRule(result, "XS-EXP").map((f) => f.fingerprint)).toEqual([
      "XS-EXP|支出明细|合计|合计|收支总表|本年支出合计|决算数",
      "XS-EXP|支出明细|合计|公用经费|收支总表|公用经费|决算数",
    ]);
    expect(skippedOf(result, "XS-EXP")).toEqual([]);
  });
});
