import { sum } from "../money";
import type { Mention, TextContext } from "./mentions";

/**
 * Reading the parts of a total after `其中` (or in brackets, or after `主要用于：`): figures of
 * the same kind separated only by punctuation and connecting words, each with a name, up to
 * the first clause that is not a part. A list that cannot be read to its end gives undefined.
 */

/** What may stand between two parts besides the next part's label. */
const SEPARATORS = /^(?:[\s，,、；;：:。]|以及|和|及|与|另有|另|还有)*$/;

/**
 * A remark on the part before, closed by `；` before the next part: `…1080.12万元，主要包括：
 * 基本工资、津贴补贴…；公用经费…`, `…0万元，与上年持平；…`. It holds no figure of its own.
 */
const REMARK =
  /[，,]\s*(?:主要(?:包括|用于|是|为|有)|(?:与|较|比)上年(?:度)?持平|同比持平|与上年相同)[^；;。]*(?=[；;。])/g;

/** A label that describes the figure before rather than naming a new part (`主要用于科技项目`). */
const DESCRIBING = /^(?:主要|用于|包括|含|其中)/;

/** The gap text between two positions with the percentages (`，占40.14%`, `（占…）`) removed. */
export function gapWithoutShares(text: string, from: number, to: number, mentions: Mention[]): string {
  let gap = "";
  let at = from;
  for (const m of mentions) {
    if (m.kind !== "percent" || m.start < from || m.end > to) continue;
    gap += text.slice(at, m.labelStart);
    at = m.end;
  }
  // Remarks in brackets (`（含专项）`, what is left of `（占40.14%）`) are not part of the list.
  return (gap + text.slice(at, to)).replace(/[（(][^（()）]*[）)]/g, "").replace(REMARK, "");
}

/**
 * `其中，局机关在职113人、离休2人、退休75人、财政事务中心10人，国库集中支付中心5人`: a list
 * of `、` whose last part follows a `，` is read to that part only when it then adds up to the
 * total exactly; otherwise the `，` ends the list, as a stronger stop does.
 */
function commaTailAddsUp(total: Mention, parts: Mention[]): boolean {
  return parts.every((p) => p.unit === total.unit) && sum(parts.map((p) => p.value)).eq(total.value);
}

/** `30万元用于设计、测绘`: a part named after its figure, by what it paid for. */
const PURPOSE_AFTER = /^\s*(?:用于|用作)[^，,、；;。（(\d]+(?:、[^，,、；;。（(\d]+)*/;

function separatorLevel(gap: string): number {
  if (/[；;。]/.test(gap)) return 3;
  if (/[，,]/.test(gap)) return 2;
  return 1;
}

export function readParts(
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
  // Where the parts after a `、` list's closing `，` begin, if any (see `commaTailAddsUp`).
  let tailFrom: number | undefined;
  for (const m of mentions) {
    if (m.start < listStart || m.start >= listEnd) continue;
    if (m.kind === "percent" || (m.inParens && !inParens)) continue;
    const gap = gapWithoutShares(text, at, m.labelStart, mentions);
    if (gap.includes("其中")) return undefined;
    if (!SEPARATORS.test(gap) || m.kind !== total.kind || m.info.change || m.info.base) break;
    const purpose = PURPOSE_AFTER.exec(text.slice(m.end, listEnd));
    if (m.approx || m.negative || m.info.listed || (m.label === "" && !purpose)) return undefined;
    // `A预算15、决算2.48`: a budget and a spending of one item are no two parts.
    if (parts.length > 0 && m.info.measure !== parts[0].info.measure) return undefined;
    if (parts.length > 0 && (m.rawLabel.includes("其中") || DESCRIBING.test(m.rawLabel))) return undefined;
    // A figure with its own 其中 list is the next total, not one more part.
    if (parts.length > 0 && /^[\s，,；;：:]*其中/.test(text.slice(m.end))) break;
    // `其中A a，B b；C c`: a stronger stop than the one between the parts ends the list.
    if (parts.length > 0) {
      const level = separatorLevel(gap);
      if (listLevel === 1 && level === 2 && tailFrom === undefined && parts.length > 1) {
        tailFrom = parts.length;
        listLevel = level;
      }
      if (listLevel !== undefined && level > listLevel) break;
      listLevel ??= level;
    }
    parts.push(m);
    at = m.end + (purpose?.[0].length ?? 0);
  }
  // `…执法执勤用车6辆，` and nothing after: a list cut off with its paragraph is not read.
  if (/^[\s，,、；;：:]+$/.test(text.slice(at))) return undefined;
  if (tailFrom !== undefined && !commaTailAddsUp(total, parts)) return parts.slice(0, tailFrom);
  return parts;
}
