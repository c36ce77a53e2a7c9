import { verdictOf } from "../core/check";
import type { Finding } from "../core/findings";
import type { CheckResult } from "../core/result";
import { TEMPLATE } from "../core/template";

/**
 * The one-line verdict of a check (可以提交 / 需修改 …). It never says ready while required
 * data is missing or most of the score could not be given: then it says what is missing.
 */
export type Verdict =
  | { kind: "fix"; error: number; warning: number }
  /** Formulas without a calculated value (DATA-NOCACHE): the figures could not be read. */
  | { kind: "uncalculated"; count: number }
  | { kind: "missing"; sheets: string[] }
  | { kind: "unscored"; points: string; unscored: string }
  | { kind: "explain"; warning: number }
  | { kind: "ready" };

/** Warnings not yet marked 已说明. */
export function openWarnings(findings: readonly Finding[], explained: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => f.severity === "warning" && !explained.has(f.fingerprint));
}

export function verdict(result: CheckResult, explained: ReadonlySet<string> = new Set()): Verdict {
  const error = result.findings.filter((f) => f.severity === "error").length;
  const warning = openWarnings(result.findings, explained).length;
  if (error > 0) return { kind: "fix", error, warning };
  const { uncalculated } = verdictOf(result.findings);
  if (uncalculated > 0) return { kind: "uncalculated", count: uncalculated };
  const missing = TEMPLATE.filter((def) => def.required && !result.model.sheets[def.key]).map((def) => def.key);
  if (missing.length > 0) return { kind: "missing", sheets: missing };
  const score = result.score;
  if (score) {
    const unscored = score.maxPoints.minus(score.scoredPoints);
    if (unscored.times(2).greaterThan(score.maxPoints)) {
      return { kind: "unscored", points: score.maxPoints.toFixed(), unscored: unscored.toFixed() };
    }
  }
  return warning > 0 ? { kind: "explain", warning } : { kind: "ready" };
}
