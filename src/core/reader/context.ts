import type { Finding, Skipped } from "../findings";
import type { Localized } from "../i18n";
import type { Decimal } from "../money";
import type { AmountUnit, SheetKey } from "../model";
import { ruleMeta } from "../rules/catalogue";
import { convertAmount } from "../units";
import type { SheetGrid } from "./grid";
import { msg, type DuplicateKind } from "./messages";

/** What the reader collects while it reads one workbook. */
export interface ReadContext {
  findings: Finding[];
  skipped: Skipped[];
  /** The model unit (基本情况 金额单位). */
  unit: AmountUnit;
  /** 年度, once read. */
  year?: number;
}

/** One sheet being read: where its cells are, and the unit its amounts are written in. */
export interface SheetScope {
  ctx: ReadContext;
  key: SheetKey;
  grid: SheetGrid;
  /** The unit of this sheet's amounts (its unit row, else the model unit). */
  unit: AmountUnit;
}

export function newContext(): ReadContext {
  return { findings: [], skipped: [], unit: "万元" };
}

/** An amount in the sheet's unit converted to the model unit (元 → 万元: ÷ 10000, exactly). */
export function toModelUnit(scope: SheetScope, value: Decimal): Decimal {
  return convertAmount(value, scope.unit, scope.ctx.unit);
}

export interface FindingInput {
  rule: string;
  message: Localized;
  cells: string[];
  /** Sheet key and labels (never addresses), joined after the rule ID. */
  keys: string[];
  /** The rule's second severity (DATA-YEAR: warning for dates). */
  otherSeverity?: boolean;
  suggestion?: Localized;
}

export function report(ctx: ReadContext, f: FindingInput): void {
  const meta = ruleMeta(f.rule);
  const severity = f.otherSeverity && meta.otherSeverity ? meta.otherSeverity : meta.severity;
  ctx.findings.push({
    rule: f.rule,
    severity,
    message: f.message,
    cells: f.cells,
    ...(f.suggestion && { suggestion: f.suggestion }),
    fingerprint: [f.rule, ...f.keys.filter((k) => k !== "")].join("|"),
  });
}

/**
 * Keeps the first occurrence of a row label, code, project or unit name in one table: true
 * the first time; the second time raises DATA-DUP naming both cells and returns false.
 */
export function firstOccurrence(
  scope: SheetScope,
  seen: Map<string, string>,
  kind: DuplicateKind,
  id: string,
  label: string,
  cell: string,
): boolean {
  return noteRepeat(scope, seen, id, label, cell, (first) => msg.duplicate(scope.grid.name, kind, label, first, cell));
}

/**
 * A project or unit listed twice: both rows count in every total (the list may hold two
 * entries of the same name on purpose), and DATA-DUP names both rows so the user can check.
 */
export function reportRepeat(
  scope: SheetScope,
  seen: Map<string, string>,
  kind: DuplicateKind,
  id: string,
  label: string,
  cell: string,
): void {
  noteRepeat(scope, seen, id, label, cell, (first) => msg.repeatCounted(scope.grid.name, kind, label, first, cell));
}

/** True the first time `id` is seen; after that, DATA-DUP naming the first cell and this one. */
function noteRepeat(
  scope: SheetScope,
  seen: Map<string, string>,
  id: string,
  label: string,
  cell: string,
  message: (first: string) => Localized,
): boolean {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, cell);
    return true;
  }
  report(scope.ctx, { rule: "DATA-DUP", message: message(first), cells: [first, cell], keys: [scope.key, label] });
  return false;
}
