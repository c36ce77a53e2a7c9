import { checkWorkbook } from "../../../src/core/check";
import type { Finding, Skipped } from "../../../src/core/findings";
import { Decimal } from "../../../src/core/money";
import type { CheckResult } from "../../../src/core/result";
import type { CheckSettings } from "../../../src/core/settings";
import { templateSnapshot, type TemplateData } from "../../../src/core/template-layout";
import { balancedDepartment } from "../../fixtures/department";

/**
 * Rule tests start from the balanced department, change a figure or two in the template
 * data, and check the workbook the way a user would: snapshot → read → rules.
 */
export function checkChanged(
  change: (d: TemplateData) => void = () => undefined,
  settings?: CheckSettings,
): CheckResult {
  const data = balancedDepartment();
  change(data);
  return checkWorkbook(templateSnapshot(data), settings);
}

export function ofRule(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

export function skippedOf(result: CheckResult, rule: string): Skipped[] {
  return result.skipped.filter((s) => s.rule === rule);
}

export function zh(x: Finding | Skipped): string {
  return "message" in x ? x.message["zh-CN"] : x.reason["zh-CN"];
}

/** A skip that only says a column (or subtree) holds no figure at all: nothing to check there. */
export function isNothingToCheck(s: Skipped): boolean {
  return s.reason["en-US"].endsWith("are all blank; nothing to check");
}

/**
 * True when the rule ran and found nothing: it compared figures, raised no finding, and
 * skipped nothing except columns that hold no figure at all. With `column`, only that
 * column's findings and skips count (others may be blank in the fixture). Tests asserting
 * "no finding" use it, so a rule that silently stops running fails them.
 */
export function passes(result: CheckResult, rule: string, column?: string): boolean {
  const findings = ofRule(result, rule).filter(
    (f) => column === undefined || f.fingerprint.split("|").includes(column),
  );
  const skips = skippedOf(result, rule).filter(
    (s) => column === undefined || s.reason["zh-CN"].includes(`（${column}）`),
  );
  return findings.length === 0 && result.compared.includes(rule) && skips.every(isNothingToCheck);
}

/** The one finding of a rule (fails when there are none or several). */
export function only(result: CheckResult, rule: string): Finding {
  const found = ofRule(result, rule);
  if (found.length !== 1)
    throw new Error(`${rule}: expected one finding, got ${found.length}: ${found.map(zh).join(" / ")}`);
  return found[0];
}

/** An amount in 万元 written in 元 (exact: 603.83 → 6038300). */
export function yuan(wan: number): number {
  return new Decimal(wan).times(10000).toNumber();
}

type Values = Partial<Record<string, unknown>>;

/** Every number of a row of values, written in 元. */
export function rowInYuan<T extends Values>(row: T): T {
  const out: Values = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "number" ? yuan(v) : v;
  return out as T;
}
