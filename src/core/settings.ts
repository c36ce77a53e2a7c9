import { Decimal } from "./money";
import type { AmountUnit } from "./model";
import { roundingTolerance } from "./units";

/** Thresholds of the 核实性 checks, in percent (rules.md defaults). */
export interface Thresholds {
  staffControlMax: number; // IND-STAFF: 在职人员控制率 > 100%
  executionMin: number; // IND-EXEC: 预算执行率 < 90%
  projectExecutionMin: number; // IND-PRJ-EXEC: < 90%
  carryoverRateMax: number; // IND-CARRY: 结转结余率 > 10%
  adjustmentRateMax: number; // IND-ADJ: 预算调整率 > 10%
  publicControlMax: number; // IND-PUBLIC: 公用经费控制率 > 100%
  /** IND-LATE: a release on or after this month-day (`MM-DD`) of the year is late. */
  lateReleaseFrom: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  staffControlMax: 100,
  executionMin: 90,
  projectExecutionMin: 90,
  carryoverRateMax: 10,
  adjustmentRateMax: 10,
  publicControlMax: 100,
  lateReleaseFrom: "10-01",
};

export interface CheckSettings {
  /**
   * Rounding tolerance in the workbook unit. Undefined: 0.01 of the coarser unit of the
   * figures compared (0.01 万元 = 100 元 when either side is in 万元; 0.01 元 when all in 元).
   */
  tolerance?: Decimal;
  thresholds: Thresholds;
}

export const DEFAULT_SETTINGS: CheckSettings = { thresholds: DEFAULT_THRESHOLDS };

export function settingsWith(
  partial: { tolerance?: Decimal | string; thresholds?: Partial<Thresholds> } = {},
): CheckSettings {
  return {
    tolerance: partial.tolerance === undefined ? undefined : new Decimal(partial.tolerance),
    thresholds: { ...DEFAULT_THRESHOLDS, ...partial.thresholds },
  };
}

/**
 * The tolerance for comparing figures that came from sheets in the given units, expressed in
 * the model unit: 0.01 of the coarsest unit involved, unless the settings fix one.
 */
export function toleranceFor(settings: CheckSettings, modelUnit: AmountUnit, sourceUnits: AmountUnit[]): Decimal {
  return settings.tolerance ?? roundingTolerance(modelUnit, sourceUnits);
}
