import type { Finding, Severity } from "../findings";
import type { Localized } from "../i18n";
import { ruleMeta } from "../rules/catalogue";

/** Where a text finding is: paragraph (1-based), character offset in it, and the sentence. */
export interface TextWhere {
  paragraph: number;
  offset: number;
  quote: string;
}

/** A finding of the text check: positioned in the text; `cells` only when the workbook is involved. */
export interface TextFinding extends Omit<Finding, "cells"> {
  where: TextWhere;
  cells?: string[];
}

export interface FindingDetails {
  severity?: Severity;
  cells?: string[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  suggestion?: Localized;
}

/** A finding with the catalogue's severity unless the check chose another (尾差 → info). */
export function textFinding(
  rule: string,
  where: TextWhere,
  message: Localized,
  fingerprint: string,
  details: FindingDetails = {},
): TextFinding {
  const { severity, ...rest } = details;
  const finding: TextFinding = { rule, severity: severity ?? ruleMeta(rule).severity, message, where, fingerprint };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) Object.assign(finding, { [k]: v });
  return finding;
}
