import type { Finding, Skipped } from "./findings";
import type { Localized } from "./i18n";
import type { Decimal } from "./money";
import type { AmountUnit, DepartmentModel } from "./model";

export interface IndicatorInput {
  label: string;
  /** Decimal string in the workbook unit (or a count). */
  value: string;
  cell: string;
}

/** One common performance indicator (共性指标), computed from the workbook. */
export interface IndicatorResult {
  /** Stable English id: `staffControlRate`, `executionRate` … */
  id: string;
  /** Chinese name as in indicators.md: 在职人员控制率. */
  name: string;
  /** Readable formula: 实有人数 / 编制数 × 100%. */
  formula: string;
  /** Percentage (95.1 means 95.10%); undefined when it cannot be computed. */
  value?: Decimal;
  unit: "%";
  inputs: IndicatorInput[];
  /** Why it is 无法计算, when value is undefined. */
  reason?: Localized;
}

export interface ScoredItem {
  /** 三级 indicator name from the profile. */
  name: string;
  level1: string;
  level2: string;
  points: Decimal;
  /** Undefined when not scored (then `reason`). */
  score?: Decimal;
  reason?: Localized;
  /** Indicator id or `Q` (qualitative, from 自评打分). */
  source: string;
}

export interface ScoreResult {
  profile: string;
  items: ScoredItem[];
  byLevel1: { name: string; points: Decimal; score: Decimal; scoredPoints: Decimal }[];
  /** Sum of scores of the scored items (unrounded). */
  total: Decimal;
  /** Sum of points of the scored items. */
  scoredPoints: Decimal;
  maxPoints: Decimal;
  /** 优/良/中/差, only when every item is scored. */
  grade?: "优" | "良" | "中" | "差";
  missing: { name: string; reason: Localized }[];
}

export interface CheckResult {
  unit: AmountUnit;
  model: DepartmentModel;
  findings: Finding[];
  skipped: Skipped[];
  /** Rules that compared figures at least once (a rule with no finding and not here did not run). */
  compared: string[];
  indicators: IndicatorResult[];
  score?: ScoreResult;
  /** 已说明 reasons kept in the workbook, by the fingerprint of the finding they explain. */
  explanations?: ReadonlyMap<string, { reason: string; date: string }>;
}
