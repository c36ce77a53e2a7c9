import type { Localized, Lang } from "./i18n";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * One result of a check. Errors are data (code, message, positions), one shape that the task
 * pane, the command line and the report all read.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Specific: names the labels and the numbers. */
  message: Localized;
  /** `sheet!A1` addresses it concerns; both sides of a cross-sheet check. */
  cells: string[];
  /** For arithmetic checks, decimal strings in the workbook's unit. */
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  suggestion?: Localized;
  /**
   * Rule ID + labels (never addresses), so a 已说明 mark survives inserted rows:
   * `BAL-EXP|收支总表|本年支出合计|决算数`.
   */
  fingerprint: string;
}

/** A check that did not run, and why. Nothing passes silently for lack of data. */
export interface Skipped {
  rule: string;
  reason: Localized;
  cells?: string[];
}

/** The JSON shape of cli.md: one language chosen. */
export interface FindingJson {
  rule: string;
  severity: Severity;
  message: string;
  cells: string[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  suggestion?: string;
  fingerprint: string;
}

export function findingToJson(f: Finding, lang: Lang): FindingJson {
  // Key order follows cli.md; optional fields only when present.
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message[lang],
    cells: [...f.cells],
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(f.actual !== undefined && { actual: f.actual }),
    ...(f.difference !== undefined && { difference: f.difference }),
    ...(f.tolerance !== undefined && { tolerance: f.tolerance }),
    ...(f.suggestion && { suggestion: f.suggestion[lang] }),
    fingerprint: f.fingerprint,
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
