import { countBySeverity, sortFindings, type Finding } from "./findings";
import { computeIndicators } from "./indicators";
import type { DepartmentModel } from "./model";
import { readWorkbook } from "./reader";
import type { CheckResult, IndicatorResult } from "./result";
import { runRules } from "./rules/engine";
import { scoreIndicators } from "./scoring";
import { DEFAULT_SETTINGS, type CheckSettings } from "./settings";
import { checkNarrativeSheets } from "./text/sheets";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * The one entry point the task pane, the command line and the tests share:
 * snapshot → read → rules → indicators → score, and the text check over the workbook's own
 * narrative sheets (报告素材, 报告草稿).
 */

/** Checks a model already read (tests, or a host that built it itself). */
export function checkModel(
  model: DepartmentModel,
  settings: CheckSettings = DEFAULT_SETTINGS,
  indicators: IndicatorResult[] = computeIndicators(model),
): CheckResult {
  const rules = runRules(model, settings, indicators);
  const texts = checkNarrativeSheets(model, settings.tolerance);
  return {
    unit: model.unit,
    model,
    findings: sortFindings([...rules.findings, ...texts.findings]),
    skipped: [...rules.skipped, ...texts.skipped],
    compared: rules.compared,
    indicators,
    score: scoreIndicators(model, indicators),
  };
}

/** Reads the workbook and checks it: reader findings first, then the rules, errors → warnings → info. */
export function checkWorkbook(snapshot: WorkbookSnapshot, settings: CheckSettings = DEFAULT_SETTINGS): CheckResult {
  const read = readWorkbook(snapshot);
  const checked = checkModel(read.model, settings);
  return {
    ...checked,
    findings: sortFindings([...read.findings, ...checked.findings]),
    skipped: [...read.skipped, ...checked.skipped],
  };
}

/**
 * Whether the workbook can be submitted: no error, and every figure read. A formula never
 * calculated (DATA-NOCACHE, typical of a file written by a program and never opened in Excel)
 * hides its figure, so the checks that need it did not run: such a workbook is not ready
 * however few errors it shows.
 */
export interface Verdict {
  ready: boolean;
  errors: number;
  /** Formula cells whose value could not be read. */
  uncalculated: number;
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  const errors = countBySeverity(findings).error;
  const uncalculated = findings.filter((f) => f.rule === "DATA-NOCACHE").length;
  return { ready: errors === 0 && uncalculated === 0, errors, uncalculated };
}
