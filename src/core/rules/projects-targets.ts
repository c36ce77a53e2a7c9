import { isSmallerBetter } from "../indicators";
import type { RuleMeta } from "./catalogue";
import { emit, fingerprint, formatQuantity, sheetName, skip, type RuleContext } from "./context";
import { msg, MSG } from "./messages";
import type { LateReleaseSpec } from "./spec";
import { operand, pick, requireFilled, requireList } from "./views";

/** 核实性 checks on dates and targets: IND-LATE, IND-TARGET. */

/** IND-LATE: 指标下达日期 on or after `{year}-{lateReleaseFrom}` and a balance left at year end. */
export function evalLateRelease(ctx: RuleContext, rule: RuleMeta, spec: LateReleaseSpec): void {
  const list = requireList(ctx, rule, "projects");
  const projects = ctx.model.projects;
  if (!list || !projects) return;
  const year = ctx.model.info.year?.value;
  if (year === undefined) {
    skip(ctx, rule.id, MSG.skipNoYear);
    return;
  }
  if (!("指标下达日期" in projects.columns)) {
    skip(ctx, rule.id, msg(MSG.skipColumnAbsent, { sheet: list.sheet, column: "指标下达日期" }));
    return;
  }
  const from = `${year}-${ctx.settings.thresholds[spec.threshold]}`;
  // Built only for a row that is skipped or fires: most of 50,000 rows need no message.
  const whereOf = (name: string) => msg(MSG.whereRow, { sheet: list.sheet, row: name });
  for (const project of projects.rows) {
    const date = project.releaseDate;
    if (!date) {
      const raw = project.releaseDateRaw;
      const where = whereOf(project.name);
      if (raw) skip(ctx, rule.id, msg(MSG.skipBadDate, { where, raw: raw.value }), [raw.cell]);
      else skip(ctx, rule.id, msg(MSG.skipBlank, { where, labels: "指标下达日期" }));
      continue;
    }
    ctx.compared.add(rule.id);
    // ISO dates compare as strings.
    if (date.value < from) continue;
    const { column, amount } = pick(project.values, spec.balance);
    const balances = [operand(column, amount)];
    if (!requireFilled(ctx, rule, whereOf(project.name), balances, true)) continue;
    const [balance] = balances;
    if (!balance.value.gt(0)) continue;
    emit(ctx, {
      rule: rule.id,
      severity: rule.severity,
      message: msg(MSG.late, { name: project.name, date: date.value, from, balance: formatQuantity(balance.value) }),
      cells: [project.nameCell, date.cell, ...balance.cells],
      suggestion: MSG.explain,
      fingerprint: fingerprint([rule.id, list.sheetKey, project.name]),
    });
  }
}

/** IND-TARGET: 实际值 short of 目标值 (or above it where smaller is better). */
export function evalTargets(ctx: RuleContext, rule: RuleMeta): void {
  const sheet = sheetName(ctx.model, "绩效目标");
  for (const target of ctx.model.targets ?? []) {
    const where = msg(MSG.whereRow, { sheet, row: target.name });
    const operands = [operand("目标值", target.target), operand("实际值", target.actual)];
    if (!requireFilled(ctx, rule, where, operands)) continue;
    const [goal, actual] = operands;
    const uom = target.unitOfMeasure ?? "";
    // The indicators' own test, so that IND-TARGET and 实际完成率 agree on what "met" means.
    const smallerIsBetter = isSmallerBetter(target.name, target.unitOfMeasure);
    const met = smallerIsBetter ? actual.value.lte(goal.value) : actual.value.gte(goal.value);
    if (met) continue;
    const params = {
      name: target.name,
      actual: formatQuantity(actual.value, "count"),
      target: formatQuantity(goal.value, "count"),
      uom: uom === "%" || uom === "" ? uom : ` ${uom}`,
    };
    emit(ctx, {
      rule: rule.id,
      severity: rule.severity,
      message: msg(smallerIsBetter ? MSG.targetOver : MSG.targetShort, params),
      cells: [target.nameCell, ...goal.cells, ...actual.cells],
      suggestion: MSG.explain,
      fingerprint: fingerprint([rule.id, "绩效目标", target.name]),
    });
  }
}
