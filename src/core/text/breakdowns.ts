import { Decimal, sum } from "../money";
import { isKnownDecomposition } from "./labels";
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

/** What may stand between two parts besides the next part's label. */
const SEPARATORS = /^(?:[\s，,、；;：:]|以及|和|及|与|另有|另|还有)*$/;
const NOT_A_TOTAL_GAP = /比|较|同比|增加|减少|增长|下降|分别/;
const PARTIAL_OPENING = /^[：:\s]*(?:主要|包括|含|如|例如)/;
const PARTIAL_CLOSING = /^\s*(?:等|之类)/;

/** Staff lists are checked only when their parts are staff categories or units. */
const STAFF_PART =
  /行政|事业|工勤|参公|参照公务员|在编|编制|实有|在职|离休|退休|聘用|编外|本级|中心|大队|办公室|站|所|局/;

function sameHead(total: Mention, parts: Mention[]): boolean {
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
    !m.info.change &&
    !m.info.base &&
    !m.info.listed &&
    !m.inParens &&
    m.label !== ""
  );
}

/** The gap text between two positions with the percentages (`，占40.14%`, `（占…）`) removed. */
function gapWithoutShares(text: string, from: number, to: number, mentions: Mention[]): string {
  let gap = "";
  let at = from;
  for (const m of mentions) {
    if (m.kind !== "percent" || m.start < from || m.end > to) continue;
    gap += text.slice(at, m.labelStart);
    at = m.end;
  }
  // Remarks in brackets (`（含专项）`, what is left of `（占40.14%）`) are not part of the list.
  return (gap + text.slice(at, to)).replace(/[（(][^（()）]*[）)]/g, "");
}

function separatorLevel(gap: string): number {
  if (/[；;]/.test(gap)) return 3;
  if (/[，,]/.test(gap)) return 2;
  return 1;
}

function readParts(
  ctx: TextContext,
  total: Mention,
  paragraph: number,
  listStart: number,
  listEnd: number,
  inParens: boolean,
): Mention[] | undefined {
  const text = ctx.normalised[paragraph - 1];
  const mentions = ctx.mentions[paragraph - 1];
  const parts: Mention[] = [];
  let at = listStart;
  let listLevel: number | undefined;
  for (const m of mentions) {
    if (m.start < listStart || m.start >= listEnd) continue;
    if (m.kind === "percent" || (m.inParens && !inParens)) continue;
    const gap = gapWithoutShares(text, at, m.labelStart, mentions);
    if (gap.includes("其中")) return undefined;
    if (!SEPARATORS.test(gap) || m.kind !== total.kind || m.info.change || m.info.base) break;
    if (m.approx || m.info.listed || m.label === "") return undefined;
    if (parts.length > 0 && m.rawLabel.includes("其中")) return undefined;
    // A figure with its own 其中 list is the next total, not one more part.
    if (parts.length > 0 && /^[\s，,；;：:]*其中/.test(text.slice(m.end))) break;
    // `其中A a，B b；C c`: a stronger stop than the one between the parts ends the list.
    if (parts.length > 0) {
      const level = separatorLevel(gap);
      if (listLevel !== undefined && level > listLevel) break;
      listLevel ??= level;
    }
    parts.push(m);
    at = m.end;
  }
  return parts;
}

function sentenceEnd(ctx: TextContext, paragraph: number, position: number): number {
  const s = ctx.paragraphs[paragraph - 1].sentences.find((x) => position >= x.start && position < x.end);
  return s ? s.end : ctx.normalised[paragraph - 1].length;
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
  const step = new Decimal(10).pow(-Math.min(...shares.map((m) => m.decimals)));
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
    total.canonical,
    parts.map((p) => p.canonical),
  );
  return { total, parts, complete: !partial && (known || sameHead(total, parts)) };
}

function fromQizhong(ctx: TextContext, paragraph: number, q: number): Breakdown | undefined {
  const text = ctx.normalised[paragraph - 1];
  const mentions = ctx.mentions[paragraph - 1];
  const before = mentions.filter((m) => m.end <= q && m.kind !== "percent");
  const total = before[before.length - 1];
  if (!usableTotal(total)) return undefined;
  const sentences = ctx.paragraphs[paragraph - 1].sentences;
  const qSentence = sentences.findIndex((s) => q >= s.start && q < s.end);
  // The list may open the sentence after its total, but no further away.
  if (qSentence - total.sentence > 1 || qSentence < total.sentence) return undefined;
  if (NOT_A_TOTAL_GAP.test(gapWithoutShares(text, total.end, q, mentions))) return undefined;
  const open = Math.max(text.lastIndexOf("（", q), text.lastIndexOf("(", q));
  const inParens = open > total.end && !/[）)]/.test(text.slice(open, q));
  const end = inParens ? closingBracket(text, open) : sentenceEnd(ctx, paragraph, q);
  if (end < 0) return undefined;
  const parts = readParts(ctx, total, paragraph, q + 2, end, inParens);
  if (!parts || parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  return breakdown(ctx, total, parts, end, text.slice(q + 2, q + 6), text.slice(last.end, last.end + 3));
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

export function findBreakdowns(ctx: TextContext): Breakdown[] {
  const found: Breakdown[] = [];
  ctx.paragraphs.forEach((p) => {
    const text = ctx.normalised[p.index - 1];
    for (let q = text.indexOf("其中"); q >= 0; q = text.indexOf("其中", q + 2)) {
      const b = fromQizhong(ctx, p.index, q);
      if (b) found.push(b);
    }
    for (const m of ctx.mentions[p.index - 1]) {
      if (!usableTotal(m)) continue;
      const b = fromBrackets(ctx, p.index, m);
      if (b) found.push(b);
    }
  });
  return found;
}
