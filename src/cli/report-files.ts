import type { Lang } from "../core/i18n";
import { composeReport, type ReportDocument } from "../core/report";
import type { CheckResult } from "../core/result";
import { addReportSheet } from "../hosts/file/report-workbook";
import { chartPng } from "../render/charts/png";
import { renderDocx } from "../render/docx";
import { layoutReportSheet, uniqueSheetName, type SheetPlan } from "../render/layout";

/**
 * The report of `check --report/--docx`, composed once: the document, its sheet plan and the
 * chart images both outputs share. Pure apart from the rendering; the command writes the files.
 */

export interface ReportOutputs {
  doc: ReportDocument;
  plan: SheetPlan;
  /** PNG by chart id, at the plan's anchor size, drawn at twice the pixels for sharpness. */
  charts: Map<string, Uint8Array>;
}

/** `today` dates the 落款 (YYYY-MM-DD). */
export function prepareReport(
  result: CheckResult,
  sheetNames: string[],
  lang: Lang,
  today: string = new Date().toISOString().slice(0, 10),
): ReportOutputs {
  const doc = composeReport(result, { lang, date: today });
  const plan = layoutReportSheet(doc, { sheetName: uniqueSheetName(sheetNames), lang });
  const charts = new Map<string, Uint8Array>();
  for (const { spec, anchor } of plan.charts) {
    charts.set(spec.id, chartPng(spec, { width: anchor.widthPx, height: anchor.heightPx, scale: 2, lang }));
  }
  return { doc, plan, charts };
}

/** The input workbook's bytes with the report sheet added (a copy: the input is not touched). */
export function reportWorkbook(input: Uint8Array, report: ReportOutputs): Promise<Uint8Array> {
  return addReportSheet(input, report.plan, report.charts);
}

export function reportDocx(report: ReportOutputs, date: Date): Promise<Uint8Array> {
  return renderDocx(report.doc, report.charts, { date });
}
