import { text } from "../i18n";
import type { CheckResult } from "../result";
import { paragraph } from "./builder";
import { projectsTable, targetsTable } from "./attachments";
import { createContext, unitName, type ComposeOptions, type ReportContext } from "./context";
import type { ReportBlock, ReportDocument } from "./document";
import { dateText, fig, sectionNumber } from "./format";
import { materialParts } from "./materials";
import { RESULT_USES } from "./measures";
import { numberedItems } from "./outline";
import { scorecard, scorecardTable } from "./scorecard";
import { basicSection } from "./sections/basic";
import { performanceSection } from "./sections/performance";
import { collectProblems, measuresSection, problemsSection } from "./sections/problems";
import { spendingSection } from "./sections/spending";
import { summaryFor } from "./summary";
import { compactCells, figureSources, todoItems } from "./todo";

/**
 * The composer: a check result in, the 《部门整体支出绩效评价报告》 out, as blocks that keep
 * the cells behind every figure. Pure and deterministic: no clock, no randomness, no I/O (the
 * 落款 date comes in as an option).
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
    "按照预算绩效管理的要求，{name}对{year}年度部门整体支出的管理和使用情况开展了绩效自评，现将自评结果报告如下。",
    "As performance budgeting requires, {name} has evaluated how its department-wide expenditure for {year} was managed and used; this report sets out the results.",
  ),
  openingNoYear: text(
    "按照预算绩效管理的要求，{name}对本年度部门整体支出的管理和使用情况开展了绩效自评，现将自评结果报告如下。",
    "As performance budgeting requires, {name} has evaluated how its department-wide expenditure for the year was managed and used; this report sets out the results.",
  ),
  sections: [
    text("基本情况", "Basic information"),
    text("部门整体支出情况", "Department-wide expenditure"),
    text("绩效情况及自评结果", "Performance and self-evaluation result"),
    text("存在的问题及原因", "Problems and their causes"),
    text("改进措施和建议", "Measures and recommendations"),
    text("评价结果应用", "Use of the evaluation result"),
    text("其他需要说明的情况", "Other matters"),
  ],
  attachment: text("附件{n}：{title}", "Attachment {n}: {title}"),
  scorecard: text("部门整体支出绩效自评评分表", "Self-evaluation scorecard"),
  targets: text("绩效目标完成情况表", "Performance targets"),
  projects: text("项目支出情况表（单位：万元）", "Project expenditure (unit: RMB 10,000)"),
  sources: text("数据来源", "Data sources"),
  todo: text("待补充清单", "Data to add"),
  sourceHeader: [
    text("序号", "No."),
    text("数据", "Figure"),
    text("内容", "What"),
    text("来源单元格", "Cells"),
    text("计算方法", "How computed"),
  ],
  todoHeader: [text("序号", "No."), text("需补充的内容", "What to add"), text("填写位置", "Where")],
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

function resultUses(ctx: ReportContext): ReportBlock[] {
  if (!ctx.result.score || ctx.result.score.scoredPoints.isZero()) return [];
  return numberedItems(
    ctx,
    RESULT_USES.map((u) => ({ pieces: [ctx.t(u)] })),
  );
}

function otherMatters(ctx: ReportContext): ReportBlock[] {
  const parts = materialParts(ctx, "其他");
  return [...parts.opening, ...parts.items(1)];
}

function signature(ctx: ReportContext): ReportBlock {
  const name = ctx.model.info.name?.value.trim() ?? "";
  const date = ctx.options.date ? dateText(ctx.options.date, ctx.lang) : "";
  return { kind: "signature", lines: [name, date].filter((l) => l !== "") };
}

function attachments(
  ctx: ReportContext,
  body: ReportBlock[],
): { blocks: ReportBlock[]; doc: Pick<ReportDocument, "todo" | "figureSources"> } {
  const list: {
    id: Extract<ReportBlock, { kind: "attachment" }>["id"];
    title: typeof T.todo;
    table: Extract<ReportBlock, { kind: "table" }>;
  }[] = [];
  const score = ctx.result.score;
  if (score && !score.scoredPoints.isZero())
    list.push({ id: "scorecard", title: T.scorecard, table: scorecardTable(ctx, scorecard(ctx, score)) });
  const targets = targetsTable(ctx);
  if (targets) list.push({ id: "targets", title: T.targets, table: targets });
  const projects = projectsTable(ctx);
  if (projects) list.push({ id: "projects", title: T.projects, table: projects });
  const sources = figureSources(ctx, body);
  if (sources.length > 0) {
    list.push({
      id: "sources",
      title: T.sources,
      table: {
        kind: "table",
        id: "sources",
        header: T.sourceHeader.map((h) => ctx.t(h)),
        rows: sources.map((s, i) => [String(i + 1), s.text, s.label, compactCells(s.cells), s.formula ?? ""]),
        numericColumns: [],
        sources: [],
        widths: [4, 18, 26, 28, 24],
      },
    });
  }
  const todo = todoItems(ctx);
  if (todo.length > 0 && !ctx.options.omitTodo) {
    list.push({
      id: "todo",
      title: T.todo,
      table: {
        kind: "table",
        id: "todo",
        header: T.todoHeader.map((h) => ctx.t(h)),
        rows: todo.map((t, i) => [String(i + 1), t.what, t.where]),
        numericColumns: [],
        sources: [],
        widths: [6, 64, 30],
      },
    });
  }
  const blocks = list.flatMap((a, i) => [
    {
      kind: "attachment",
      id: a.id,
      text: ctx
        .t(T.attachment)
        .replace("{n}", String(i + 1))
        .replace("{title}", ctx.t(a.title)),
    } as ReportBlock,
    { ...a.table, caption: undefined },
  ]);
  return { blocks, doc: { todo, figureSources: sources } };
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
    resultUses(ctx),
    otherMatters(ctx),
  ];
  const title = titleText(ctx);
  const blocks: ReportBlock[] = [{ kind: "title", text: title }, opening(ctx)];
  let n = 0;
  bodies.forEach((body, i) => {
    if (body.length === 0) return;
    n += 1;
    blocks.push({ kind: "heading", level: 1, text: `${sectionNumber(n, ctx.lang)}${ctx.t(T.sections[i])}` }, ...body);
  });
  blocks.push(signature(ctx));
  const extra = attachments(ctx, blocks);
  return {
    lang: ctx.lang,
    title,
    unitName: ctx.model.info.name?.value ?? "",
    ...(ctx.model.info.year && { year: ctx.model.info.year.value }),
    blocks: [...blocks, ...extra.blocks],
    summary: summaryFor(ctx, problems),
    ...extra.doc,
  };
}

export type { ComposeOptions };
