import type { Lang, Localized } from "../i18n";
import { indicatorName, isIndicatorId } from "../indicators/catalogue";
import { CANNOT, cellsOfRef } from "../indicators/inputs";
import { Decimal, percentage, ZERO } from "../money";
import type { IndicatorResult } from "../result";
import type { RuleMeta } from "./catalogue";
import { emit, fingerprint, formatPercent, formatQuantity, skip, type RuleContext } from "./context";
import { msg, MSG } from "./messages";
import type { CarryoverSpec, IndicatorSpec, Relation, RowExceedsSpec, RowRatioSpec } from "./spec";
import {
  operand,
  pick,
  pickAmount,
  requireFilled,
  requireList,
  tableRowLabels,
  tableView,
  type Operand,
} from "./views";

/** 核实性: indicators and ratios against the thresholds of the settings (IND-*). */

function breaches(value: Decimal, relation: Relation, threshold: number): boolean {
  return relation === "<" ? value.lt(threshold) : value.gt(threshold);
}

const HUNDRED = new Decimal(100);

/** As `breaches(num / den × 100, …)`, by multiplication: the ratio is only needed for a message. */
function breachesRatio(num: Decimal, den: Decimal, relation: Relation, threshold: Decimal): boolean {
  const left = num.times(HUNDRED);
  const right = den.times(threshold);
  const flip = den.isNegative();
  if (relation === "<") return flip ? left.gt(right) : left.lt(right);
  return flip ? left.lt(right) : left.gt(right);
}

function comparison(relation: Relation): Localized {
  return relation === "<" ? MSG.below : MSG.above;
}

/** Staff counts stay whole numbers; amounts get the two decimals of the rest of the messages. */
const COUNT_LABEL = /人数|编制/;

function inputsText(ind: IndicatorResult): Localized {
  const parts = ind.inputs.map(
    (i) => `${i.label} ${formatQuantity(new Decimal(i.value), COUNT_LABEL.test(i.label) ? "count" : "amount")}`,
  );
  return { "zh-CN": parts.join("，"), "en-US": parts.join(", ") };
}

/** The indicator's name in each language (a profile's own indicator has only its Chinese name). */
function localName(ind: IndicatorResult): Localized {
  return isIndicatorId(ind.id) ? indicatorName(ind.id) : { "zh-CN": ind.name, "en-US": ind.name };
}

/**
 * Why an indicator-based check was skipped: `在职人员控制率无法计算：…`, with the indicator's own
 * 无法计算 prefix taken off its reason so the words are not said twice.
 */
function indicatorSkipped(ind: IndicatorResult): Localized {
  const reason = ind.reason ?? MSG.unknownReason;
  const bare = (lang: Lang): string =>
    reason[lang].startsWith(CANNOT[lang]) ? reason[lang].slice(CANNOT[lang].length) : reason[lang];
  return msg(MSG.skipIndicator, { name: localName(ind), reason: { "zh-CN": bare("zh-CN"), "en-US": bare("en-US") } });
}

/** A department-level indicator from computeIndicators. */
export function evalIndicator(ctx: RuleContext, rule: RuleMeta, spec: IndicatorSpec): void {
  const ind = ctx.indicators.get(spec.indicator);
  if (!ind) {
    skip(ctx, rule.id, msg(MSG.skipIndicatorAbsent, { id: spec.indicator }));
    return;
  }
  const cells = ind.inputs.flatMap((i) => cellsOfRef(i.cell));
  if (ind.value === undefined) {
    skip(ctx, rule.id, indicatorSkipped(ind), cells);
    return;
  }
  ctx.compared.add(rule.id);
  const threshold = ctx.settings.thresholds[spec.threshold];
  if (!breaches(ind.value, spec.relation, threshold)) return;
  emit(ctx, {
    rule: rule.id,
    severity: rule.severity,
    message: msg(MSG.indicatorBreach, {
      name: localName(ind),
      value: formatPercent(ind.value),
      cmp: comparison(spec.relation),
      threshold,
      inputs: inputsText(ind),
    }),
    cells,
    suggestion: MSG.explain,
    fingerprint: fingerprint([rule.id, spec.sheet, ind.name]),
  });
}

/** Per row of a list: numerator / denominator × 100 against the threshold. */
export function evalRowRatio(ctx: RuleContext, rule: RuleMeta, spec: RowRatioSpec): void {
  const list = requireList(ctx, rule, spec.list);
  if (!list) return;
  const threshold = ctx.settings.thresholds[spec.threshold];
  const limit = new Decimal(threshold);
  const f = (d: Decimal): string => formatQuantity(d, list.quantity);
  for (const row of list.rows) {
    // The usual row, both figures filled and within the threshold, needs no operand or message.
    const numAmount = pickAmount(row.values, spec.numerator);
    const denAmount = pickAmount(row.values, spec.denominator);
    if (
      numAmount?.state === "value" &&
      denAmount?.state === "value" &&
      !denAmount.value.isZero() &&
      !breachesRatio(numAmount.value, denAmount.value, spec.relation, limit)
    ) {
      ctx.compared.add(rule.id);
      continue;
    }
    const at = (choice: RowRatioSpec["numerator"]): Operand => {
      const { column, amount } = pick(row.values, choice);
      return operand(column, amount);
    };
    const where = msg(MSG.whereRow, { sheet: list.sheet, row: row.label });
    const operands = [at(spec.numerator), at(spec.denominator)];
    if (!requireFilled(ctx, rule, where, operands)) continue;
    const [num, den] = operands;
    if (den.value.isZero()) {
      skip(ctx, rule.id, msg(MSG.skipZero, { where, label: den.label }), den.cells);
      continue;
    }
    // num / den × 100 against the threshold without a division per row (a list may have 50,000).
    if (!breachesRatio(num.value, den.value, spec.relation, limit)) continue;
    const ratio = percentage(num.value, den.value) as Decimal;
    emit(ctx, {
      rule: rule.id,
      severity: rule.severity,
      message: msg(MSG.rowRatioBreach, {
        where,
        name: spec.name,
        value: formatPercent(ratio),
        cmp: comparison(spec.relation),
        threshold,
        num: `${num.label} ${f(num.value)}`,
        den: `${den.label} ${f(den.value)}`,
      }),
      cells: [...num.cells, ...den.cells],
      suggestion: MSG.explain,
      fingerprint: fingerprint([rule.id, list.sheetKey, row.key]),
    });
  }
}

/** Per row of a fixed-row table: the left column must not exceed the right one. */
export function evalRowExceeds(ctx: RuleContext, rule: RuleMeta, spec: RowExceedsSpec): void {
  const view = tableView(ctx.model, spec.table);
  if (!view) return;
  for (const column of [spec.left, spec.right]) {
    if (!view.columns.includes(column)) {
      skip(ctx, rule.id, msg(MSG.skipColumnAbsent, { sheet: view.sheet, column }));
      return;
    }
  }
  const labels = spec.rows === "all" ? tableRowLabels(spec.table) : spec.rows;
  for (const label of labels) {
    const values = view.table.rows[label]?.values ?? {};
    const where = msg(MSG.whereRow, { sheet: view.sheet, row: label });
    const operands = [operand(spec.left, values[spec.left]), operand(spec.right, values[spec.right])];
    if (!requireFilled(ctx, rule, where, operands)) continue;
    const [left, right] = operands;
    const difference = left.value.minus(right.value);
    if (!difference.gt(0)) continue;
    const share = percentage(left.value, right.value);
    emit(ctx, {
      rule: rule.id,
      severity: rule.severity,
      message: msg(MSG.rowExceeds, {
        where,
        left: `${spec.left} ${formatQuantity(left.value)}`,
        right: `${spec.right} ${formatQuantity(right.value)}`,
        diff: formatQuantity(difference),
        share: share === undefined ? "" : msg(MSG.shareOf, { label: spec.right, pct: formatPercent(share) }),
      }),
      cells: [...left.cells, ...right.cells],
      expected: formatQuantity(right.value),
      actual: formatQuantity(left.value),
      difference: formatQuantity(difference),
      suggestion: spec.suggestion ?? MSG.explain,
      fingerprint: fingerprint([rule.id, view.sheetKey, label, spec.left, spec.right]),
    });
  }
}

/** IND-CARRY: 年末结转和结余 > 0 and (结转结余率 above the threshold, or above 年初). */
export function evalCarryover(ctx: RuleContext, rule: RuleMeta, spec: CarryoverSpec): void {
  const view = tableView(ctx.model, "summary");
  if (!view) return;
  const where = msg(MSG.whereColumn, { sheet: view.sheet, column: spec.column });
  const closingOperands = [operand(spec.closing, view.table.rows[spec.closing]?.values[spec.column])];
  if (!requireFilled(ctx, rule, where, closingOperands, true)) return;
  const [closing] = closingOperands;
  if (!closing.value.gt(0)) return;
  const opening = operand(spec.opening, view.table.rows[spec.opening]?.values[spec.column]);
  const ind = ctx.indicators.get(spec.indicator);
  const threshold = ctx.settings.thresholds[spec.threshold];
  const reasons: Localized[] = [];
  if (ind?.value !== undefined && ind.value.gt(threshold)) {
    reasons.push(msg(MSG.carryoverRate, { rate: formatPercent(ind.value), threshold }));
  }
  const openingValue = opening.state === "value" ? opening.value : ZERO;
  if (opening.state !== "unreadable" && closing.value.gt(openingValue)) {
    reasons.push(msg(MSG.carryoverGrowth, { opening: formatQuantity(openingValue) }));
  }
  if (reasons.length > 0) {
    emit(ctx, {
      rule: rule.id,
      severity: rule.severity,
      message: msg(MSG.carryover, {
        where,
        closing: formatQuantity(closing.value),
        reasons: {
          "zh-CN": reasons.map((r) => r["zh-CN"]).join("；"),
          "en-US": reasons.map((r) => r["en-US"]).join("; "),
        },
      }),
      cells: [...closing.cells, ...opening.cells, ...(ind?.inputs.flatMap((i) => cellsOfRef(i.cell)) ?? [])],
      suggestion: MSG.explain,
      fingerprint: fingerprint([rule.id, view.sheetKey, spec.closing]),
    });
    return;
  }
  // Not fired, but only partly checked: say which half could not run.
  if (ind?.value === undefined) {
    const reason = ind ? indicatorSkipped(ind) : msg(MSG.skipIndicatorAbsent, { id: spec.indicator });
    skip(ctx, rule.id, reason);
  }
  if (opening.state === "unreadable") {
    skip(
      ctx,
      rule.id,
      msg(MSG.skipUnreadable, { where, cell: opening.cell, label: opening.label, dataRule: opening.dataRule }),
      [opening.cell],
    );
  }
}
