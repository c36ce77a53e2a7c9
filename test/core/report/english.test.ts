import { balancedDepartment } from "../../fixtures/department";
import { compose, figure, paragraphs, paragraphWith, section } from "./helpers";

describe("composeReport in en-US", () => {
  const zh = compose();
  const en = compose(undefined, { lang: "en-US" });

  it("has the same structure as the Chinese report", () => {
    const shape = (d: typeof zh) =>
      d.blocks.map((b) =>
        b.kind === "heading"
          ? `h${b.level}`
          : b.kind === "table"
            ? `table:${b.id}`
            : b.kind === "chart"
              ? `chart:${b.chart.id}`
              : b.kind,
      );
    expect(shape(en)).toEqual(shape(zh));
    expect(en.lang).toBe("en-US");
  });

  it("numbers sections I., II. … and (1), (2) …", () => {
    const headings = en.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      "I. Basic information",
      "II. Department-wide expenditure",
      "III. Performance of department-wide expenditure",
      "IV. Problems",
      "V. Measures and recommendations",
    ]);
  });

  it("writes the indicator formulas in English around the workbook's labels", () => {
    const d = balancedDepartment();
    d.staffing = [];
    for (const row of Object.values(d.summary!)) delete row!["调整后预算数"];
    d.targets = [...d.targets!, { 指标类别: "满意度", 指标名称: "企业满意度", 计量单位: "%", 目标值: 90, 实际值: 93 }];
    for (const doc of [en, compose(d, { lang: "en-US" })]) {
      const table = doc.blocks.find((b) => b.kind === "table" && b.id === "indicators");
      if (table?.kind !== "table") throw new Error("no indicator table");
      for (const [name, formula] of table.rows) {
        expect(name).not.toMatch(/[\u4e00-\u9fff]{4,}率/);
        expect(formula).not.toMatch(/各机构|合计行|重点项目实际|达成目标|指标数|以决算数计算|指标实际值|（|）/);
      }
    }
    const rows = (doc: typeof en) => {
      const t = doc.blocks.find((b) => b.kind === "table" && b.id === "indicators");
      return t?.kind === "table" ? t.rows.map((r) => r[1]) : [];
    };
    expect(rows(en)).toContain("产出-质量 (quality) targets met / 产出-质量 (quality) targets × 100%");
    expect(rows(compose(d, { lang: "en-US" }))).toEqual(
      expect.arrayContaining([
        "实有人数 / 编制数 × 100% (合计 row of the staffing table)",
        "年末结转和结余 / 本年支出合计 决算数 × 100% (收支总表 has no 调整后预算数: 决算数 is used)",
        "mean 实际值 of the 2 满意度 rows",
      ]),
    );
  });

  it("writes the same figures from the same cells, amounts in yuan", () => {
    const p = paragraphWith(section(en, 2), "Basic expenditure was");
    expect(p.text).toContain(
      "Basic expenditure was RMB 6,963,900, of which personnel costs RMB 6,038,300, operating costs RMB 925,600.",
    );
    expect(figure(p, "RMB 6,963,900")).toEqual(["收支总表!D16"]);
    const zhParas = paragraphs(zh.blocks);
    paragraphs(en.blocks).forEach((q, i) => expect([...q.sources].sort()).toEqual([...zhParas[i].sources].sort()));
  });
});
