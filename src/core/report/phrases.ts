import { text, type Lang, type Localized } from "../i18n";
import { Decimal, ZERO, formatAmount, percentage } from "../money";
import { joinPieces } from "./builder";
import type { CellValue, ReportContext } from "./context";
import { toWan, type Piece } from "./format";

/** Phrases several sections share: the change on last year, a share of a whole, list separators. */

export const WORDS = {
  person: text("名", ""),
  people: text("人", ""),
  piece: text("个", ""),
  item: text("项", ""),
};

export function comma(lang: Lang): string {
  return lang === "zh-CN" ? "，" : ", ";
}

export function semicolon(lang: Lang): string {
  return lang === "zh-CN" ? "；" : "; ";
}

export function enumerationComma(lang: Lang): string {
  return lang === "zh-CN" ? "、" : ", ";
}

export function stop(lang: Lang): string {
  return lang === "zh-CN" ? "。" : ".";
}

/** Clauses joined by commas (or another separator) and closed as one sentence. */
export function sentence(ctx: ReportContext, clauses: Piece[][], separator = comma(ctx.lang)): Piece[] {
  const kept = clauses.filter((c) => c.length > 0);
  if (kept.length === 0) return [];
  const out = [...joinPieces(kept, separator), stop(ctx.lang)];
  if (ctx.lang === "en-US" && typeof out[0] === "string") out[0] = out[0].charAt(0).toUpperCase() + out[0].slice(1);
  return out;
}

const UP = text("较上年增加{amount}，增长{rate}", "up {amount} ({rate}) on last year");
const UP_NO_RATE = text("较上年增加{amount}", "up {amount} on last year");
const DOWN = text("较上年减少{amount}，下降{rate}", "down {amount} ({rate}) on last year");
const DOWN_NO_RATE = text("较上年减少{amount}", "down {amount} on last year");
const SAME = text("与上年持平", "unchanged from last year");

/** `较上年增加46.29万元，增长4.03%`, from this year's and last year's cells. */
export function changeOnLastYear(ctx: ReportContext, current: CellValue, previous: CellValue): Piece[] {
  const cells = [current.cell, previous.cell];
  const diff = current.value.minus(previous.value);
  if (formatAmount(toWan(diff.abs(), ctx.unit)) === "0.00") return ctx.s(SAME);
  const rate = percentage(diff.abs(), previous.value.abs());
  const amount = ctx.amount(diff.abs(), cells);
  const params: Record<string, Piece> = rate === undefined ? { amount } : { amount, rate: ctx.percent(rate, cells) };
  if (diff.isPositive()) return ctx.s(rate === undefined ? UP_NO_RATE : UP, params);
  return ctx.s(rate === undefined ? DOWN_NO_RATE : DOWN, params);
}

const SHARE = text("占{whole}的{rate}", "{rate} of {whole}");
const SHARE_SHORT = text("占{rate}", "{rate} of the total");

/** `占本年支出合计的58.21%`; without `wholeLabel`: `占92.44%`. */
export function shareOf(ctx: ReportContext, part: CellValue, whole: CellValue, wholeLabel?: Localized): Piece[] {
  const rate = percentage(part.value, whole.value);
  if (rate === undefined) return [];
  const r = ctx.percent(rate, [part.cell, whole.cell]);
  return wholeLabel ? ctx.s(SHARE, { rate: r, whole: ctx.t(wholeLabel) }) : ctx.s(SHARE_SHORT, { rate: r });
}

/** Sums of cells that hold a number; undefined when none does. */
export function sumCells(values: (CellValue | undefined)[]): { value: Decimal; cells: string[] } | undefined {
  const present = values.filter((v): v is CellValue => v !== undefined);
  if (present.length === 0) return undefined;
  return { value: present.reduce((acc, v) => acc.plus(v.value), ZERO), cells: present.map((v) => v.cell) };
}
