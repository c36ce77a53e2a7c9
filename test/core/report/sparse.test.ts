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
      case "attachment":
        return [b.text];
      case "signature":
        return b.lines;
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

  it.each(LANGS)("%s: leaves out the sections it has nothing for, never a bare heading", (lang) => {
    const doc = compose({}, { lang });
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
    expect(headings[0]).toBe(lang === "zh-CN" ? "一、绩效情况及自评结果" : "I. Performance and self-evaluation result");
    for (let n = 1; n <= headings.length; n++) expect(paragraphs(section(doc, n)).length).toBeGreaterThan(0);
  });

  it("says in one sentence that nothing could be scored, with no score table and a 待补充清单", () => {
    const doc = compose({});
    const text = allText(doc).join("\n");
    expect(text).not.toContain("0.00/0");
    expect(text).toContain(
      "因工作簿缺少评分所需的数据，本次未能评分（满分100分），暂不评定等级，需补充的数据见待补充清单。",
    );
    expect(doc.blocks.some((b) => b.kind === "table" && (b.id === "score" || b.id === "scorecard"))).toBe(false);
    expect(doc.todo.length).toBeGreaterThan(0);
    expect(doc.blocks.some((b) => b.kind === "attachment" && b.id === "todo")).toBe(true);
  });

  it("passes the text check (no cut-off sentence, no blank)", () => {
    const result = check({});
    const doc = compose({});
    const text = doc.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "heading" ? [b.text] : []));
    expect(checkText(text.join("\n"), { model: result.model }).findings).toEqual([]);
  });
});

describe("a level-1 group with nothing scored", () => {
  it("counts it 0 in the 一级 table, each of its items 未评分 in the scorecard with where to fill it", () => {
    const d = balancedDepartment();
    delete d.targets;
    delete d.selfScores;
    const doc = compose(d);
    const rows = scoreTable(doc);
    expect(rows.find((r) => r[0] === "产出")!.slice(1)).toEqual(["20", "0.00"]);
    const card = doc.blocks.find((b) => b.kind === "table" && b.id === "scorecard");
    if (card?.kind !== "table") throw new Error("no scorecard");
    const outputs = card.rows.filter((r) =>
      ["实际完成率", "完成及时率", "质量达标率", "重点工作办结率"].includes(r[2]),
    );
    expect(outputs.map((r) => r[5])).toEqual(["未评分", "未评分", "未评分", "未评分"]);
    expect(doc.todo.some((t) => t.where.includes("自评打分"))).toBe(true);
    expect(paragraphs(doc.blocks).some((p) => p.text.includes("行政效能、效益未能评价"))).toBe(true);
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
    expect(texts[0]).toContain("按照预算绩效管理的要求，对2022年度部门整体支出的管理和使用情况开展了绩效自评");
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

describe("the 待补充清单 of a workbook with only its accounts", () => {
  it("asks for each missing sheet once, naming the sheet and what it would let the report evaluate", () => {
    const d = balancedDepartment();
    delete d.threePublic;
    delete d.targets;
    const todo = compose(d).todo;
    expect(todo).toContainEqual({
      what: "按模板新增并填写“三公经费”工作表，以评价：“三公经费”变动率、“三公经费”控制率",
      where: "三公经费（新增工作表）",
    });
    expect(todo.filter((t) => t.where.startsWith("三公经费"))).toHaveLength(1);
    for (const t of todo) expect(t.what).not.toContain("无法计算");
  });
});
