import type { Decimal } from "../money";
import type { DepartmentModel } from "../model";
import { findFigures, normaliseDigits, type Figure } from "./amounts";
import { canonicalLabel } from "./labels";
import { normaliseLabelText, parseLabel, rawLabelBefore, type LabelInfo } from "./label-parse";
import { resolveParallelLists } from "./lists";
import type { Paragraph } from "./paragraphs";

/** `current` (the report year), `prior` (上年), or another year (`y2020`). */
export type Period = "current" | "prior" | `y${number}`;

/** A figure with what the text calls it, where it stands, and which year it is of. */
export interface Mention extends Figure {
  paragraph: number;
  /** Index into the paragraph's sentences. */
  sentence: number;
  /** Where the label text starts (the figure's clause). */
  labelStart: number;
  /** The clause text before the figure, normalised (no spaces, quotes or remarks). */
  rawLabel: string;
  info: LabelInfo;
  /** Cleaned label (`人员经费支出`), "" when the clause names nothing. */
  label: string;
  /** Template label (`人员经费`) or function class (`科学技术支出`). */
  canonical?: string;
  period: Period;
  /** Inside brackets: a remark on the figure before it (`（占40.14%）`). */
  inParens: boolean;
  /** A share in a parallel list (`所占比重分别为74.87%、25.13%`): the figure it is the share of. */
  shareFor?: Mention;
}

export interface TextContext {
  paragraphs: Paragraph[];
  /** The paragraphs with full-width digits made ASCII (same offsets). */
  normalised: string[];
  /** Mentions by paragraph (index 0 is paragraph 1). */
  mentions: Mention[][];
  reportYear?: number;
  model?: DepartmentModel;
  /** A fixed tolerance, in the model's unit (万元 without a model). */
  tolerance?: Decimal;
}

/** A clause that names only a measure: `决算`, `实际决算`, `实际支出`, `预算数为`. */
const MEASURE_ONLY = /^(?:实际)?(?:决算|预算|年初预算|调整后预算|全年预算|支出|执行)?数?(?:为|是)?$/;

function bracketDepths(text: string, sentences: Paragraph["sentences"]): number[] {
  const depth = new Array<number>(text.length + 1).fill(0);
  for (const s of sentences) {
    let d = 0;
    for (let i = s.start; i < s.end; i++) {
      depth[i] = d;
      if (text[i] === "（" || text[i] === "(") d++;
      else if ((text[i] === "）" || text[i] === ")") && d > 0) d--;
    }
    depth[s.end] = d;
  }
  return depth;
}

/**
 * Amounts written with fewer decimals than the most precise amount of the text: trailing zeros
 * left off (`预算1万元，决算0.53万元`), not rounded. Every amount when none has decimals (a
 * budget kept in whole 万元).
 */
function markExact(mentions: Mention[][]): void {
  const amount = (m: Mention) => m.kind === "amount" && m.unit !== "亿元" && !m.approx;
  let most = 0;
  for (const ms of mentions) for (const m of ms) if (amount(m)) most = Math.max(most, m.decimals);
  for (const ms of mentions) for (const m of ms) if (amount(m) && (most === 0 || m.decimals < most)) m.exact = true;
}

function periodOf(info: LabelInfo, reportYear: number | undefined): Period {
  if (info.year !== undefined) {
    if (info.year === reportYear) return "current";
    if (reportYear !== undefined && info.year === reportYear - 1) return "prior";
    return `y${info.year}`;
  }
  return info.periodWord ?? "current";
}

/**
 * A change written with a sign: `增减额为-0.50万元` and `增长-6.85%` are decreases. The figure
 * keeps its size and the direction goes to the label. `下降-3.2%` may mean either, so it is
 * read as an estimate (never judged).
 */
function signedChange(f: Figure, info: LabelInfo): Figure {
  if (!f.negative) return f;
  if (info.signed || info.change === "up") info.change = "down";
  else return { ...f, approx: true };
  return { ...f, value: f.value.abs() };
}

function mentionsOf(paragraph: Paragraph, normalised: string, reportYear: number | undefined): Mention[] {
  // A table row has cells, not clauses: its figures have no label the text check could read.
  if (paragraph.kind === "table") return [];
  const figures = findFigures(paragraph.text);
  const depth = bracketDepths(normalised, paragraph.sentences);
  const mentions: Mention[] = [];
  let previousEnd = 0;
  for (const f of figures) {
    const sentence = paragraph.sentences.findIndex((s) => f.start >= s.start && f.start < s.end);
    const sentenceStart = sentence >= 0 ? paragraph.sentences[sentence].start : 0;
    const floor = Math.max(previousEnd, sentenceStart);
    // The minus sign of `-0.50万元` belongs to the figure, not to its label.
    const sign = f.negative ? (/[-－−][ \u00a0]*$/.exec(normalised.slice(floor, f.start))?.[0].length ?? 0) : 0;
    const raw = rawLabelBefore(normalised, f.start - sign, floor);
    const info = parseLabel(raw);
    // `比2021年预算减少` in a report of 2022: last year's budget, a change like any other.
    if (info.versusYear !== undefined && reportYear !== undefined && info.versusYear !== reportYear)
      info.versusBudget = undefined;
    const figure = info.change ? signedChange(f, info) : f;
    // An amount after `占`: it is the whole a share is taken of (`占项目支出499.91万元的`).
    let label = f.kind !== "percent" && info.shareOf !== undefined ? info.shareOf : info.label;
    const before = mentions[mentions.length - 1];
    // `“三公”经费支出预算3万元，决算1.71万元`: a measure alone names the figure before it again.
    if (f.kind === "amount" && MEASURE_ONLY.test(normaliseLabelText(raw)) && before?.sentence === sentence) {
      if (before.kind === "amount" && before.label !== "" && !before.info.change && !before.info.base) {
        label = before.label;
        info.label = label;
        info.periodStated ||= before.info.periodStated;
      }
    }
    mentions.push({
      start: figure.start,
      end: figure.end,
      numberEnd: figure.numberEnd,
      raw: figure.raw,
      value: figure.value,
      decimals: figure.decimals,
      unit: figure.unit,
      kind: figure.kind,
      approx: figure.approx,
      negative: figure.negative,
      paragraph: paragraph.index,
      sentence: Math.max(sentence, 0),
      labelStart: f.start - sign - raw.length,
      rawLabel: normaliseLabelText(raw),
      info,
      label,
      canonical: label === "" ? undefined : canonicalLabel(label, info.periodStated),
      period: periodOf(info, reportYear),
      inParens: depth[f.start] > 0,
      exact: false,
    });
    previousEnd = f.end;
  }
  resolveParallelLists(normalised, mentions);
  return mentions;
}

/**
 * The report year: the model's 年度, else the first `2022年度` near the top of the text, else
 * the year the text names most (`2020年本年收入合计…，与2019年相比…`); dates (`2023年5月`) are
 * when the report was written, not what it is of.
 */
function detectReportYear(paragraphs: Paragraph[], model?: DepartmentModel): number | undefined {
  if (model?.info.year) return model.info.year.value;
  for (const p of paragraphs.slice(0, 8)) {
    const m = /((?:19|20)\d{2})\s*年度/.exec(normaliseDigits(p.text));
    if (m) return Number(m[1]);
  }
  const counts = new Map<number, number>();
  for (const p of paragraphs) {
    // `比2021年预算减少`: a year compared with is not the year reported on.
    for (const m of normaliseDigits(p.text).matchAll(/(?<![\d比较与同])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g)) {
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0];
}

export function buildContext(
  paragraphs: Paragraph[],
  options: { model?: DepartmentModel; tolerance?: Decimal },
): TextContext {
  const reportYear = detectReportYear(paragraphs, options.model);
  const normalised = paragraphs.map((p) => normaliseDigits(p.text));
  const mentions = paragraphs.map((p, i) => mentionsOf(p, normalised[i], reportYear));
  markExact(mentions);
  return {
    paragraphs,
    normalised,
    mentions,
    reportYear,
    model: options.model,
    tolerance: options.tolerance,
  };
}

export function sentenceOf(ctx: TextContext, m: Mention): { start: number; end: number; text: string } {
  return ctx.paragraphs[m.paragraph - 1].sentences[m.sentence];
}

/** The text from the sentence of `from` through the sentence of `to`. */
export function quoteSpan(ctx: TextContext, from: Mention, to: Mention): string {
  // Figures of two paragraphs: the sentence of the later one says what is wrong.
  if (from.paragraph !== to.paragraph) return sentenceOf(ctx, to).text;
  const p = ctx.paragraphs[from.paragraph - 1];
  const a = p.sentences[from.sentence];
  const b = p.sentences[Math.max(from.sentence, to.sentence)];
  return p.text.slice(a.start, b.end);
}

/** A figure as written: `499.91万元`, `40.14%`. */
export function shown(m: Figure): string {
  return `${m.negative ? "-" : ""}${m.raw}${m.unit}`;
}

/** The label to name a figure by in a message (`项目支出预算` keeps its measure). */
export function nameOf(m: Mention): string {
  const measure = m.info.measure === "决算" ? "" : m.info.measure;
  return m.label || measure ? m.label + measure : m.canonical || m.rawLabel || "";
}
