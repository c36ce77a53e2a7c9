import type { Localized } from "../i18n";
import type { Thresholds } from "../settings";

/**
 * Evaluation specs: what a catalogue entry asks the engine to compute, as plain data. Each
 * `kind` has one evaluator; a new balance rule is a new entry, not new code.
 */

/** A column, or alternatives tried in order (the first one filled wins). */
export type ColumnChoice = string | readonly string[];

/** Lists with one row per subject, project or unit, and an optional 合计 row. */
export type ListKey = "expenditure" | "projects" | "staffing";

/** Tables with fixed row labels. */
export type TableKey = "summary" | "threePublic";

/** "each": every amount column of the table that the sheet has. */
export type ColumnSelection = "each" | readonly string[];

/** In a fixed-row table, per column: total row = Σ part rows. */
export interface SumSpec {
  kind: "sum";
  table: TableKey;
  total: string;
  parts: readonly string[];
  columns: ColumnSelection;
  suggestion?: Localized;
}

/** In each row of a list: total column = Σ part columns − Σ minus columns. */
export interface RowSumSpec {
  kind: "rowSum";
  list: ListKey;
  total: ColumnChoice;
  parts: readonly ColumnChoice[];
  minus?: readonly ColumnChoice[];
  /** Every operand must be filled: a blank one is not counted as 0. */
  requireAll?: boolean;
  /** Also check the list's 合计 row. */
  includeTotalRow?: boolean;
  suggestion?: Localized;
}

/** A list's 合计 row = Σ its rows (only the top-level subjects of a subject tree), per column. */
export interface ListTotalSpec {
  kind: "listTotal";
  list: ListKey;
  columns: ColumnSelection;
  topLevelOnly?: boolean;
  suggestion?: Localized;
}

/** Subject tree: a parent = Σ its children of the next level (类 → 款 → 项), per column. */
export interface TreeSpec {
  kind: "tree";
  list: "expenditure";
  /** Code lengths of the levels, top first. */
  levels: readonly number[];
  suggestion?: Localized;
}

/** One figure of the workbook, wherever it sits. */
export type FigureRef =
  /** A 收支总表 figure; when it is blank, Σ of the rows `orSumOf` (基本支出 as 人员经费 + 公用经费). */
  | { from: "summary"; row: string; column: string; orSumOf?: readonly string[] }
  | { from: "threePublic"; row: string; column: string }
  /** The 合计 row of a list. */
  | { from: "listTotal"; list: ListKey; column: string }
  /** Σ over the rows of a list. */
  | { from: "listSum"; list: ListKey; column: string };

/** Figures of two sheets that must agree (`=`) or be ordered (`<=`). */
export interface CrossSpec {
  kind: "cross";
  relation: "=" | "<=";
  pairs: readonly CrossPair[];
  suggestion?: Localized;
}

export interface CrossPair {
  left: FigureRef;
  right: FigureRef;
  /**
   * When the left list lacks its column: `true`, the pair does not apply (another pair
   * covers the figure); otherwise the check is listed as skipped.
   */
  onlyWithColumn?: boolean;
  /** The pair does not apply when the left list has this column instead (基本支出 for its parts). */
  unlessColumn?: string;
}

/** Σ projects by 类 (first digits of 科目编码) = the 支出明细 figure of that 类. */
export interface ClassSumSpec {
  kind: "classSum";
  projectColumn: string;
  detailColumn: string;
  classDigits: number;
  suggestion?: Localized;
}

/** 科目编码 against the 类 table (class-table.ts). */
export interface CodeNameSpec {
  kind: "codeName";
  classDigits: number;
  suggestion?: Localized;
}

export type NumericThreshold = { [K in keyof Thresholds]: Thresholds[K] extends number ? K : never }[keyof Thresholds];

/** `<`: fires below the threshold; `>`: fires above it. */
export type Relation = "<" | ">";

/** A department-level indicator (from computeIndicators) against a threshold. */
export interface IndicatorSpec {
  kind: "indicator";
  indicator: string;
  relation: Relation;
  threshold: NumericThreshold;
  /** The sheet named in the fingerprint. */
  sheet: string;
}

/** Per row of a list: numerator / denominator × 100 against a threshold. */
export interface RowRatioSpec {
  kind: "rowRatio";
  list: "projects" | "staffing";
  numerator: ColumnChoice;
  denominator: ColumnChoice;
  relation: Relation;
  threshold: NumericThreshold;
  name: Localized;
}

/** Per row of a fixed-row table: fires when the left column exceeds the right one. */
export interface RowExceedsSpec {
  kind: "rowExceeds";
  table: TableKey;
  /** "all": every row label of the template sheet. */
  rows: "all" | readonly string[];
  left: string;
  right: string;
  suggestion?: Localized;
}

/** IND-CARRY: closing balance > 0 and (rate above threshold, or closing > opening). */
export interface CarryoverSpec {
  kind: "carryover";
  indicator: string;
  threshold: NumericThreshold;
  closing: string;
  /** Absent or blank counts as 0. */
  opening: string;
  column: string;
}

/** IND-LATE: a project released on or after `{year}-{threshold}` with a balance left. */
export interface LateReleaseSpec {
  kind: "lateRelease";
  threshold: "lateReleaseFrom";
  balance: ColumnChoice;
}

/** IND-TARGET: 实际值 short of 目标值 (above it where smaller is better, per indicators.md). */
export interface TargetSpec {
  kind: "targets";
}

export type CheckSpec =
  | SumSpec
  | RowSumSpec
  | ListTotalSpec
  | TreeSpec
  | CrossSpec
  | ClassSumSpec
  | CodeNameSpec
  | IndicatorSpec
  | RowRatioSpec
  | RowExceedsSpec
  | CarryoverSpec
  | LateReleaseSpec
  | TargetSpec;

export type CheckKind = CheckSpec["kind"];
