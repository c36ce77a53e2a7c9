import { fillLocalized, text, type Localized } from "../i18n";
import { Decimal, decimalString } from "../money";
import type { Amount } from "../model";
import type { IndicatorInput, IndicatorResult } from "../result";

/**
 * Reading the figures an indicator needs, with the reason when one is missing. A figure is
 * either read (value + the input shown to the user) or not (a Localized 无法计算 reason that
 * names the label and the cell), so no indicator is ever computed against a made-up zero.
 */

export type Read = { ok: true; value: Decimal; input: IndicatorInput } | { ok: false; reason: Localized };

export const CANNOT = text("无法计算：", "Cannot compute: ");

/** A reason with the 无法计算 prefix. */
export function cannot(zh: string, en: string, params: Record<string, string | number> = {}): Localized {
  return fillLocalized(text(CANNOT["zh-CN"] + zh, CANNOT["en-US"] + en), params);
}

function at(cell: string | undefined): string {
  return cell ? `（${cell}）` : "";
}

function atEn(cell: string | undefined): string {
  return cell ? ` (${cell})` : "";
}

/** Reason for a figure that is blank or absent. */
export function missingReason(label: string, cell?: string): Localized {
  return cannot(`缺少${label}${at(cell)}`, `${label} is missing${atEn(cell)}`);
}

const UNREADABLE: Record<string, Localized> = {
  "DATA-NOTNUM": text("不是数字", "is not a number"),
  "DATA-ERRVAL": text("是错误值", "holds an Excel error"),
  "DATA-NOCACHE": text("是未计算的公式", "is a formula never calculated"),
};

/**
 * A figure that must be there: a blank or absent cell is missing data, not zero.
 * `label` is what the user reads (`本年支出合计 决算数`).
 */
export function readRequired(amount: Amount | undefined, label: string): Read {
  if (amount?.state === "value")
    return { ok: true, value: amount.value, input: input(label, amount.value, amount.cell) };
  if (amount?.state === "unreadable") {
    const what = UNREADABLE[amount.rule];
    return {
      ok: false,
      reason: cannot(
        `${label}（${amount.cell}）${what["zh-CN"]}：${amount.raw}`,
        `${label} (${amount.cell}) ${what["en-US"]}: ${amount.raw}`,
      ),
    };
  }
  return { ok: false, reason: missingReason(label, amount?.cell) };
}

/**
 * A part of a sum (workbook-template.md): blank counts as 0 only when some other part of the
 * same sum is filled, so a blank 年末结转和结余 beside a filled 本年支出合计 is 0.
 */
export function readPart(amount: Amount | undefined, label: string, otherPartFilled: boolean): Read {
  if (amount?.state !== "blank" && amount !== undefined) return readRequired(amount, label);
  if (!otherPartFilled) return { ok: false, reason: missingReason(label, amount?.cell) };
  return { ok: true, value: new Decimal(0), input: input(label, new Decimal(0), amount?.cell ?? "") };
}

/** Σ of parts (units, projects): blanks count as 0 when at least one part is filled. */
export function readSum(amounts: Amount[], label: string): Read {
  const filled = amounts.some((a) => a.state === "value");
  let total = new Decimal(0);
  const cells: string[] = [];
  for (const a of amounts) {
    // A blank part adds 0; an unreadable one, or a blank with no part filled, has its reason.
    if (a.state === "value") total = total.plus(a.value);
    else if (a.state === "unreadable" || !filled) return readPart(a, label, filled);
    if (a.cell) cells.push(a.cell);
  }
  if (!filled) return { ok: false, reason: missingReason(label, cellsRef(cells) || undefined) };
  return { ok: true, value: total, input: input(label, total, cellsRef(cells)) };
}

export function input(label: string, value: Decimal, cell: string): IndicatorInput {
  return { label, value: decimalString(value), cell };
}

const CELL = /^(.*)!([A-Z]+)(\d+)$/;
const DIGITS = /^\d+$/;

/**
 * Several cells as one reference: `基本情况!E10:E14` when they run down one column,
 * otherwise a union `三公经费!D9,三公经费!D12` (Excel's Go To reads both).
 */
export function cellsRef(cells: string[]): string {
  if (cells.length <= 1) return cells[0] ?? "";
  const first = CELL.exec(cells[0]);
  if (!first) return cells.join(",");
  // The others must be `sheet!column` and the next row: a prefix test, not a full parse each.
  const [, sheet, column, row] = first;
  const prefix = `${sheet}!${column}`;
  const start = Number(row);
  for (let i = 1; i < cells.length; i++) {
    const rest = cells[i].slice(prefix.length);
    if (!cells[i].startsWith(prefix) || !DIGITS.test(rest) || Number(rest) !== start + i) return cells.join(",");
  }
  return `${prefix}${row}:${column}${start + cells.length - 1}`;
}

/** The cell references of an input's `cell`, which `cellsRef` may have joined with commas. */
export function cellsOfRef(ref: string): string[] {
  return ref.split(",").filter((c) => c !== "");
}

/** An indicator that could be computed. */
export function computed(
  id: string,
  name: string,
  formula: string,
  inputs: IndicatorInput[],
  value: Decimal,
): IndicatorResult {
  return { id, name, formula, value, unit: "%", inputs, reason: undefined };
}

/** An indicator that could not be computed, with the inputs that were read. */
export function notComputed(
  id: string,
  name: string,
  formula: string,
  inputs: IndicatorInput[],
  reason: Localized,
): IndicatorResult {
  return { id, name, formula, value: undefined, unit: "%", inputs, reason };
}

/** numerator / denominator × 100, or the reason when a figure is missing or the denominator is 0. */
export function ratioIndicator(
  id: string,
  name: string,
  formula: string,
  numerator: Read,
  denominator: Read,
  denominatorLabel: string,
  minusDenominator = false,
): IndicatorResult {
  const inputs = [numerator, denominator].flatMap((r) => (r.ok ? [r.input] : []));
  if (!numerator.ok) return notComputed(id, name, formula, inputs, numerator.reason);
  if (!denominator.ok) return notComputed(id, name, formula, inputs, denominator.reason);
  if (denominator.value.isZero()) {
    const cell = denominator.input.cell || undefined;
    return notComputed(
      id,
      name,
      formula,
      inputs,
      cannot(`${denominatorLabel}为 0${at(cell)}`, `${denominatorLabel} is 0${atEn(cell)}`),
    );
  }
  const top = minusDenominator ? numerator.value.minus(denominator.value) : numerator.value;
  return computed(id, name, formula, inputs, top.div(denominator.value).times(100));
}
