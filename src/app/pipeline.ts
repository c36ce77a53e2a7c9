import { checkWorkbook } from "../core/check";
import type { Lang } from "../core/i18n";
import { composeReport, type ReportDocument } from "../core/report";
import type { CheckResult } from "../core/result";
import { scoreIndicators, type Profile } from "../core/scoring";
import { DEFAULT_SETTINGS, type CheckSettings } from "../core/settings";
import type { WorkbookSnapshot } from "../core/snapshot";
import { layoutReportSheet, uniqueSheetName } from "../render/layout";
import type { SheetPlan } from "../render/sheet-plan";
import type { Host } from "./host";

/**
 * The one pipeline the task pane and the command line share: read (through a Host) → check →
 * compose the report → lay it out as a sheet. What gets written is a separate, explicit step
 * (outputs.ts), so a check never writes anything.
 */

export type RunStep = "read" | "check" | "report";

export interface CheckOptions {
  settings?: CheckSettings;
  /** A scoring profile other than the default one. */
  profile?: Profile;
}

/** How the report is composed, beyond the check: what the user chose, and the date. */
export interface ReportOptions {
  /** The scoring profile the score was computed with (its criteria, judgements and naming). */
  profile?: Profile;
  /** Fingerprint → reason of the warnings marked 已说明; by default the result's own. */
  explained?: Record<string, string>;
  /** 报告素材 with a text-check finding: held out and listed (default), or printed marked 【待核实】. */
  flaggedMaterial?: "hold" | "mark";
  /** Leave the 待补充清单 appendix out of the Word document. */
  omitTodo?: boolean;
  /** The 落款 date, `YYYY-MM-DD`; today by default. */
  today?: string;
}

export interface RunOptions extends CheckOptions {
  lang: Lang;
  /** The report's choices (the profile comes from the check options). */
  report?: Omit<ReportOptions, "profile">;
  /** Called as each step starts, so the pane can name it under its progress bar. */
  onStep?: (step: RunStep) => void;
}

/** The report composed once, and its sheet layout: every output (sheet, .docx, summary) reads these. */
export interface ReportOutputs {
  doc: ReportDocument;
  layout: SheetPlan;
}

export interface RunOutcome {
  snapshot: WorkbookSnapshot;
  result: CheckResult;
  report: ReportOutputs;
}

/** Checks a snapshot, scored with the given profile (or the default one). */
export function analyse(snapshot: WorkbookSnapshot, opts: CheckOptions = {}): CheckResult {
  const checked = checkWorkbook(snapshot, opts.settings ?? DEFAULT_SETTINGS);
  return opts.profile
    ? { ...checked, score: scoreIndicators(checked.model, checked.indicators, opts.profile) }
    : checked;
}

/** Today's date on this machine's clock, `YYYY-MM-DD`: the date the 落款 carries. */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The reasons a result carries for its warnings marked 已说明, as the composer takes them. */
function explainedOf(result: CheckResult): Record<string, string> {
  return Object.fromEntries([...(result.explanations ?? [])].map(([fingerprint, e]) => [fingerprint, e.reason]));
}

/** The report of a check, laid out for a new sheet whose name differs from every existing one. */
export function composeOutputs(
  result: CheckResult,
  sheetNames: string[],
  lang: Lang,
  options: ReportOptions = {},
): ReportOutputs {
  const doc = composeReport(result, {
    lang,
    date: options.today ?? localToday(),
    explained: options.explained ?? explainedOf(result),
    profile: options.profile,
    flaggedMaterial: options.flaggedMaterial,
    omitTodo: options.omitTodo,
  });
  return { doc, layout: layoutReportSheet(doc, { sheetName: uniqueSheetName(sheetNames), lang }) };
}

/** Lets the page paint the step just announced before the synchronous work starts. */
const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function run(host: Host, opts: RunOptions): Promise<RunOutcome> {
  opts.onStep?.("read");
  const snapshot = await host.readSnapshot();
  opts.onStep?.("check");
  await nextTick();
  const result = analyse(snapshot, opts);
  opts.onStep?.("report");
  await nextTick();
  const report = composeOutputs(
    result,
    snapshot.sheets.map((s) => s.name),
    opts.lang,
    { ...opts.report, profile: opts.profile },
  );
  return { snapshot, result, report };
}
