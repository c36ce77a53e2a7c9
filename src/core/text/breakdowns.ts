import { Decimal, sum } from "../money";
import { canonicalLabel, isKnownDecomposition, isPartOf, kindOfFigure } from "./labels";
import { parseLabel } from "./label-parse";
import { gapWithoutShares, readParts } from "./list-parts";
import type { Mention, TextContext } from "./mentions";

/**
 * A total with its parts: `基本支出696.39万元，其中人员经费支出603.83万元；日常公用经费92.56万元`,
 * `项目支出499.91万元。其中科学技术支出…` (the list may open the next sentence), or the parts in
 * brackets right after the total. A list that cannot be read to its end is not a breakdown.
 */
export interface Breakdown {
  total: Mention;
  parts: Mention[];
  /** The parts are the whole decomposition, so parts adding up to less are an error. */
  complete: boolean;
}

const NOT_A_TOTAL_GAP = /比|较|同比|增加|减少|增长|下降|分别/;
const PARTIAL_OPENING = /^[：:\s]*(?:主要|包括|含|如|例如)/;
const PARTIAL_CLOSING = /^\s*(?:等|之类)/;
/** `X万元，主要用于以下方面：A a，B b`: a list of the main parts, right after the total. */
const MAIN_PARTS_OPENER =
  /^[，,]?\s*(?:主要用于|主要包括|主要有|具体包括|具体为|具体如下|包括)(?:以下方面|以下几个方面|如下)?[：:]/;
/**
 * `人员经费中，工资福利支出…`, `项目支出按支出功能分类，具体为：…`: the sentence names the total
 * its list is of.
 */
const NAMED_TOTAL =
  /^(?:[一二三四五六七八九十]+是)?(.{2,20}?)(?:中|按[^，,。：:]{0,12}分类)[，,：:]?(?:具体为|具体如下|情况如下|主要为|主要用于)?[，,：:]/;

/** Staff lists are checked only when their parts are staff categories or units. */
const STAFF_PART =
  /行政|事业|工勤|参公|参照公务员|在编|编制|实有|在职|离休|退休|聘用|编外|本级|中心|大队|办公室|站|所|局/;
/** Vehicle lists (`共有车辆8辆，其中：一般公务用车2辆、其他用车6辆`) by the kinds of the asset report. */
const VEHICLE_PART = /用车$/;

function sameHead(total: Mention, parts: Mention[]): boolean {
  if (total.kind === "count" && total.unit === "辆") return parts.every((p) => VEHICLE_PART.test(p.label));
  if (total.kind === "count") return parts.every((p) => STAFF_PART.test(p.label));
  // Lists of projects (`A项目支出`) are usually only the main ones.
  if (parts.some((p) => p.label.includes("项目"))) return false;
  if (total.label.endsWith("支出")) return parts.every((p) => p.label.endsWith("支出"));
  if (total.label.endsWith("收入")) return parts.every((p) => p.label.endsWith("收入"));
  return false;
}

function usableTotal(m: Mention | undefined): m is Mention {
  return (
    m !== undefined &&
    m.kind !== "percent" &&
    !m.approx &&
    !m.negative &&
    !m.info.change &&
    !m.info.base &&
    !m.info.listed &&
    !m.inParens &&
    m.label !== ""
  );
}

function sentenceEnd(ctx: TextContext, paragraph: number, position: number): number {
  const s = ctx.paragraphs[paragraph - 1].sentences.find((x) => position >= x.start && position < x.end);
  return s ? s.end : ctx.normalised[paragraph - 1].length;
}

/** `…，主要用于基本工资、津贴补贴等。`: what a part of a list says it is spent on. */
const SPENT_ON = /[，,]\s*主要(?:用于|包括|是|为)[^。；;]*[。；;]?\s*$/;

/**
 * Where a `其中` list ends: at its sentence's end, or later when each part is a sentence of
 * its own (`人员经费 809961.19 元，主要用于…。公用经费 71339.2 元，主要用于…。`): a sentence
 * that ends with what its part is spent on may be followed by one that opens with the next.
 */
function listEnd(ctx: TextContext, paragraph: number, q: number): number {
  const sentences = ctx.paragraphs[paragraph - 1].sentences;
  const text = ctx.normalised[paragraph - 1];
  const mentions = ctx.mentions[paragraph - 1];
  let i = sentences.findIndex((x) => q >= x.start && q < x.end);
  if (i < 0) return text.length;
  for (; i + 1 < sentences.length; i++) {
    const last = mentions.filter((m) => m.sentence === i && m.start >= q).pop();
    if (!last || last.kind !== "amount" || !SPENT_ON.test(text.slice(last.end, sentences[i].end))) break;
    const next = mentions.find((m) => m.sentence === i + 1);
    const opens = next && next.kind === "amount" && next.labelStart <= sentences[i + 1].start + 1;
    if (!opens || next.info.change || next.label === "") break;
  }
  return sentences[i].end;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "（" || text[i] === "(") depth++;
    else if (text[i] === "）" || text[i] === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Bare shares of the parts (`科学技术支出225.21万元，占45.05%`) that add up to clearly less
 * than 100% say the list is not the whole.
 */
function sharesSayPartial(ctx: TextContext, parts: Mention[], listEnd: number): boolean {
  const first = parts[0];
  const shares = ctx.mentions[first.paragraph - 1].filter(
    (m) => m.kind === "percent" && m.info.shareOf === "" && m.start > first.start && m.start < listEnd,
  );
  if (shares.length !== parts.length) return false;
  const step = new Decimal(10).pow(-shares.reduce((d, m) => Math.min(d, m.decimals), Infinity));
  return sum(shares.map((m) => m.value)).lt(new Decimal(100).minus(step.times(shares.length)));
}

function breakdown(
  ctx: TextContext,
  total: Mention,
  parts: Mention[],
  listEnd: number,
  opening: string,
  closing: string,
): Breakdown {
  const partial =
    PARTIAL_OPENING.test(opening) || PARTIAL_CLOSING.test(closing) || sharesSayPartial(ctx, parts, listEnd);
  const known = isKnownDecomposition(
    kindOfFigure(total.label, total.canonical),
    parts.map((p) => kindOfFigure(p.label, p.canonical)),
  );
  return { total, parts, complete: !partial && (known || sameHead(total, parts)) };
}

/** Whether a `（` before `q` is still open at `q`; its position, or -1. */
function openBracket(text: string, q: number): number {
  const open = Math.max(text.lastIndexOf("（", q), text.lastIndexOf("(", q));
  return open >= 0 && !/[）)]/.test(text.slice(open, q)) ? open : -1;
}

/**
 * `“三公”经费支出6.80万元…较上年减少0.50万元，下降6.85%。其中：因公出国（境）费…`: the figure
 * before 其中 is a change, so the list is of a total stated earlier in the paragraph. Taken
 * only when every part is a known part of that total (none the parent of another).
 */
function fromEarlierTotal(ctx: TextContext, paragraph: number, q: number, end: number): Breakdown | undefined {
  const text = ctx.normalised[paragraph - 1];
  const candidates = ctx.mentions[paragraph - 1].filter((m) => m.end <= q && usableTotal(m) && m.canonical).reverse();
  for (const total of candidates) {
    const parts = readParts(ctx, total, paragraph, q + 2, end, false);
    if (!parts || parts.length < 2) continue;
    const canonicals = parts.map((p) => p.canonical);
    if (!canonicals.every((c) => isPartOf(total.canonical, c))) continue;
    if (canonicals.some((c) => canonicals.some((d) => d !== c && isPartOf(c, d)))) return undefined;
    const last = parts[parts.length - 1];
    return breakdown(ctx, total, parts, end, text.slice(q + 2, q + 6), text.slice(last.end, last.end + 3));
  }
  return undefined;
}

function fromQizhong(ctx: TextContext, paragraph: number, q: number): Breakdown | undefined {
  const text = ctx.normalised[paragraph - 1];
  const mentions = ctx.mentions[paragraph - 1];
  const open = openBracket(text, q);
  // A figure in brackets before 其中 (`（含上年结转40万元）`) is a remark, not the total.
  const before = mentions.filter((m) => m.end <= q && m.kind !== "percent" && (open >= 0 || !m.inParens));
  const total = before[before.length - 1];
  const sentences = ctx.paragraphs[paragraph - 1].sentences;
  const qSentence = sentences.findIndex((s) => q >= s.start && q < s.end);
  const inParens = open >= 0 && total !== undefined && open >= total.end;
  const end = inParens ? closingBracket(text, open) : listEnd(ctx, paragraph, q);
  if (end < 0) return undefined;
  const opensSentence = qSentence >= 0 && /^[\s]*$/.test(text.slice(sentences[qSentence].start, q));
  if (
    !usableTotal(total) ||
    NOT_A_TOTAL_GAP.test(gapWithoutShares(text, total.end, q, mentions)) ||
    qSentence - total.sentence > 1 ||
    qSentence < total.sentence
  ) {
    return opensSentence && !inParens ? fromEarlierTotal(ctx, paragraph, q, end) : undefined;
  }
  const parts = readParts(ctx, total, paragraph, q + 2, end, inParens);
  if (!parts || parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  return breakdown(ctx, total, parts, end, text.slice(q + 2, q + 6), text.slice(last.end, last.end + 3));
}

/** `…3620.20万元，主要用于以下方面：A 15.60万元，占0.43%；B…`: the main parts of the total. */
function fromOpener(ctx: TextContext, paragraph: number, total: Mention): Breakdown | undefined {
  const text = ctx.normalised[paragraph - 1];
  const opener = MAIN_PARTS_OPENER.exec(text.slice(total.end));
  if (!opener) return undefined;
  const start = total.end + opener[0].length;
  const end = sentenceEnd(ctx, paragraph, start);
  const parts = readParts(ctx, total, paragraph, start, end, false);
  if (!parts || parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  const opening = opener[0].replace(/^[，,\s]+/, "");
  return breakdown(ctx, total, parts, end, opening, text.slice(last.end, last.end + 3));
}

function sameName(m: Mention, label: string): boolean {
  return m.label === label || (m.canonical !== undefined && m.canonical === canonicalLabel(label, true));
}

/**
 * `人员经费中，工资福利支出906.12万元，对个人和家庭的补助174.00万元。`: the total is named at
 * the start of the sentence and stated once before, in this paragraph or the one before.
 */
function fromNamedTotal(ctx: TextContext, paragraph: number, sentence: number): Breakdown | undefined {
  const s = ctx.paragraphs[paragraph - 1].sentences[sentence];
  const text = ctx.normalised[paragraph - 1];
  const named = NAMED_TOTAL.exec(text.slice(s.start, s.end));
  if (!named) return undefined;
  const { label, measure } = parseLabel(named[1]);
  if (label === "") return undefined;
  // `“三公”经费支出决算中，…`: of the 决算, not of the 预算 stated beside it.
  const stated = (p: number, upTo: number) =>
    (ctx.mentions[p - 1] ?? []).filter(
      (m) =>
        m.end <= upTo && usableTotal(m) && m.period === "current" && m.info.measure === measure && sameName(m, label),
    );
  const here = stated(paragraph, s.start);
  const candidates = here.length > 0 || paragraph === 1 ? here : stated(paragraph - 1, Infinity);
  if (candidates.length !== 1) return undefined;
  const total = candidates[0];
  const start = s.start + named[0].length;
  const parts = readParts(ctx, total, paragraph, start, s.end, false);
  if (!parts || parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  return breakdown(ctx, total, parts, s.end, text.slice(start, start + 4), text.slice(last.end, last.end + 3));
}

function fromBrackets(ctx: TextContext, paragraph: number, total: Mention): Breakdown | undefined {
  const text = ctx.normalised[paragraph - 1];
  const open = total.end + (text.slice(total.end).length - text.slice(total.end).trimStart().length);
  if (text[open] !== "（" && text[open] !== "(") return undefined;
  const close = closingBracket(text, open);
  if (close < 0 || text.slice(open + 1, close).includes("其中")) return undefined;
  const inner = ctx.mentions[paragraph - 1].filter((m) => m.start > open && m.end <= close);
  if (!inner.some((m) => m.kind !== "percent")) return undefined;
  const parts = readParts(ctx, total, paragraph, open + 1, close, true);
  if (!parts || parts.length < 2) return undefined;
  // Every figure in the brackets must have been read as a part or a share.
  if (inner.filter((m) => m.kind !== "percent").length !== parts.length) return undefined;
  const last = parts[parts.length - 1];
  return breakdown(ctx, total, parts, close, text.slice(open + 1, open + 5), text.slice(last.end, close));
}

/**
 * `2021年度“三公”经费合计支出20.12万元，其中：…公务接待12.39万元`: a part of a total is of the
 * total's year and measure unless it names its own.
 */
function inheritFromTotal(b: Breakdown): void {
  for (const p of b.parts) {
    if (!p.info.periodStated) p.period = b.total.period;
    if (!p.info.measureStated) p.info = { ...p.info, measure: b.total.info.measure };
  }
}

const PARENTS = new WeakMap<Breakdown[], Map<Mention, Breakdown>>();

/** The breakdown a figure is a part of, if any. */
export function breakdownOf(breakdowns: Breakdown[], m: Mention): Breakdown | undefined {
  let parents = PARENTS.get(breakdowns);
  if (!parents) {
    parents = new Map();
    for (const b of breakdowns) for (const p of b.parts) parents.set(p, b);
    PARENTS.set(breakdowns, parents);
  }
  return parents.get(m);
}

export function findBreakdowns(ctx: TextContext): Breakdown[] {
  const found: Breakdown[] = [];
  const taken = new Set<Mention>();
  const add = (b: Breakdown | undefined) => {
    // A figure is a part of one total only (the first reading of it wins).
    if (!b || b.parts.some((p) => taken.has(p))) return;
    found.push(b);
    for (const p of b.parts) taken.add(p);
  };
  ctx.paragraphs.forEach((p) => {
    const text = ctx.normalised[p.index - 1];
    for (let q = text.indexOf("其中"); q >= 0; q = text.indexOf("其中", q + 2)) add(fromQizhong(ctx, p.index, q));
    for (const m of ctx.mentions[p.index - 1]) {
      if (!usableTotal(m)) continue;
      add(fromBrackets(ctx, p.index, m));
      add(fromOpener(ctx, p.index, m));
    }
    p.sentences.forEach((_, i) => add(fromNamedTotal(ctx, p.index, i)));
  });
  for (const b of found) inheritFromTotal(b);
  return found;
}
