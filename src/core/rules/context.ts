import type { Finding, Skipped } from "../findings";
import type { Localized } from "../i18n";
import { Decimal, formatAmount } from "../money";
import type { AmountUnit, DepartmentModel, SheetKey } from "../model";
import type { IndicatorResult } from "../result";
import type { CheckSettings } from "../settings";
import type { ListKey } from "./spec";
import type { ListView } from "./views";

/** What every evaluator reads and writes. */
export interface RuleContext {
  readonly model: DepartmentModel;
  readonly settings: CheckSettings;
  readonly indicators: ReadonlyMap<string, IndicatorResult>;
  readonly findings: Finding[];
  readonly skipped: Skipped[];
  /** Rules that compared at least one set of figures (so a test can tell "passed" from "never ran"). */
  readonly compared: Set<string>;
  /** Views of the lists, built once per run (a list is read by a dozen checks and may hold 50,000 rows). */
  readonly lists: Map<ListKey, ListView | undefined>;
}

export function createContext(
  model: DepartmentModel,
  settings: CheckSettings,
  indicators: readonly IndicatorResult[],
): RuleContext {
  return {
    model,
    settings,
    indicators: new Map(indicators.map((i) => [i.id, i])),
    findings: [],
    skipped: [],
    compared: new Set(),
    lists: new Map(),
  };
}

/**
 * Records a check that did not run. The same rule skipped for the same reason (XS-EXP in each of
 * its four columns when 支出明细 has no 合计 row) is listed once, with the cells of every time.
 */
const skippedIndex = new WeakMap<Skipped[], Map<string, number>>();

export function skip(ctx: RuleContext, rule: string, reason: Localized, cells: readonly string[] = []): void {
  let index = skippedIndex.get(ctx.skipped);
  if (!index) skippedIndex.set(ctx.skipped, (index = new Map()));
  const key = `${rule}\u0000${reason["zh-CN"]}`;
  const at = index.get(key);
  const unique = [...new Set([...(at === undefined ? [] : (ctx.skipped[at].cells ?? [])), ...cells])];
  const entry: Skipped = unique.length > 0 ? { rule, reason, cells: unique } : { rule, reason };
  if (at !== undefined) ctx.skipped[at] = entry;
  else index.set(key, ctx.skipped.push(entry) - 1);
}

export function emit(ctx: RuleContext, finding: Finding): void {
  ctx.findings.push({ ...finding, cells: [...new Set(finding.cells)] });
}

/** The sheet name the user sees (the workbook's own, or the canonical one). */
export function sheetName(model: DepartmentModel, key: SheetKey): string {
  return model.sheets[key] ?? key;
}

/** The unit a sheet was written in. */
export function sheetUnit(model: DepartmentModel, key: SheetKey): AmountUnit {
  return model.sheetUnits[key] ?? model.unit;
}

export type Quantity = "amount" | "count";

/**
 * Amounts with two decimals; more (up to six) only when a figure converted from 元 to 万元
 * needs them to show its value. Counts as they are.
 */
export function formatQuantity(d: Decimal, quantity: Quantity = "amount"): string {
  if (quantity === "count") return d.toFixed();
  const places = Math.min(6, Math.max(2, d.decimalPlaces()));
  return formatAmount(d, places);
}

export function formatPercent(d: Decimal): string {
  return formatAmount(d, 2);
}

export function fingerprint(parts: readonly string[]): string {
  return parts.join("|");
}
