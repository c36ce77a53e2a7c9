import { Decimal } from "../money";
import type { AmountUnit } from "../model";
import { coarserUnit, convertAmount, hundredthOf } from "../units";
import type { Figure } from "./amounts";
import type { TextContext } from "./mentions";

/**
 * Comparing figures of a text: in one unit (元 when every figure is in 元, else 万元), with
 * the tolerance of the coarser unit, and allowing for figures written with fewer decimals
 * (`72万元` may be 71.5…72.49, so it can only be shown wrong beyond that).
 */

export const HALF = new Decimal("0.5");
const HUNDRED = new Decimal(100);

/** The amount of a money figure in `unit`. */
export function inUnit(f: Pick<Figure, "unit" | "value">, unit: AmountUnit): Decimal {
  // Only amounts have a money unit; a percentage or a head count is what it says.
  return f.unit === "亿元" || f.unit === "万元" || f.unit === "元" ? convertAmount(f.value, f.unit, unit) : f.value;
}

export const convert = convertAmount;

/** 元 when all the figures are in 元, else 万元 (the coarser unit). */
export function compareUnit(figures: Figure[]): AmountUnit {
  return figures.length === 0 ? "元" : coarserUnit(figures.map((f) => (f.unit === "元" ? "元" : "万元")));
}

/**
 * How far a figure may be from its true value because of how it is written: nothing for
 * 万元 or 元 with two or more decimals, half a unit of the last digit for fewer (`2.4万元`,
 * `72万元`). A figure in 亿元 is always rounded: `1.25亿元` is 12450…12550 万元. Nothing
 * is exactly nothing: `因公出国（境）费0万元` is 0. `asWritten` ignores what the text's other figures
 * say about trailing zeros (a figure restated rounded).
 */
export function slackOf(f: Figure, unit: AmountUnit, asWritten = false): Decimal {
  if (f.kind !== "amount" || f.value.isZero() || (f.exact && !asWritten)) return new Decimal(0);
  if ((f.unit !== "亿元" && f.decimals >= 2) || f.decimals >= 6) return new Decimal(0);
  const half = HALF.times(new Decimal(10).pow(-f.decimals));
  return inUnit({ unit: f.unit, value: half }, unit);
}

/** The unit findings are reported in: the workbook's, else the unit compared in. */
function outputUnit(ctx: TextContext, unit: AmountUnit): AmountUnit {
  return ctx.model?.unit ?? unit;
}

/**
 * Tolerance in `unit` for figures whose coarsest unit is `coarsest`: 0.01 of it unless the
 * caller fixed one (in the output unit).
 */
export function toleranceIn(ctx: TextContext, unit: AmountUnit, coarsest: AmountUnit = unit): Decimal {
  if (ctx.tolerance) return convert(ctx.tolerance, ctx.model?.unit ?? "万元", unit);
  return hundredthOf(coarsest, unit);
}

/** A decimal string with at least two places and no float noise: 499.9 → `499.90`. */
export function fixed(d: Decimal): string {
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/** A decimal string for a figure in the output unit. */
export function outString(ctx: TextContext, d: Decimal, unit: AmountUnit): string {
  return fixed(convert(d, unit, outputUnit(ctx, unit)));
}

export interface RatioCheck {
  ok: boolean;
  /** The recomputed percentage rounded to the stated decimals. */
  expected: Decimal;
  /** One unit in the last stated digit. */
  step: Decimal;
}

/**
 * A stated percentage against part / whole × 100: the recomputed value is rounded to the
 * stated decimals and may differ by one in the last digit. Slack on part and whole (figures
 * written with few decimals) widens the range.
 */
export function checkRatio(
  stated: Figure,
  part: Decimal,
  whole: Decimal,
  partSlack = new Decimal(0),
  wholeSlack = new Decimal(0),
): RatioCheck | undefined {
  if (whole.minus(wholeSlack).lte(0)) return undefined;
  const d = stated.decimals;
  const step = new Decimal(10).pow(-d);
  const exact = part.div(whole).times(HUNDRED);
  const low = part.minus(partSlack).div(whole.plus(wholeSlack)).times(HUNDRED);
  const high = part.plus(partSlack).div(whole.minus(wholeSlack)).times(HUNDRED);
  const round = (x: Decimal) => x.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  const ok = stated.value.gte(round(low).minus(step)) && stated.value.lte(round(high).plus(step));
  return { ok, expected: round(exact), step };
}
