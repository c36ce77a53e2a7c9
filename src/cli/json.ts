import { countBySeverity, findingToJson, sortFindings, type FindingJson } from "../core/findings";
import type { Lang } from "../core/i18n";
import type { AmountUnit } from "../core/model";
import type { CheckResult, IndicatorInput } from "../core/result";
import { indicatorToJson, scoreToJson } from "../core/scoring";

/** The `--json` output of `check`: exactly the shape of cli.md, stable for other tools. */

export interface CheckIndicatorJson {
  name: string;
  /** Two decimals, `"95.10"`; null when it cannot be computed (then `reason`). */
  value: string | null;
  unit: "%";
  formula: string;
  inputs: IndicatorInput[];
  reason?: string;
  /** With a score: the profile item's score (null when not scored) and its points. */
  score?: string | null;
  points?: string;
}

export interface CheckJson {
  tool: string;
  version: string;
  input: string;
  unit: AmountUnit;
  summary: { error: number; warning: number; info: number; readyToSubmit: boolean };
  findings: FindingJson[];
  indicators: CheckIndicatorJson[];
  score?: { total: string; scoredPoints: string; grade: string | null; missing: { name: string; reason: string }[] };
  skipped: { rule: string; reason: string }[];
}

export function checkToJson(
  result: CheckResult,
  tool: { name: string; version: string },
  input: string,
  lang: Lang,
): CheckJson {
  const counts = countBySeverity(result.findings);
  const indicators = result.indicators.map((i): CheckIndicatorJson => {
    // cli.md's indicator has no id; the rest is the scoring module's conversion.
    const { name, value, unit, formula, inputs, reason, score, points } = indicatorToJson(i, result.score, lang);
    return {
      name,
      value,
      unit,
      formula,
      inputs,
      ...(reason !== undefined && { reason }),
      ...(score !== undefined && { score, points }),
    };
  });
  const score = result.score && scoreToJson(result.score, lang);
  return {
    tool: tool.name,
    version: tool.version,
    input,
    unit: result.unit,
    summary: { ...counts, readyToSubmit: counts.error === 0 },
    findings: sortFindings(result.findings).map((f) => findingToJson(f, lang)),
    indicators,
    ...(score && {
      score: { total: score.total, scoredPoints: score.scoredPoints, grade: score.grade, missing: score.missing },
    }),
    skipped: result.skipped.map((s) => ({ rule: s.rule, reason: s.reason[lang] })),
  };
}
