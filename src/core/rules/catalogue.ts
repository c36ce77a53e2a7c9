import type { Severity } from "../findings";
import type { Localized } from "../i18n";
import { BALANCE_RULES } from "./entries/balance";
import { CROSS_SHEET_RULES } from "./entries/cross";
import { DATA_QUALITY_RULES } from "./entries/data-quality";
import { REASONABLENESS_RULES } from "./entries/reasonableness";
import { TEXT_RULES } from "./entries/text";
import type { CheckSpec } from "./spec";

/**
 * The check catalogue (审核规则) of rules.md as data: ID, family, severity, the formula a user
 * reads, and a title. The engine (engine.ts) interprets each entry's `checks`; the task
 * pane's 规则 tab lists these entries. The entries live by family in `entries/`; thresholds
 * referred to by `threshold` are settings (see settings.ts).
 */

export type RuleFamily = "数据质量" | "基本平衡" | "表间" | "核实性" | "文字";

export interface RuleMeta {
  id: string;
  family: RuleFamily;
  /** Default severity; a balance difference within tolerance is reported as info (尾差). */
  severity: Severity;
  /** Where a rule has two severities (DATA-YEAR: error for 年度, warning for dates). */
  otherSeverity?: Severity;
  title: Localized;
  formula: Localized;
  /** The sheet(s) whose presence the rule needs, canonical names. */
  sheets?: string[];
  /** The setting that holds its threshold, if any. */
  threshold?: string;
  /** What the engine evaluates (spec.ts); none for rules emitted by the reader or the text check. */
  checks?: readonly CheckSpec[];
}

/** Every rule, by family, in the order the task pane lists them and the engine runs them. */
export const RULES: readonly RuleMeta[] = [
  ...DATA_QUALITY_RULES,
  ...BALANCE_RULES,
  ...CROSS_SHEET_RULES,
  ...REASONABLENESS_RULES,
  ...TEXT_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
