import type { Lang, Localized } from "../i18n";
import { Decimal, WAN, formatAmount } from "../money";
import type { AmountUnit } from "../model";
import { convertAmount } from "../units";

/**
 * How figures are written in the report, and the pieces a paragraph is built from. A figure
 * is never typed into a template: it is a `Fig` (its text and the cells behind it) that the
 * paragraph builder places and records.
 */

export interface Fig {
  fig: true;
  text: string;
  cells: string[];
}

/** Text of a sentence: plain strings and figures, in order. */
export type Piece = string | Fig;

export function isFig(p: Piece): p is Fig {
  return typeof p !== "string";
}

/** Cells of an indicator input or a finding: `a,b` unions split, empty ones dropped. */
export function splitCells(cells: readonly string[]): string[] {
  return cells
    .flatMap((c) => c.split(","))
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

export function fig(textValue: string, cells: readonly string[]): Fig {
  return { fig: true, text: textValue, cells: splitCells(cells) };
}

/** An amount of the model's unit in 万元 (exact: 元 ÷ 10000), not yet rounded. */
export function toWan(value: Decimal, unit: AmountUnit): Decimal {
  return convertAmount(value, unit, "万元");
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Amount text: `696.39万元`; en-US `RMB 6,963,900` (the same 万元 figure, in yuan). */
export function amountText(value: Decimal, unit: AmountUnit, lang: Lang): string {
  const wan = new Decimal(formatAmount(toWan(value, unit)));
  if (lang === "zh-CN") return `${formatAmount(wan)}万元`;
  const yuan = wan.times(WAN);
  const sign = yuan.isNegative() ? "-" : "";
  return `RMB ${sign}${groupThousands(yuan.abs().toFixed(0))}`;
}

export function percentText(value: Decimal): string {
  return `${formatAmount(value)}%`;
}

/** A whole count with its measure word: `18名`, `7个` (en-US: the number only). */
export function countText(value: Decimal, word: Localized, lang: Lang): string {
  const n = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
  return lang === "zh-CN" ? `${n}${word["zh-CN"]}` : word["en-US"] ? `${n} ${word["en-US"]}` : n;
}

/** A value as the department wrote it (目标值 180, 7.2), without float noise or padding. */
export function plainNumber(value: Decimal): string {
  return value.toFixed();
}

/** Points of a score profile: `100`, `2.5`. */
export function pointsText(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** `2022-11-15` → `2022年11月15日`; en-US keeps ISO. */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en-US") return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const ZH_NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function zhNumeral(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n];
  if (n < 20) return `十${ZH_NUMERALS[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${ZH_NUMERALS[tens]}十${n % 10 === 0 ? "" : ZH_NUMERALS[n % 10]}`;
}

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let s = "";
  let rest = n;
  for (const [v, r] of ROMAN) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}

/** The numbering of reports: `一、` sections, `（一）` subsections, `1、` items. */
export function sectionNumber(n: number, lang: Lang): string {
  return lang === "zh-CN" ? `${zhNumeral(n)}、` : `${roman(n)}. `;
}

export function subsectionNumber(n: number, lang: Lang): string {
  return lang === "zh-CN" ? `（${zhNumeral(n)}）` : `(${n}) `;
}

export function itemNumber(n: number, lang: Lang): string {
  return lang === "zh-CN" ? `${n}、` : `${n}. `;
}

/** Sentence-final punctuation is added to the department's text only when it has none. */
export function endSentence(s: string, lang: Lang): string {
  const trimmed = s.trim();
  if (/[。！？.!?]$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[，,；;：:、]+$/, "") + (lang === "zh-CN" ? "。" : ".");
}
