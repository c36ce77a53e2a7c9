import { checkWorkbook } from "../../../src/core/check";
import type { Lang } from "../../../src/core/i18n";
import { composeReport, type ReportBlock, type ReportDocument } from "../../../src/core/report";
import type { CheckResult } from "../../../src/core/result";
import { templateSnapshot, type TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";

/** Report tests build the workbook from the template, check it, and compose. */

export type Paragraph = Extract<ReportBlock, { kind: "paragraph" }>;

export function check(data: TemplateData = balancedDepartment()): CheckResult {
  return checkWorkbook(templateSnapshot(data));
}

export function compose(
  data: TemplateData = balancedDepartment(),
  options: { lang?: Lang; explained?: Record<string, string> } = {},
): ReportDocument {
  return composeReport(check(data), options);
}

export function paragraphs(blocks: ReportBlock[]): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === "paragraph");
}

/** The blocks of section `n` (1-based), between its `一、` heading and the next. */
export function section(doc: ReportDocument, n: number): ReportBlock[] {
  const starts = doc.blocks.flatMap((b, i) => (b.kind === "heading" && b.level === 1 ? [i] : []));
  return doc.blocks.slice(starts[n - 1] + 1, starts[n] ?? doc.blocks.length);
}

/** The blocks under a `（一）` heading whose text contains `title`, up to the next heading of level ≤ 2. */
export function subsection(doc: ReportDocument, title: string): ReportBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.level === 2 && b.text.includes(title));
  if (start < 0) return [];
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === "heading" && b.level <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

export function paragraphWith(blocks: ReportBlock[], needle: string): Paragraph {
  const found = paragraphs(blocks).find((p) => p.text.includes(needle));
  if (!found)
    throw new Error(
      `no paragraph contains ${needle}:\n${paragraphs(blocks)
        .map((p) => p.text)
        .join("\n")}`,
    );
  return found;
}

export function figure(p: Paragraph, textValue: string): string[] {
  const f = p.figures.find((x) => x.text === textValue);
  if (!f) throw new Error(`no figure ${textValue} in: ${p.text} (${p.figures.map((x) => x.text).join(" | ")})`);
  return f.cells;
}

/** Every amount of a 万元 fixture × 10000, with 金额单位 元: the same department in 元. */
export function inYuan(data: TemplateData): TemplateData {
  const times = (v: unknown): unknown => (typeof v === "number" ? Math.round(v * 1000000) / 100 : v);
  const amounts = (row: Record<string, unknown> | undefined, keep: string[] = []): Record<string, unknown> =>
    Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, keep.includes(k) ? v : times(v)]));
  const byLabel = (t: Record<string, Record<string, unknown>> | undefined) =>
    Object.fromEntries(Object.entries(t ?? {}).map(([k, v]) => [k, amounts(v)]));
  return {
    ...data,
    info: { ...data.info, 金额单位: "元" },
    summary: byLabel(data.summary as Record<string, Record<string, unknown>>) as TemplateData["summary"],
    threePublic: byLabel(data.threePublic as Record<string, Record<string, unknown>>) as TemplateData["threePublic"],
    expenditure: data.expenditure && {
      rows: data.expenditure.rows.map((r) => amounts(r, ["科目编码", "科目名称"])) as never,
      total: amounts(data.expenditure.total) as never,
    },
    projects: data.projects && {
      rows: data.projects.rows.map((r) =>
        amounts(r, ["项目名称", "科目编码", "指标下达日期", "是否重点项目"]),
      ) as never,
      total: amounts(data.projects.total) as never,
    },
    other: amounts(data.other) as never,
  };
}

/**
 * The balanced department with 35.20 万元 left at year end (more than the 30.00 brought
 * forward: IND-CARRY) and its 5G project's indicator released on 2022-11-15 with 3.00 万元
 * unspent (IND-LATE). Income is raised by 11.49 so every table still balances.
 */
export function lateAndCarry(): TemplateData {
  const d = balancedDepartment();
  d.summary = {
    ...d.summary,
    其他收入: { 决算数: 101.49, 上年决算数: 80.0 },
    本年收入合计: { 决算数: 1201.49, 上年决算数: 1140.0 },
    收入总计: { 决算数: 1231.49 },
    年末结转和结余: { 决算数: 35.2 },
    支出总计: { 决算数: 1231.49 },
  };
  d.projects!.rows[3] = { ...d.projects!.rows[3], 指标下达日期: "2022-11-15" };
  return d;
}
