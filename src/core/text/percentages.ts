import { Decimal, sum } from "../money";
import { text } from "../i18n";
import { breakdownOf, type Breakdown } from "./breakdowns";
import { checkRatio, compareUnit, inUnit, slackOf } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import { canonicalLabel, isPartOf, kindOfFigure } from "./labels";
import { parseLabel } from "./label-parse";
import { nameOf, sentenceOf, shown, type Mention, type TextContext } from "./mentions";
import { findRates } from "./rates";
import { nearestWhole, wholeOfParts } from "./wholes";

/**
 * TXT-PCT for shares: `卫生健康支出200.65万元，占40.14%` (of the total of its 其中 list),
 * `占项目支出的40.14%` (of 项目支出 stated in the same sentence), `占项目支出499.91万元的40.14%`.
 * Recomputed only when the sentence (or its 其中 list) states both figures. Several shares of
 * the same whole must also add up to no more than 100%.
 */

interface Share {
  percent: Mention;
  part?: Mention;
  whole?: Mention;
  /** What the whole is called (`项目支出`), "" for a bare `占比`. */
  wholeLabel: string;
}

const BETWEEN_PART_AND_SHARE = /^[\s，,（(]*所?$/;
const AFTER_INLINE_WHOLE = /^的?(?:比重|比例)?(?:为|是|达)?$/;

function sameName(m: Mention, label: string): boolean {
  return m.label === label || (m.canonical !== undefined && m.canonical === canonicalLabel(label, true));
}

function usable(m: Mention | undefined): m is Mention {
  return m !== undefined && m.kind !== "percent" && !m.approx && !m.negative && !m.info.change && !m.info.base;
}

/**
 * `本年收入中，一般公共预算财政拨款收入1150.30万元，占95.83%`: the sentence names the whole it
 * divides, whose figure the paragraph stated before.
 */
function wholeNamedAtStart(ctx: TextContext, p: Mention): Mention | undefined {
  const sentence = sentenceOf(ctx, p);
  const named = /^(.{2,12}?)中[，,：:]/.exec(ctx.normalised[p.paragraph - 1].slice(sentence.start, p.start));
  if (!named) return undefined;
  const label = parseLabel(named[1]);
  const earlier = ctx.mentions[p.paragraph - 1].filter(
    (m) => m.end <= sentence.start && usable(m) && m.period === "current" && sameName(m, label.label),
  );
  return earlier[earlier.length - 1];
}

/** The part a share is of, in the same sentence: the figure just before `占`, or the one named there. */
function partBefore(ctx: TextContext, p: Mention, zhan: number, exclude: Mention | undefined): Mention | undefined {
  const text = ctx.normalised[p.paragraph - 1];
  const sameSentence = ctx.mentions[p.paragraph - 1].filter(
    (m) => m.sentence === p.sentence && m !== p && m !== exclude,
  );
  const before = sameSentence.filter((m) => m.end <= zhan && m.kind !== "percent");
  const part: Mention | undefined = before[before.length - 1];
  if (usable(part) && BETWEEN_PART_AND_SHARE.test(text.slice(part.end, zhan))) return part;
  // `卫生健康支出占…`: the part is named before 占, its figure stated earlier in the sentence.
  const from = Math.max(part ? part.end : 0, sentenceOf(ctx, p).start);
  const named = parseLabel(
    text
      .slice(from, zhan)
      .split(/[，,；;：:（(]/)
      .pop() ?? "",
  ).label;
  const candidates = sameSentence.filter((m) => usable(m) && named !== "" && m.label === named);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The whole a share names (`占政府采购支出总额的91.97%`): the one figure of that name in the
 * sentence, else the one stated earlier in the paragraph.
 */
function namedWhole(
  ctx: TextContext,
  p: Mention,
  part: Mention | undefined,
  label: string,
  sameSentence: Mention[],
): Mention | undefined {
  // `占政府采购预算的52.55%`: a whole named with its measure is the figure of that name and measure.
  const wanted = parseLabel(label);
  const measure = wanted.measureStated ? wanted.measure : "决算";
  const isWhole = (m: Mention) =>
    sameName(m, label) || (wanted.measureStated && m.label === wanted.label && m.info.measure === measure);
  const named = sameSentence.filter((m) => usable(m) && m !== part && isWhole(m));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const start = sentenceOf(ctx, p).start;
  const stated = (m: Mention) => usable(m) && !m.inParens && m.period === "current" && m.info.measure === "决算";
  const statedAs = (m: Mention) => usable(m) && !m.inParens && m.period === "current" && m.info.measure === measure;
  const earlier = ctx.mentions[p.paragraph - 1].filter((m) => m.end <= start && statedAs(m) && isWhole(m));
  if (earlier.length > 0) return earlier.length === 1 ? earlier[0] : undefined;
  // `占本年支出合计的31.45%` in another section: the department's totals are one figure each.
  const canonical = canonicalLabel(label, true);
  if (!canonical || !DEPARTMENT_TOTALS.includes(canonical)) return undefined;
  const all = departmentTotals(ctx, stated).get(canonical) ?? [];
  return all.length > 0 && all.every((m) => m.value.eq(all[0].value) && m.unit === all[0].unit) ? all[0] : undefined;
}

/** Totals a department states once: a share of one of them is of that one figure. */
const DEPARTMENT_TOTALS = ["本年支出合计", "本年收入合计", "收入总计", "支出总计"];

const TOTALS = new WeakMap<TextContext, Map<string, Mention[]>>();

/** The stated figures of each department total, collected once per text. */
function departmentTotals(ctx: TextContext, stated: (m: Mention) => boolean): Map<string, Mention[]> {
  let totals = TOTALS.get(ctx);
  if (totals) return totals;
  totals = new Map();
  for (const ms of ctx.mentions)
    for (const m of ms) {
      if (!m.canonical || !DEPARTMENT_TOTALS.includes(m.canonical) || !stated(m) || m.label === "") continue;
      const list = totals.get(m.canonical) ?? [];
      list.push(m);
      totals.set(m.canonical, list);
    }
  TOTALS.set(ctx, totals);
  return totals;
}

function shareOf(ctx: TextContext, p: Mention, breakdowns: Breakdown[]): Share | undefined {
  const all = ctx.mentions[p.paragraph - 1];
  const i = all.indexOf(p);
  const previous = all[i - 1];
  let whole: Mention | undefined;
  let wholeLabel: string;
  let zhan = -1;
  let part: Mention | undefined;
  if (p.shareFor) {
    part = usable(p.shareFor) ? p.shareFor : undefined;
    wholeLabel = p.info.shareOf ?? "";
  } else if (p.info.shareOf !== undefined) {
    wholeLabel = p.info.shareOf;
    zhan = ctx.normalised[p.paragraph - 1].lastIndexOf("占", p.start);
  } else if (usable(previous) && previous.info.shareOf !== undefined && AFTER_INLINE_WHOLE.test(p.rawLabel)) {
    whole = previous;
    wholeLabel = previous.label;
    zhan = ctx.normalised[p.paragraph - 1].lastIndexOf("占", previous.start);
  } else {
    return undefined;
  }
  if (!p.shareFor) part = partBefore(ctx, p, zhan, whole);
  const sameSentence = all.filter((m) => m.sentence === p.sentence && m !== p && m !== whole);
  if (!whole) {
    const ofPart = part === undefined ? undefined : breakdownOf(breakdowns, part);
    if (wholeLabel === "") whole = ofPart?.total ?? wholeNamedAtStart(ctx, p) ?? (part && nearestWhole(ctx, part));
    else if (ofPart && sameName(ofPart.total, wholeLabel)) whole = ofPart.total;
    else whole = namedWhole(ctx, p, part, wholeLabel, sameSentence);
  }
  return { percent: p, part, whole, wholeLabel };
}

function recompute(ctx: TextContext, s: Share): TextFinding | undefined {
  const { part, whole, percent } = s;
  if (!part || !whole || part.kind !== whole.kind) return undefined;
  const unit = compareUnit([part, whole]);
  const [pv, wv] = part.kind === "amount" ? [inUnit(part, unit), inUnit(whole, unit)] : [part.value, whole.value];
  const zero = new Decimal(0);
  const [ps, ws] = part.kind === "amount" ? [slackOf(part, unit), slackOf(whole, unit)] : [zero, zero];
  const r = checkRatio(percent, pv, wv, ps, ws);
  if (!r || r.ok) return undefined;
  const partName = nameOf(part);
  const wholeName = nameOf(whole);
  const expected = r.expected.toFixed(percent.decimals);
  return textFinding(
    "TXT-PCT",
    { paragraph: percent.paragraph, offset: percent.start, quote: sentenceOf(ctx, percent).text },
    text(
      `${partName} ${shown(part)} 占 ${wholeName} ${shown(whole)} 的比例为 ${expected}%，文中为 ${percent.raw}%`,
      `${partName} ${shown(part)} is ${expected}% of ${wholeName} ${shown(whole)}; the text says ${percent.raw}%`,
    ),
    `TXT-PCT|${partName}|${wholeName}|${percent.raw}`,
    {
      expected,
      actual: percent.raw,
      difference: percent.value.minus(r.expected).toFixed(percent.decimals),
      tolerance: r.step.toFixed(percent.decimals),
      suggestion: text(`核对比例或两个数字：${expected}%`, `Check the share or the two figures: ${expected}%`),
    },
  );
}

/**
 * `节能产品…占同类产品采购规模的90%，环保产品…占同类产品采购规模的88%`: each share is of the
 * part's own class, so shares of `同类…` are of different wholes.
 */
const OWN_CLASS = /^(?:同类|同类别|各自|本类)/;

/**
 * `其中授予中小企业合同金额32407.19万元，占…96.7%，其中授予小微企业合同金额2739.43万元，占…8.2%`:
 * a second 其中 after a share opens a part of the part before, not another part of the whole.
 */
function nestedInPrevious(ctx: TextContext, previous: Share, s: Share): boolean {
  const { part } = s;
  if (!part || part.paragraph !== previous.percent.paragraph || part.start < previous.percent.end) return false;
  return ctx.normalised[part.paragraph - 1].slice(previous.percent.end, part.start).includes("其中");
}

/**
 * Shares of one whole in one sentence: by the whole's figure, else by its name. Other
 * sentences may cut the whole another way (集中/分散 采购 there, 货物/工程/服务 here).
 */
function groupKey(s: Share): string | undefined {
  if (OWN_CLASS.test(s.wholeLabel)) return undefined;
  const at = `${s.percent.paragraph}.${s.percent.sentence}`;
  if (s.whole) return `${at}|${s.whole.paragraph}:${s.whole.start}`;
  if (s.wholeLabel !== "") return `${at}|${canonicalLabel(s.wholeLabel, true) ?? s.wholeLabel}`;
  return undefined;
}

function overHundred(ctx: TextContext, shares: Share[]): TextFinding | undefined {
  const byPart = new Map<string, Share>();
  shares.forEach((s, i) => {
    if (i === 0 || !nestedInPrevious(ctx, shares[i - 1], s)) byPart.set(s.part?.label || `#${i}`, s);
  });
  const distinct = [...byPart.values()];
  if (distinct.length < 2) return undefined;
  const total = sum(distinct.map((s) => s.percent.value));
  const step = new Decimal(10).pow(-distinct.reduce((d, s) => Math.max(d, s.percent.decimals), 0));
  if (total.lte(new Decimal(100).plus(step.times(distinct.length)))) return undefined;
  const last = distinct[distinct.length - 1];
  const whole = last.whole ? nameOf(last.whole) : last.wholeLabel;
  const list = distinct.map((s) => `${s.percent.raw}%`).join(" + ");
  return textFinding(
    "TXT-PCT",
    { paragraph: last.percent.paragraph, offset: last.percent.start, quote: sentenceOf(ctx, last.percent).text },
    text(
      `占 ${whole} 的各项比例之和为 ${total.toFixed()}%（${list}），超过 100%`,
      `The shares of ${whole} add up to ${total.toFixed()}% (${list}), more than 100%`,
    ),
    `TXT-PCT|${whole}|合计|${total.toFixed()}`,
    {
      expected: "100",
      actual: total.toFixed(),
      difference: total.minus(100).toFixed(),
      tolerance: step.times(distinct.length).toFixed(),
    },
  );
}

/** Shares of one sentence that found no whole: of the sum of their parts, when those make up a total. */
function wholeFromParts(shares: Share[]): void {
  const bare = shares.filter((s) => !s.whole && s.wholeLabel === "" && s.part);
  const whole = wholeOfParts(bare.map((s) => s.part as Mention));
  if (whole) for (const s of bare) s.whole = whole;
}

/**
 * Shares of one named whole across sentences (`基本支出…占一般公共预算支出的84.06%` … `项目支出…
 * 占一般公共预算支出的19.62%`), when their parts are distinct parts of one total: they cannot
 * add up to more than 100%. Shares of a budget (`占调整预算x%`) are completion rates.
 */
function acrossSentences<S extends Share>(shares: S[]): Map<string, S[]> {
  const groups = new Map<string, S[]>();
  for (const s of shares) {
    if (s.wholeLabel === "" || /^(?:年初|调整后?|全年)?预算数?$/.test(s.wholeLabel) || !s.part) continue;
    const kind = kindOfFigure(s.part.label, s.part.canonical);
    const total = ["本年支出合计", "本年收入合计", "三公经费合计"].find((t) => isPartOf(t, kind));
    if (!kind || !total || s.part.period !== "current") continue;
    const key = `${canonicalLabel(s.wholeLabel, true) ?? s.wholeLabel}|${total}|${s.percent.info.measure}`;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  return groups;
}

export function checkPercentages(ctx: TextContext, breakdowns: Breakdown[]): TextFinding[] {
  const findings: TextFinding[] = [];
  const all: (Share & { failed: boolean })[] = [];
  for (const mentions of ctx.mentions) {
    let sentence: Share[] = [];
    const flush = () => {
      wholeFromParts(sentence);
      for (const s of sentence) {
        const f = recompute(ctx, s);
        if (f) findings.push(f);
        all.push({ ...s, failed: f !== undefined });
      }
      sentence = [];
    };
    for (const p of mentions) {
      if (p.kind !== "percent" || p.approx || p.negative || p.info.change) continue;
      const s = shareOf(ctx, p, breakdowns);
      if (!s) continue;
      if (sentence.length > 0 && sentence[0].percent.sentence !== p.sentence) flush();
      sentence.push(s);
    }
    flush();
  }
  const groups = new Map<string, (Share & { failed: boolean })[]>();
  for (const s of all) {
    const key = groupKey(s);
    if (!key) continue;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  for (const shares of [...groups.values(), ...acrossSentences(all).values()]) {
    // A share already shown wrong explains the excess; the total is not reported again.
    if (shares.some((s) => s.failed)) continue;
    const f = overHundred(ctx, shares);
    if (f) findings.push(f);
  }
  return [...findings, ...findRates(ctx, breakdowns)];
}
