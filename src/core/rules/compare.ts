import type { Localized } from "../i18n";
import { Decimal, sum, ZERO } from "../money";
import type { AmountUnit } from "../model";
import { toleranceFor } from "../settings";
import { WAN } from "../units";
import type { RuleMeta } from "./catalogue";
import { emit, fingerprint, formatQuantity, skip, type Quantity, type RuleContext } from "./context";
import { joinLabels, msg, MSG } from "./messages";
import type { FilledOperand, Operand } from "./views";

/**
 * The one arithmetic comparison behind every balance and cross-sheet rule: lhs against
 * Σ parts − Σ minus, within tolerance, with the skip rules of rules.md and the 元/万元 test.
 */
export interface Comparison {
  rule: RuleMeta;
  /** Prefix naming sheet, row or column (`收支总表（决算数）：`). */
  where: Localized;
  lhs: Operand;
  parts: readonly Operand[];
  minus?: readonly Operand[];
  /** Names the lhs in each language where its operand label is a word of ours (`合计行`). */
  lhsLabel?: Localized;
  /** The same for a single part (`收支总表 项目支出（决算数）`). */
  partLabel?: Localized;
  /** Describes Σ parts as a whole (`各项目之和`) instead of listing the parts. */
  partsLabel?: Localized;
  /** `=` (default) or `<=` (lhs may be smaller). */
  relation?: "=" | "<=";
  /** Every operand must be filled; by default a blank part counts as 0 when another is filled. */
  requireAll?: boolean;
  /** Units of the sheets the figures come from (for the default tolerance). */
  units: readonly AmountUnit[];
  quantity: Quantity;
  /** Labels after the rule ID (never addresses). */
  fingerprint: readonly string[];
  suggestion?: Localized;
}

const UNIT_SLACK = new Decimal("0.005");

/** a ≈ 10000 × b (±0.5%): one figure looks like 元, the other like 万元. */
function looksLikeUnitMix(big: Decimal, small: Decimal): boolean {
  if (small.isZero()) return false;
  const ratio = big.div(small).abs();
  return ratio.minus(WAN).abs().lte(WAN.times(UNIT_SLACK));
}

export function compare(ctx: RuleContext, c: Comparison): void {
  const minus = c.minus ?? [];
  const rhsOperands = [...c.parts, ...minus];
  const all = [c.lhs, ...rhsOperands];
  const bad = all.find((o): o is Extract<Operand, { state: "unreadable" }> => o.state === "unreadable");
  if (bad) {
    skip(
      ctx,
      c.rule.id,
      msg(MSG.skipUnreadable, { where: c.where, cell: bad.cell, label: bad.label, dataRule: bad.dataRule }),
      [bad.cell],
    );
    return;
  }
  // Nothing at all in this column: there is no figure to check, and the list of checks not
  // run says so (a check never passes silently for lack of data).
  if (all.every((o) => o.state === "blank")) {
    skipAllBlank(ctx, c.rule, c.where, c.lhsLabel ?? c.lhs.label);
    return;
  }
  if (c.lhs.state === "blank") {
    skip(ctx, c.rule.id, msg(MSG.skipBlank, { where: c.where, labels: c.lhs.label }), c.lhs.cells);
    return;
  }
  const blanks = rhsOperands.filter((o) => o.state === "blank");
  if (c.requireAll ? blanks.length > 0 : blanks.length === rhsOperands.length) {
    const template = blanks.length === 1 ? MSG.skipBlank : MSG.skipPartsBlank;
    skip(
      ctx,
      c.rule.id,
      msg(template, { where: c.where, labels: joinLabels(blanks.map((b) => b.label)) }),
      blanks.flatMap((b) => b.cells),
    );
    return;
  }
  ctx.compared.add(c.rule.id);
  const lhs = c.lhs as FilledOperand;
  const filledParts = c.parts.filter((o): o is FilledOperand => o.state === "value");
  const filledMinus = minus.filter((o): o is FilledOperand => o.state === "value");
  const expected = sum(filledParts.map((o) => o.value)).minus(sum(filledMinus.map((o) => o.value)));
  const actual = lhs.value;
  const difference = actual.minus(expected);
  const tolerance = c.quantity === "count" ? ZERO : toleranceFor(ctx.settings, ctx.model.unit, [...c.units]);
  // Figures that agree (the usual case, once per row of a large list) need no message.
  if (c.relation === "<=" ? difference.lte(tolerance) : difference.isZero()) return;
  const f = (d: Decimal): string => formatQuantity(d, c.quantity);
  const cells = [...lhs.cells, ...rhsOperands.flatMap((o) => o.cells)];
  const rhs = describeRhs(c, filledParts, filledMinus, expected);
  const lhsLabel = c.lhsLabel ?? same(lhs.label);
  const params = {
    where: c.where,
    lhs: { "zh-CN": `${lhsLabel["zh-CN"]} ${f(actual)}`, "en-US": `${lhsLabel["en-US"]} ${f(actual)}` },
    rhs,
    diff: f(difference.abs()),
    tol: f(tolerance),
  };
  const numbers = { expected: f(expected), actual: f(actual), difference: f(difference), tolerance: f(tolerance) };

  if (c.relation === "<=") {
    emit(ctx, {
      rule: c.rule.id,
      severity: c.rule.severity,
      message: msg(MSG.exceeds, params),
      cells,
      ...numbers,
      ...(c.suggestion && { suggestion: c.suggestion }),
      fingerprint: fingerprint([c.rule.id, ...c.fingerprint]),
    });
    return;
  }
  if (difference.abs().lte(tolerance)) {
    emit(ctx, {
      rule: c.rule.id,
      severity: "info",
      message: msg(MSG.rounding, params),
      cells,
      ...numbers,
      fingerprint: fingerprint([c.rule.id, ...c.fingerprint]),
    });
    return;
  }
  const lhsIsBig = actual.abs().gte(expected.abs());
  if (c.quantity === "amount" && looksLikeUnitMix(lhsIsBig ? actual : expected, lhsIsBig ? expected : actual)) {
    const yuan = lhsIsBig ? params.lhs : rhs;
    const wan = lhsIsBig ? rhs : params.lhs;
    emit(ctx, {
      rule: "DATA-UNIT",
      severity: "error",
      message: msg(MSG.unitMismatch, { ...params, yuan, wan }),
      cells,
      ...numbers,
      suggestion: MSG.unifyUnit,
      fingerprint: fingerprint(["DATA-UNIT", c.rule.id, ...c.fingerprint]),
    });
    return;
  }
  emit(ctx, {
    rule: c.rule.id,
    severity: c.rule.severity,
    message: msg(MSG.mismatch, params),
    cells,
    ...numbers,
    ...(c.suggestion && { suggestion: c.suggestion }),
    fingerprint: fingerprint([c.rule.id, ...c.fingerprint]),
  });
}

/** The skip of a comparison whose figures, total and parts alike, are all blank. */
export function skipAllBlank(ctx: RuleContext, rule: RuleMeta, where: Localized, label: string | Localized): void {
  skip(ctx, rule.id, msg(MSG.skipAllBlank, { where, label }), []);
}

/** `基本支出 696.39 + 项目支出 499.90 = 1196.29`, `支出总计 1220.00`, or `各项目之和 499.90`. */
function describeRhs(
  c: Comparison,
  parts: readonly FilledOperand[],
  minus: readonly FilledOperand[],
  expected: Decimal,
): Localized {
  const f = (d: Decimal): string => formatQuantity(d, c.quantity);
  if (c.partsLabel) return msg(MSG.sumOf, { label: c.partsLabel, value: f(expected) });
  if (parts.length === 1 && minus.length === 0 && c.parts.length === 1) {
    const label = c.partLabel ?? same(parts[0].label);
    return { "zh-CN": `${label["zh-CN"]} ${f(expected)}`, "en-US": `${label["en-US"]} ${f(expected)}` };
  }
  const terms = [
    ...parts.map((p, i) => `${i === 0 ? "" : "+ "}${p.label} ${f(p.value)}`),
    ...minus.map((m) => `− ${m.label} ${f(m.value)}`),
  ];
  return same(`${terms.join(" ")} = ${f(expected)}`);
}

function same(s: string): Localized {
  return { "zh-CN": s, "en-US": s };
}
