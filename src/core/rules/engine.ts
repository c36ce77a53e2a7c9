import type { Finding, Skipped } from "../findings";
import type { DepartmentModel, SheetKey } from "../model";
import type { IndicatorResult } from "../result";
import { DEFAULT_SETTINGS, type CheckSettings } from "../settings";
import { sheetDef } from "../template";
import { evalListTotal, evalRowSum, evalSum, evalTree } from "./balance";
import { RULES, type RuleMeta } from "./catalogue";
import { evalCodeName } from "./codes";
import { createContext, emit, fingerprint, skip, type RuleContext } from "./context";
import { evalClassSum, evalCross } from "./cross";
import { joinLabels, msg, MSG } from "./messages";
import { evalLateRelease, evalTargets } from "./projects-targets";
import { evalCarryover, evalIndicator, evalRowExceeds, evalRowRatio } from "./reasonableness";
import type { CheckKind, CheckSpec } from "./spec";

/** One evaluator per kind of spec: the catalogue says what to check, these say how. */
type Evaluators = {
  [K in CheckKind]: (ctx: RuleContext, rule: RuleMeta, spec: Extract<CheckSpec, { kind: K }>) => void;
};

const EVALUATORS: Evaluators = {
  sum: evalSum,
  rowSum: evalRowSum,
  listTotal: evalListTotal,
  tree: evalTree,
  cross: evalCross,
  classSum: evalClassSum,
  codeName: evalCodeName,
  indicator: evalIndicator,
  rowRatio: evalRowRatio,
  rowExceeds: evalRowExceeds,
  carryover: evalCarryover,
  lateRelease: evalLateRelease,
  targets: evalTargets,
};

function evaluate(ctx: RuleContext, rule: RuleMeta, spec: CheckSpec): void {
  (EVALUATORS[spec.kind] as (ctx: RuleContext, rule: RuleMeta, spec: CheckSpec) => void)(ctx, rule, spec);
}

export interface RuleRun {
  findings: Finding[];
  skipped: Skipped[];
  /** Rules that compared figures at least once. */
  compared: string[];
}

/**
 * Runs every rule of the catalogue that has checks on the model, in catalogue order. A rule
 * whose sheet is absent does not run: it is listed in `skipped`, and each absent optional
 * sheet gets one COV-SKIPPED finding naming the rules it held back.
 */
export function runRules(
  model: DepartmentModel,
  settings: CheckSettings = DEFAULT_SETTINGS,
  indicators: readonly IndicatorResult[] = [],
  rules: readonly RuleMeta[] = RULES,
): RuleRun {
  const ctx = createContext(model, settings, indicators);
  const notRun = new Map<SheetKey, string[]>();
  for (const rule of rules) {
    if (!rule.checks || rule.checks.length === 0) continue;
    const absent = (rule.sheets ?? []).filter((s) => !model.sheets[s as SheetKey]) as SheetKey[];
    if (absent.length > 0) {
      const required = absent.some((s) => sheetDef(s).required);
      skip(ctx, rule.id, msg(required ? MSG.skipRequiredAbsent : MSG.skipSheetAbsent, { sheet: joinLabels(absent) }));
      for (const sheet of absent) {
        if (!sheetDef(sheet).required) notRun.set(sheet, [...(notRun.get(sheet) ?? []), rule.id]);
      }
      continue;
    }
    for (const spec of rule.checks) evaluate(ctx, rule, spec);
  }
  for (const [sheet, ids] of notRun) {
    emit(ctx, {
      rule: "COV-SKIPPED",
      severity: "info",
      message: msg(MSG.coverage, { sheet, rules: joinLabels(ids) }),
      cells: [],
      fingerprint: fingerprint(["COV-SKIPPED", sheet]),
    });
  }
  return { findings: ctx.findings, skipped: ctx.skipped, compared: [...ctx.compared] };
}
