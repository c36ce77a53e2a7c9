import { sortFindings } from "./findings";
import { computeIndicators } from "./indicators";
import type { DepartmentModel } from "./model";
import { readWorkbook } from "./reader";
import type { CheckResult, IndicatorResult } from "./result";
import { runRules } from "./rules/engine";
import { scoreIndicators } from "./scoring";
import { DEFAULT_SETTINGS, type CheckSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * The one entry point the task pane, the command line and the tests share:
 * snapshot → read → rules → indicators → score.
 */

/** Checks a model already read (tests, or a host that built it itself). */
export function checkModel(
  model: DepartmentModel,
  settings: CheckSettings = DEFAULT_SETTINGS,
  indicators: IndicatorResult[] = computeIndicators(model),
): CheckResult {
  const { findings, skipped } = runRules(model, settings, indicators);
  return {
    unit: model.unit,
    model,
    findings: sortFindings(findings),
    skipped,
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
