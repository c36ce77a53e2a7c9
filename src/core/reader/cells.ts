import { cellText, normalizeText } from "../normalize";
import { Decimal, fromExcelNumber, isZeroMark, parseNumberText, toHalfWidth } from "../money";
import type { Amount, TextField } from "../model";
import type { SnapshotCell } from "../snapshot";
import { convertAmount, statedUnit } from "../units";
import { report, toModelUnit, type SheetScope } from "./context";
import { fix, msg } from "./messages";

/** What an amount cell is, for its messages and fingerprint (`基本支出`, `决算数`). */
export interface AmountSpec {
  label: string;
  column?: string;
  /** `amount`: in the sheet's unit, converted to the model unit; `count`: 人数, never converted;
   * `number`: a score or a target value, not an amount (text numbers accepted silently). */
  kind: "amount" | "count" | "number";
  allowNegative?: boolean;
  /** 绩效目标 目标值/实际值: 0.95 formatted `0%` means 95. */
  percent?: boolean;
  /** The figure shares its cell with its label (`内设机构数：7`): text by necessity, no DATA-TEXTNUM. */
  inline?: boolean;
}

/** No figure of a department reaches 10 trillion, in 元 or any other unit: beyond is a typo or garbage. */
const IMPLAUSIBLE = new Decimal("1e13");
/** Below this a double stays below IMPLAUSIBLE after rounding to Excel's 15 digits. */
const PLAINLY_PLAUSIBLE = 9_999_999_999_999;

const COMPARATOR = /^(?:>=|<=|≥|≤|>|<|=|不低于|不少于|不高于|不超过|大于|小于|达到)/;

/** A target or score typed as text: `95%`, `≥95%`, `180个` (with 计量单位 个). */
function parseLooseNumber(raw: string, unitOfMeasure?: string): Decimal | undefined {
  let s = normalizeText(raw).replace(COMPARATOR, "");
  if (unitOfMeasure) {
    const u = normalizeText(unitOfMeasure);
    if (u !== "" && s.endsWith(u)) s = s.slice(0, -u.length);
  }
  s = s.replace(/%$/, "");
  return parseNumberText(s)?.value;
}

function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"/g, "").includes("%");
}

/**
 * Reads one amount, count or number cell. Blank for an empty cell or a zero mark (`-`, `—`,
 * `/`); a value for a number or a number written as text (DATA-TEXTNUM for amounts and
 * counts); unreadable for other text (DATA-NOTNUM), an Excel error (DATA-ERRVAL) or a formula
 * never calculated (DATA-NOCACHE). Raises DATA-NEG for a negative where none is allowed.
 */
export function readAmount(
  scope: SheetScope,
  row: number,
  col: number,
  spec: AmountSpec,
  unitOfMeasure?: string,
): Amount {
  return amountOf(scope, scope.grid.cell(row, col), scope.grid.ref(row, col), spec, unitOfMeasure);
}

/** As `readAmount`, for a cell already in hand (`c`, at address `cell`; undefined when empty). */
export function amountOf(
  scope: SheetScope,
  c: SnapshotCell | undefined,
  cell: string,
  spec: AmountSpec,
  unitOfMeasure?: string,
): Amount {
  if (!c) return { state: "blank", cell };
  const v = c.value;
  // The usual cell: a plain number, neither negative nor near the implausible (decided on the
  // double, without decimal arithmetic). No message is built unless it is one to report.
  if (v.type === "number" && v.value >= 0 && v.value < PLAINLY_PLAUSIBLE && !spec.percent) {
    const value = fromExcelNumber(v.value);
    return { state: "value", value: spec.kind === "amount" ? toModelUnit(scope, value) : value, cell };
  }
  const where = spec.column ? `${spec.label} / ${spec.column}` : spec.label;
  const keys = [scope.key, spec.label, spec.column ?? ""];
  if (v.type === "empty") {
    if (c.formula === undefined) return { state: "blank", cell };
    report(scope.ctx, {
      rule: "DATA-NOCACHE",
      message: msg.noCache(cell, where, c.formula),
      cells: [cell],
      keys,
      suggestion: fix.noCache,
    });
    return { state: "unreadable", cell, rule: "DATA-NOCACHE", raw: `=${c.formula}` };
  }
  if (v.type === "error") {
    report(scope.ctx, {
      rule: "DATA-ERRVAL",
      message: msg.errorValue(cell, where, v.value),
      cells: [cell],
      keys,
      suggestion: fix.errorValue,
    });
    return { state: "unreadable", cell, rule: "DATA-ERRVAL", raw: v.value };
  }
  let value: Decimal | undefined;
  if (v.type === "number") {
    // A host may hand over NaN or Infinity; Excel itself shows #NUM! for them.
    value = Number.isFinite(v.value) ? fromExcelNumber(v.value) : undefined;
    if (value && spec.percent && isPercentFormat(c.numFmt)) value = value.times(100);
  } else if (v.type === "string") {
    if (toHalfWidth(v.value).trim() === "" || isZeroMark(v.value)) return { state: "blank", cell };
    if (spec.kind === "number") {
      value = parseLooseNumber(v.value, unitOfMeasure);
    } else {
      value = parseNumberText(v.value)?.value;
      const stated = spec.kind === "amount" ? statedUnit(toHalfWidth(v.value).trim()) : undefined;
      if (value && stated && stated !== scope.unit) {
        // `500元` in a 万元 sheet is 0.05 万元, never 500 万元.
        const converted = convertAmount(value, stated, scope.unit);
        const message = msg.textAmountInUnit(cell, where, v.value, stated, converted.toFixed(), scope.unit);
        report(scope.ctx, { rule: "DATA-TEXTNUM", message, cells: [cell], keys, suggestion: fix.textNumber });
        value = converted;
      } else if (value && !spec.inline) {
        const shown = spec.kind === "amount" ? `${value.toFixed()} ${scope.unit}` : value.toFixed();
        const message = msg.textNumber(cell, where, v.value, shown);
        report(scope.ctx, { rule: "DATA-TEXTNUM", message, cells: [cell], keys, suggestion: fix.textNumber });
      }
    }
  }
  if (!value) {
    const raw = cellText(c);
    report(scope.ctx, { rule: "DATA-NOTNUM", message: msg.notNumber(cell, where, raw), cells: [cell], keys });
    return { state: "unreadable", cell, rule: "DATA-NOTNUM", raw };
  }
  if (value.abs().gte(IMPLAUSIBLE)) {
    // 1e300 would print as 300 digits and swamp every sum it enters.
    const raw = value.toSignificantDigits(6).toExponential();
    report(scope.ctx, { rule: "DATA-NOTNUM", message: msg.implausible(cell, where, raw), cells: [cell], keys });
    return { state: "unreadable", cell, rule: "DATA-NOTNUM", raw };
  }
  if (!spec.allowNegative && value.isNegative() && !value.isZero()) {
    report(scope.ctx, { rule: "DATA-NEG", message: msg.negative(cell, where, value.toFixed()), cells: [cell], keys });
  }
  if (spec.kind === "amount") value = toModelUnit(scope, value);
  return { state: "value", value, cell };
}

/** The trimmed plain text of a cell, or undefined when it is empty. */
export function readText(scope: SheetScope, row: number, col: number | undefined): TextField | undefined {
  if (col === undefined) return undefined;
  const c = scope.grid.cell(row, col);
  const value = cellText(c).trim();
  return value === "" ? undefined : { value, cell: scope.grid.ref(row, col) };
}

/** `206.01.01`, `206-01-01`, `206·01`: the parts of a code written apart (spaces go in normalisation). */
const SEPARATED_CODE = /^\d{3}(?:[.\-·_]\d{2}){1,2}$/;

/**
 * A 科目编码 as text digits: `206`, `"2060101"`, 206.0, `２０６`, `206 01 01`, `206.01.01` all
 * work. Undefined when the cell holds no code. Codes are not amounts: text codes raise nothing.
 */
export function codeOf(c: SnapshotCell | undefined): string | undefined {
  if (!c) return undefined;
  if (c.value.type !== "number" && c.value.type !== "string") return undefined;
  let s = normalizeText(cellText(c)).replace(/\.0+$/, "");
  if (SEPARATED_CODE.test(s)) s = s.replace(/\D/g, "");
  return /^\d+$/.test(s) ? s : undefined;
}

const YES = new Set(["是", "Y", "YES", "TRUE", "√", "✓", "✔", "1", "重点"]);
const NO = new Set(["否", "N", "NO", "FALSE", "×", "✗", "✘", "X", "0", "非重点"]);

/** 是否重点项目 / 是否重点工作: 是/否, √/×, Y/N, TRUE/FALSE, 1/0. */
export function readFlag(scope: SheetScope, row: number, col: number | undefined): boolean | undefined {
  if (col === undefined) return undefined;
  const c = scope.grid.cell(row, col);
  if (!c) return undefined;
  if (c.value.type === "boolean") return c.value.value;
  const s = normalizeText(cellText(c)).toUpperCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}
