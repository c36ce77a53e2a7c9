import { verdictOf } from "../core/check";
import { countBySeverity, findingToJson, sortFindings, type Finding, type FindingJson } from "../core/findings";
import type { Lang } from "../core/i18n";
import type { AmountUnit } from "../core/model";
import type { CheckResult } from "../core/result";
import { indicatorToJson, scoreToJson, type IndicatorJson } from "../core/scoring";
import type { TextCheckResult, TextFinding, TextWhere } from "../core/text";

/** The `--json` output of `check`: exactly the shape of cli.md, stable for other tools. */

/** An indicator as cli.md shows it: the core's shape without its internal id. */
export type CheckIndicatorJson = Omit<IndicatorJson, "id">;

export interface CheckJson {
  tool: string;
  version: string;
  input: string;
  unit: AmountUnit;
  summary: { error: number; warning: number; info: number; readyToSubmit: boolean };
  /** A warning marked 已说明 in the task pane carries the department's reason (after cli.md's keys). */
  findings: (FindingJson & { explained?: { reason: string; date: string } })[];
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
    summary: { ...counts, readyToSubmit: verdictOf(result.findings).ready },
    findings: sortFindings(result.findings).map((f) => {
      const explained = result.explanations?.get(f.fingerprint);
      return explained
        ? { ...findingToJson(f, lang), explained: { reason: explained.reason, date: explained.date } }
        : findingToJson(f, lang);
    }),
    indicators,
    ...(score && {
      score: { total: score.total, scoredPoints: score.scoredPoints, grade: score.grade, missing: score.missing },
    }),
    skipped: result.skipped.map((s) => ({ rule: s.rule, reason: s.reason[lang] })),
  };
}

/** A finding of `check-text --json`: check's finding with `cells` replaced by `where` (cli.md). */
export type TextFindingJson = Omit<FindingJson, "cells"> & { where: TextWhere };

export interface TextCheckJson {
  tool: string;
  version: string;
  input: string;
  summary: CheckJson["summary"];
  findings: TextFindingJson[];
  skipped: CheckJson["skipped"];
}

/** A text finding as the Finding it extends, for the helpers of core/findings. */
export function asFinding(f: TextFinding): Finding {
  return { ...f, cells: f.cells ?? [] };
}

/** check's finding JSON with `cells` replaced, in place, by `where`. */
function textFindingToJson(f: TextFinding, lang: Lang): TextFindingJson {
  const entries = Object.entries(findingToJson(asFinding(f), lang));
  return Object.fromEntries(
    entries.map(([key, value]) => (key === "cells" ? ["where", { ...f.where }] : [key, value])),
  ) as TextFindingJson;
}

export function textCheckToJson(
  result: TextCheckResult,
  tool: { name: string; version: string },
  input: string,
  lang: Lang,
): TextCheckJson {
  const counts = countBySeverity(result.findings.map(asFinding));
  return {
    tool: tool.name,
    version: tool.version,
    input,
    summary: { ...counts, readyToSubmit: counts.error === 0 },
    findings: result.findings.map((f) => textFindingToJson(f, lang)),
    skipped: result.skipped.map((s) => ({ rule: s.rule, reason: s.reason[lang] })),
  };
}
