import type { Lang } from "../../../src/core/i18n";
import type { ReportBlock, ReportDocument } from "../../../src/core/report";
import { checkText } from "../../../src/core/text";
import type { TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";
import { check, compose, paragraphs, section } from "./helpers";

/**
 * Workbooks with little or nothing in them (an empty template, 单位名称 left blank): the report
 * still reads as a report — no bare heading, no 0.00/0 score, no empty subject, no NaN.
 */

/** Every string of the document: title, headings, paragraphs, table cells, chart labels. */
function allText(doc: ReportDocument): string[] {
  const of = (b: ReportBlock): string[] => {
    switch (b.kind) {
      case "title":
      case "heading":
      case "paragraph":
        return [b.text];
      case "table":
        return [...(b.caption ? [b.caption] : []), ...b.header, ...b.rows.flat()];
      case "chart":
        return [b.chart.title, ...b.chart.categories, ...b.chart.series.flatMap((s) => [s.name, ...s.values])];
    }
  };
  return [...doc.blocks.flatMap(of), doc.summary.text];
}

function scoreTable(doc: ReportDocument): string[][] {
  const table = doc.blocks.find((b) => b.kind === "table" && b.id === "score");
  if (!table || table.kind !== "table") throw new Error("no score table");
  return table.rows;
}

const LANGS: Lang[] = ["zh-CN", "en-US"];

describe("the report of an empty template", () => {
  it.each(LANGS)("%s: has no NaN, undefined, Infinity, [object or 0.00%% anywhere", (lang) => {
    for (const s of allText(compose({}, { lang }))) {
      expect(s).not.toMatch(/NaN|undefined|Infinity|\[object|null|(^|[^.\d])0\.00%/);
    }
  });

  it.each(LANGS)("%s: gives every section at least one paragraph, never a bare heading", (lang) => {
    const doc = compose({}, { lang });
    for (let n = 1; n <= 5; n++) expect(paragraphs(section(doc, n)).length).toBeGreaterThan(0);
    expect(paragraphs(section(doc, 1))[0].text).toBe(
      lang === "zh-CN" ? "工作簿中没有本部分所需的数据，本部分从略。" : "The workbook holds no data for this section.",
    );
  });

  it("says nothing could be scored instead of 已评 0.00/0 分, and shows no 0.00 score in the table", () => {
    const doc = compose({});
    const text = allText(doc).join("\n");
    expect(text).not.toContain("0.00/0");
    expect(text).toContain("经自评，各项指标均缺少评分所需的数据，未能评分（满分100分），暂不评定等级。");
    for (const row of scoreTable(doc)) expect(row[3]).toBe("—");
    expect(scoreTable(doc).at(-1)).toEqual(["合计", "100", "0", "—", "未评定"]);
  });

  it("passes the text check (no cut-off sentence, no blank)", () => {
    const result = check({});
    const doc = compose({});
    const text = doc.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "heading" ? [b.text] : []));
    expect(checkText(text.join("\n"), { model: result.model }).findings).toEqual([]);
  });
});

describe("a level-1 group with nothing scored", () => {
  it("shows a dash, not 0.00, beside the groups that were scored", () => {
    const d = balancedDepartment();
    delete d.targets;
    delete d.selfScores;
    const rows = scoreTable(compose(d));
    const outputs = rows.find((r) => r[0] === "产出")!;
    expect(outputs.slice(1, 4)).toEqual(["20", "0", "—"]);
    expect(rows.find((r) => r[0] === "过程")![3]).toMatch(/^\d+\.\d{2}$/);
  });
});

describe("单位名称 left blank", () => {
  function unnamed(): TemplateData {
    const d = balancedDepartment();
    d.info = { ...d.info, 单位名称: null };
    return d;
  }

  it("zh-CN: the duties sentence has a subject, the title and opening no gap", () => {
    const doc = compose(unnamed());
    expect(doc.title).toBe("2022年度部门整体支出绩效评价报告");
    const texts = paragraphs(doc.blocks).map((p) => p.text);
    expect(texts.some((t) => t.startsWith("本单位的主要职责是："))).toBe(true);
    expect(texts.some((t) => t.startsWith("的"))).toBe(false);
    expect(texts[0]).toContain("提高财政资金使用效益，对2022年度部门整体支出开展了绩效自评");
  });

  it("en-US: no title opening with a colon, no sentence with an empty subject", () => {
    const doc = compose(unnamed(), { lang: "en-US" });
    expect(doc.title).toBe("Performance Evaluation of Department-wide Expenditure, 2022");
    for (const s of allText(doc)) {
      expect(s).not.toMatch(/^:|\s{2}|, has |\bof :|^ /);
    }
    expect(paragraphs(doc.blocks)[0].text).toContain("the department has evaluated");
    expect(doc.summary.text).toMatch(/^In 2022, the department had total income/);
  });
});
