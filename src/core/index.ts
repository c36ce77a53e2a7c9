/**
 * The public API of the core: what hosts, the task pane, the command line and the renderers
 * import. Everything here is pure TypeScript (no Office, no file system).
 */

// Checking a workbook
export { checkModel, checkWorkbook } from "./check";
export { readWorkbook, type ReadResult } from "./reader";
export { runRules, type RuleRun } from "./rules/engine";
export { RULES, ruleMeta, type RuleFamily, type RuleMeta } from "./rules/catalogue";
export type { CheckSpec, CheckKind, FigureRef, ListKey, TableKey } from "./rules/spec";
export { SUBJECT_CLASSES_2024, normaliseSubjectName, subjectClassName } from "./rules/class-table";
export {
  checkText,
  splitParagraphs,
  type TextCheckOptions,
  type TextCheckResult,
  type TextFinding,
  type TextWhere,
} from "./text";

// Settings
export {
  DEFAULT_SETTINGS,
  DEFAULT_THRESHOLDS,
  settingsWith,
  toleranceFor,
  type CheckSettings,
  type Thresholds,
} from "./settings";

// Results
export {
  SEVERITIES,
  countBySeverity,
  findingToJson,
  sortFindings,
  type Finding,
  type FindingJson,
  type Severity,
  type Skipped,
} from "./findings";
export type { CheckResult, IndicatorInput, IndicatorResult, ScoredItem, ScoreResult } from "./result";
export { computeIndicators, formatIndicatorValue, INDICATORS, INDICATOR_IDS, type IndicatorId } from "./indicators";
export {
  DEFAULT_PROFILE,
  gradeText,
  indicatorToJson,
  loadProfile,
  scoreIndicators,
  scoreSummary,
  scoreToJson,
  type Grade,
  type Profile,
} from "./scoring";

// Language
export { LANGS, fill, fillLocalized, isLang, text, type Lang, type Localized } from "./i18n";

// Money
export { Decimal, decimalString, formatAmount, parseNumberText, percentage, sum, withinTolerance } from "./money";

// The workbook: snapshot, template, model
export {
  a1,
  cellRef,
  columnLetters,
  parseA1,
  sheetFromRows,
  type CellInput,
  type CellValue,
  type SnapshotCell,
  type SnapshotSheet,
  type WorkbookSnapshot,
} from "./snapshot";
export { TEMPLATE, sheetDef, type SheetDef } from "./template";
export { layoutTemplate, templateSnapshot, type LaidOutSheet, type TemplateData } from "./template-layout";
export { amountValue, type Amount, type AmountUnit, type DepartmentModel, type SheetKey } from "./model";
