import { text } from "../i18n";
import type { CheckResult } from "../result";
import { paragraph } from "./builder";
import { createContext, unitName, type ComposeOptions, type ReportContext } from "./context";
import type { ReportBlock, ReportDocument } from "./document";
import { fig, sectionNumber } from "./format";
import { basicSection } from "./sections/basic";
import { performanceSection } from "./sections/performance";
import { collectProblems, measuresSection, problemsSection } from "./sections/problems";
import { spendingSection } from "./sections/spending";
import { summaryFor } from "./summary";

/**
 * The composer: a check result in, the 《部门整体支出绩效评价报告》 out, as blocks that keep
 * the cells behind every figure. Pure and deterministic: no dates, no randomness, no I/O.
 */

/** The subject when 单位名称 is blank: nothing in Chinese (`…效益，对2022年度…` reads well). */
const UNNAMED = text("", "the department");

const T = {
  title: text(
    "{name}{year}年度部门整体支出绩效评价报告",
    "{name}: Performance Evaluation of Department-wide Expenditure, {year}",
  ),
  titleNoYear: text("{name}部门整体支出绩效评价报告", "{name}: Performance Evaluation of Department-wide Expenditure"),
  opening: text(
    "为加强财政预算资金管理，进一步规范预算资金使用，提高财政资金使用效益，{name}对{year}年度部门整体支出开展了绩效自评，形成本绩效评价报告。",
    "To strengthen the management of budget funds, regulate their use and make public money work harder, {name} has evaluated its department-wide expenditure for {year}; this report sets out the results.",
  ),
  openingNoYear: text(
    "为加强财政预算资金管理，进一步规范预算资金使用，提高财政资金使用效益，{name}对本年度部门整体支出开展了绩效自评，形成本绩效评价报告。",
    "To strengthen the management of budget funds, regulate their use and make public money work harder, {name} has evaluated its department-wide expenditure for the year; this report sets out the results.",
  ),
  /** A section the workbook has no data for: said once, rather than a bare heading. */
  noData: text("工作簿中没有本部分所需的数据，本部分从略。", "The workbook holds no data for this section."),
  sections: [
    text("基本情况", "Basic information"),
    text("部门整体支出情况", "Department-wide expenditure"),
    text("部门整体支出绩效情况", "Performance of department-wide expenditure"),
    text("存在的问题", "Problems"),
    text("改进措施和建议", "Measures and recommendations"),
  ],
};

function titleText(ctx: ReportContext): string {
  const { name, year } = ctx.model.info;
  const params = { name: name?.value ?? "", year: year ? String(year.value) : "" };
  const template = ctx.t(year ? T.title : T.titleNoYear);
  // "{name}: Performance …" without a name would open with a bare colon.
  const unnamed = params.name.trim() === "" ? template.replace(/^\{name\}:\s*/, "") : template;
  return unnamed.replace(/\{(\w+)\}/g, (_, k: "name" | "year") => params[k]);
}

function opening(ctx: ReportContext): ReportBlock {
  const { year } = ctx.model.info;
  const name = unitName(ctx, UNNAMED);
  if (!year) return paragraph(ctx.s(T.openingNoYear, { name }));
  return paragraph(ctx.s(T.opening, { name, year: fig(String(year.value), [year.cell]) }));
}

export function composeReport(result: CheckResult, options: ComposeOptions = {}): ReportDocument {
  const ctx = createContext(result, options);
  const problems = collectProblems(ctx);
  const bodies = [
    basicSection(ctx),
    spendingSection(ctx),
    performanceSection(ctx),
    problemsSection(ctx, problems),
    measuresSection(ctx, problems),
  ];
  const title = titleText(ctx);
  const blocks: ReportBlock[] = [{ kind: "title", text: title }, opening(ctx)];
  bodies.forEach((body, i) => {
    blocks.push(
      { kind: "heading", level: 1, text: `${sectionNumber(i + 1, ctx.lang)}${ctx.t(T.sections[i])}` },
      ...(body.length > 0 ? body : [paragraph(ctx.s(T.noData))]),
    );
  });
  return {
    lang: ctx.lang,
    title,
    unitName: ctx.model.info.name?.value ?? "",
    ...(ctx.model.info.year && { year: ctx.model.info.year.value }),
    blocks,
    summary: summaryFor(ctx, problems),
  };
}

export type { ComposeOptions };
