import Decimal from "decimal.js";
import type { AmountUnit } from "./model";

/**
 * Amount units in one place: 元/万元 (and 亿元 in texts) conversion, the coarser of several
 * units, and the default rounding tolerance of workbook-template.md — 0.01 of the coarser
 * unit of the figures compared (0.01 万元 = 100 元 when either is in 万元, 0.01 元 when all
 * are in 元).
 */

/** 1 万元 = 10,000 元. */
export const WAN = new Decimal(10000);
const YI_IN_WAN = new Decimal(10000);

/** The units a figure may be stated in: the workbook's two, and 亿元 in report texts. */
export type StatedUnit = AmountUnit | "亿元";

/** An amount stated in `from`, exactly, in `to` (元 → 万元 is ÷ 10000, never rounded). */
export function convertAmount(value: Decimal, from: StatedUnit, to: AmountUnit): Decimal {
  if (from === to) return value;
  const wan = from === "亿元" ? value.times(YI_IN_WAN) : from === "元" ? value.div(WAN) : value;
  return to === "万元" ? wan : wan.times(WAN);
}

/** 元 when every unit is 元; else 万元 (also when none is given, or one is 亿元: figures are compared in 万元). */
export function coarserUnit(units: readonly StatedUnit[]): AmountUnit {
  return units.length > 0 && units.every((u) => u === "元") ? "元" : "万元";
}

const HUNDREDTH = new Decimal("0.01");

/** 0.01 of the coarser of `units`, expressed in `unit`. */
export function roundingTolerance(unit: AmountUnit, units: readonly AmountUnit[]): Decimal {
  return convertAmount(HUNDREDTH, coarserUnit(units), unit);
}

/** 0.01 of `coarsest`, expressed in `unit` (texts, whose figures carry their own units). */
export function hundredthOf(coarsest: AmountUnit, unit: AmountUnit): Decimal {
  return convertAmount(HUNDREDTH, coarsest, unit);
}

const UNIT_SUFFIX = /(亿元|万元|万|元)$/;

/**
 * The unit written after a number (`500元`, `35.2万元`, `3万`), in half-width text without
 * spaces; undefined when the number carries none.
 */
export function statedUnit(half: string): StatedUnit | undefined {
  const m = UNIT_SUFFIX.exec(half.replace(/\s+/g, ""));
  if (!m) return undefined;
  return m[1] === "万" ? "万元" : (m[1] as StatedUnit);
}
