import type { Lang, Localized } from "../i18n";
import { Decimal } from "../money";
import type { Amount, AmountUnit, DepartmentModel } from "../model";
import type { CheckResult, IndicatorResult } from "../result";
import { DEFAULT_PROFILE, type Profile } from "../scoring";
import { judge } from "../scoring/judgements";
import { localizedPieces } from "./builder";
import { amountText, countText, fig, percentText, splitCells, type Fig, type Piece } from "./format";

/** What every section builder reads: the check result, the language, and figure helpers. */

export interface ComposeOptions {
  lang?: Lang;
  /** Fingerprint → the department's explanation of a warning marked 已说明. */
  explained?: Record<string, string>;
  /** The scoring profile the score was computed with: its criteria, judgements and naming. */
  profile?: Profile;
  /**
   * 报告素材 paragraphs with a TXT-* error or warning: `hold` leaves them out and lists them in
   * the 待补充清单; `mark` prints them followed by 【待核实：…】 with the finding.
   */
  flaggedMaterial?: "hold" | "mark";
  /** The 落款 date, ISO `YYYY-MM-DD`; without it the 落款 has the department only. */
  date?: string;
  /** Leave the 待补充清单 appendix out of the document (the report sheet always has it). */
  omitTodo?: boolean;
}

/** A figure read from one cell. */
export interface CellValue {
  value: Decimal;
  cell: string;
}

/** An indicator that could be computed, with the cells of its inputs. */
export interface IndicatorValue {
  value: Decimal;
  cells: string[];
}

export interface ReportContext {
  lang: Lang;
  result: CheckResult;
  model: DepartmentModel;
  unit: AmountUnit;
  explained: Record<string, string>;
  profile: Profile;
  options: ComposeOptions;
  t(l: Localized): string;
  /** The profile's word for an indicator's value (`预算执行情况较好`), if it has one. */
  judge(key: string, value: Decimal): string | undefined;
  /** A localized sentence template filled with pieces. */
  s(l: Localized, params?: Record<string, Piece | Piece[]>): Piece[];
  amount(value: Decimal, cells: readonly string[]): Fig;
  percent(value: Decimal, cells: readonly string[]): Fig;
  count(value: Decimal, cells: readonly string[], word: Localized): Fig;
  indicator(id: string): IndicatorValue | undefined;
  /** A 收支总表 figure that holds a number; undefined when blank, absent or unreadable. */
  summaryValue(row: string, column?: string): CellValue | undefined;
}

export function cellValue(a: Amount | undefined): CellValue | undefined {
  return a && a.state === "value" ? { value: a.value, cell: a.cell } : undefined;
}

/**
 * 单位名称 as the sentence's subject, or `fallback` when the workbook leaves it blank (so a
 * sentence never starts with a bare `的主要职责是` or ` has evaluated`).
 */
export function unitName(ctx: Pick<ReportContext, "model" | "t">, fallback: Localized): string {
  const name = ctx.model.info.name?.value.trim() ?? "";
  return name !== "" ? name : ctx.t(fallback);
}

/**
 * The department as the body refers to it after the opening: its name, or the profile's fixed
 * self-reference (`我局`), so generated text and the department's own paragraphs agree.
 */
export function subjectName(ctx: Pick<ReportContext, "model" | "t" | "profile">, fallback: Localized): string {
  const ref = ctx.profile.selfReference;
  return ref.kind === "fixed" ? ctx.t(ref.word) : unitName(ctx, fallback);
}

export function indicatorCells(ind: IndicatorResult): string[] {
  return splitCells(ind.inputs.map((i) => i.cell));
}

export function createContext(result: CheckResult, options: ComposeOptions = {}): ReportContext {
  const lang = options.lang ?? "zh-CN";
  const model = result.model;
  const unit = model.unit;
  return {
    lang,
    result,
    model,
    unit,
    explained: options.explained ?? {},
    profile: options.profile ?? DEFAULT_PROFILE,
    options,
    t: (l) => l[lang],
    judge: (key, value) => judge(options.profile ?? DEFAULT_PROFILE, key, value, lang),
    s: (l, params = {}) => localizedPieces(lang, l, params),
    amount: (value, cells) => fig(amountText(value, unit, lang), cells),
    percent: (value, cells) => fig(percentText(value), cells),
    count: (value, cells, word) => fig(countText(value, word, lang), cells),
    indicator: (id) => {
      const ind = result.indicators.find((i) => i.id === id);
      if (!ind || ind.value === undefined) return undefined;
      return { value: ind.value, cells: indicatorCells(ind) };
    },
    summaryValue: (row, column = "决算数") => cellValue(model.summary.rows[row]?.values[column]),
  };
}
