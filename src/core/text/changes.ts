import { canonicalLabel } from "./labels";
import { parseLabel } from "./label-parse";
import { judgeChange, judgeRateOfPrior, type ChangeGroup } from "./change-judge";
import type { TextFinding } from "./finding";
import type { Mention, TextContext } from "./mentions";

/**
 * TXT-CHANGE: `本年X万元，上年Y万元，增加Z万元，增长r%`, `较上年增加2.4万元，增长0.24%`, `下降43%`,
 * `持平`. The change (amount, rate, direction word) must agree with the stated current and
 * prior figures; with only X, Z and r the rate must agree with the prior they imply; with a
 * workbook and no prior stated, with its 上年决算数. A sentence that states only the change
 * (`本年支出合计较上年增加230.12万元`) is of the figure it names, stated before in the paragraph.
 */

const FLAT = /(?<!基本|大致|大体|总体|略|基本保持)持平/g;

function sameName(m: Mention, name: string): boolean {
  if (name === "") return false;
  if (m.label === name) return true;
  const canonical = canonicalLabel(name, true) ?? canonicalLabel(parseLabel(name).label, true);
  return canonical !== undefined && canonical === m.canonical;
}

function compatible(subject: Mention, prior: Mention): boolean {
  if (subject.kind !== prior.kind || subject.info.measure !== prior.info.measure) return false;
  return prior.label === "" || sameName(subject, prior.label);
}

function attaches(group: ChangeGroup | undefined, m: Mention): group is ChangeGroup {
  const of = m.info.changeSubject ?? "";
  if (group === undefined) return false;
  if (of !== "") return sameName(group.subject, of);
  // A budget changes against another budget (`比年初预算增加`), or when the change names it.
  // A budget changes like any figure: `收入总预算317.6万元，同比增加8.25万元`.
  return true;
}

function isSubject(m: Mention): boolean {
  return (
    m.period === "current" && !m.info.listed && !m.inParens && !m.negative && (m.label !== "" || m.info.periodStated)
  );
}

/** The same change stated twice (`减少0.50万元…增减额为-0.50万元`). */
function restates(a: Mention, b: Mention): boolean {
  return a.unit === b.unit && a.value.eq(b.value) && a.info.change === b.info.change;
}

/** Puts a change into its group's slot; a second, different one makes the group ambiguous. */
function place(group: ChangeGroup, m: Mention): void {
  const slot = m.kind === "percent" ? "rate" : "amount";
  if (m.kind !== "percent" && m.kind !== group.subject.kind) return;
  const taken = group[slot];
  if (taken && !restates(taken, m)) group.ambiguous = true;
  else group[slot] ??= m;
}

/**
 * The figure a sentence's change is of when the sentence states no figure of it: the last
 * current figure of that name earlier in the paragraph (`本年支出合计3980.12万元…。本年支出合计
 * 较上年增加…`). Only by name: a change that names nothing is not given a subject.
 */
function namedSubject(ctx: TextContext, paragraph: number, before: number, name: string): Mention | undefined {
  const earlier = ctx.mentions[paragraph - 1].filter(
    (m) => m.end <= before && isSubject(m) && !m.approx && !m.info.change && !m.info.base && m.kind !== "percent",
  );
  const measure = parseLabel(name).measure;
  // `一般公共预算财政拨款增加…` of `一般公共预算财政拨款支出1264.92万元` stated before.
  const named = (m: Mention) =>
    sameName(m, name) || (/^(?:支出|收入)$/.test(m.label.slice(name.length)) && m.label.startsWith(name));
  const here = earlier.filter((m) => named(m) && m.info.measure === measure).pop();
  if (here || name === "") return here;
  // `其中公务接待较上年同期减少0.58万元` of `公务接待11.8万元` in another section: the one
  // figure of that name and of the report year in the text.
  const stated = parseLabel(name).measureStated;
  const keys = [
    name,
    `${name}支出`,
    `${name}收入`,
    canonicalLabel(name, true) ?? canonicalLabel(parseLabel(name).label, true),
  ];
  const candidates = [...new Set(keys.flatMap((k) => (k ? (byName(ctx).get(k) ?? []) : [])))];
  return only(
    candidates.filter((m) => figureOf(m) && isSubject(m) && named(m) && (!stated || m.info.measure === measure)),
  );
}

const NAMES = new WeakMap<TextContext, Map<string, Mention[]>>();

/** The text's figures by label and by canonical label, built once. */
function byName(ctx: TextContext): Map<string, Mention[]> {
  let names = NAMES.get(ctx);
  if (names) return names;
  names = new Map();
  for (const ms of ctx.mentions)
    for (const m of ms) {
      for (const key of new Set([m.label, m.canonical])) {
        if (!key) continue;
        const list = names.get(key) ?? [];
        list.push(m);
        names.set(key, list);
      }
    }
  NAMES.set(ctx, names);
  return names;
}

function figureOf(m: Mention): boolean {
  return !m.approx && !m.info.change && !m.info.base && !m.negative && m.kind !== "percent";
}

/** The one value of several mentions (the same figure may be stated twice), else undefined. */
function only(ms: Mention[]): Mention | undefined {
  return ms.length > 0 && ms.every((m) => m.value.eq(ms[0].value) && m.unit === ms[0].unit) ? ms[0] : undefined;
}

/** Last year's figure of a subject, stated anywhere in the text (`2021年…公务接待12.39万元`). */
function priorElsewhere(ctx: TextContext, subject: Mention): Mention | undefined {
  if (ctx.model) return undefined;
  const candidates = [
    ...new Set([...(byName(ctx).get(subject.label) ?? []), ...(byName(ctx).get(subject.canonical ?? "") ?? [])]),
  ];
  return only(
    candidates.filter(
      (m) =>
        figureOf(m) &&
        m.period === "prior" &&
        !m.inParens &&
        m.kind === subject.kind &&
        (m.label === subject.label || (m.canonical !== undefined && m.canonical === subject.canonical)),
    ),
  );
}

/** Whether a change is against another base (the budget, or last year) than the group's. */
function againstOther(group: ChangeGroup, m: Mention): boolean {
  const before = group.amount ?? group.rate;
  if (!before?.info.compared || !m.info.compared) return false;
  return Boolean(before.info.versusBudget) !== Boolean(m.info.versusBudget);
}

/** A second comparison of the group's figure, against another base. */
function nextComparison(group: ChangeGroup): ChangeGroup {
  return { subject: group.subject, flat: false, ambiguous: false };
}

interface SentenceScan {
  groups: ChangeGroup[];
  /** Changes of no figure of the sentence's groups: stated first, or naming another figure. */
  orphans: Mention[];
  prior?: Mention;
  flat: boolean;
}

function scan(ctx: TextContext, mentions: Mention[], sentence: { start: number; end: number }, paragraph: number) {
  const result: SentenceScan = { groups: [], orphans: [], flat: false };
  const flats = [...ctx.normalised[paragraph - 1].slice(sentence.start, sentence.end).matchAll(FLAT)].map(
    (f) => sentence.start + (f.index ?? 0),
  );
  let group: ChangeGroup | undefined;
  let pendingPrior: Mention | undefined;
  // After `其中人员经费增加40万元`, an unnamed `增长3.8%` is of 人员经费, not of the group's figure.
  let diverted = false;
  // `占68.42%，比上年提高2%`: a rate right after a share may be the share's change (in points).
  let afterShare = false;
  const flatsUpTo = (pos: number) => {
    while (flats.length > 0 && flats[0] < pos) {
      flats.shift();
      if (group) group.flat = true;
      else result.flat = true;
    }
  };
  for (const m of mentions) {
    flatsUpTo(m.start);
    if (m.approx) continue;
    if (m.info.change) {
      // `分别比上年增加a、b`: which change is whose is not read; none is judged.
      if (m.info.listed) {
        if (group) group.ambiguous = true;
        continue;
      }
      if (m.kind === "percent" && afterShare) continue;
      if (m.kind !== "percent") afterShare = false;
      const named = (m.info.changeSubject ?? "") !== "";
      // `比预算减少a，比上年减少b，下降r%`: a change against another base than the one before
      // is a second comparison of the same figure.
      if (!diverted && group && attaches(group, m) && againstOther(group, m)) {
        group = nextComparison(group);
        result.groups.push(group);
      }
      if (!diverted && attaches(group, m)) place(group, m);
      else if (!diverted || !named || !group) {
        result.orphans.push(m);
        result.prior ??= pendingPrior;
        diverted = group !== undefined;
      }
      continue;
    }
    if (m.kind === "percent") {
      afterShare = true;
      continue;
    }
    afterShare = false;
    if (m.info.base || m.period === "prior") {
      // `…比预算减少a，比上年决算数X减少b`: a base after a change opens a second comparison.
      if (group && (group.amount || group.rate) && compatible(group.subject, m)) {
        group = nextComparison(group);
        result.groups.push(group);
      }
      if (group && !group.prior && compatible(group.subject, m)) group.prior = m;
      else if (!group || !group.prior) {
        // `调整后预算880.00万元…；与上年的820.50万元相比，增加…`: a base that is not of the
        // group's figure starts a change of something else.
        group = undefined;
        pendingPrior = m;
      }
      continue;
    }
    if (!isSubject(m) || m.negative) continue;
    // `支出18.60万元，预算25.00万元，比上年减少…`: the budget of the figure before is not what
    // changed; neither is the base of a rate (`完成预算25.00万元的74.40%`).
    if (group && group.subject.info.measure === "决算" && m.info.measure !== "决算") continue;
    if (/^的\s*[\d.]+\s*%/.test(ctx.normalised[paragraph - 1].slice(m.end, m.end + 14))) continue;
    group = { subject: m, flat: false, ambiguous: false };
    diverted = false;
    // `上年X万元，本年Y万元`; but not across `；` or `其中` (the prior of the total is not a part's).
    const between = pendingPrior ? ctx.normalised[paragraph - 1].slice(pendingPrior.end, m.labelStart) : "";
    if (pendingPrior && compatible(m, pendingPrior) && !/[；;]|其中/.test(between)) group.prior = pendingPrior;
    pendingPrior = undefined;
    result.groups.push(group);
  }
  flatsUpTo(sentence.end);
  result.prior ??= pendingPrior;
  return result;
}

/** Changes of no group: of the figure they name, else (with the prior stated) rate = change / prior. */
/**
 * `“三公”经费预算较上年增加1.68万元，其中公务接待较上年减少0.58万元，减少4.68%`: each change
 * that names its figure starts a run; the unnamed ones after it (its rate) belong to it.
 */
function orphanRuns(orphans: Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  for (const o of orphans) {
    if ((o.info.changeSubject ?? "") !== "" || runs.length === 0) runs.push([o]);
    else runs[runs.length - 1].push(o);
  }
  return runs;
}

/** `收入支出总体与上年相比，增加…`: the name of the change stated before the comparison and its comma. */
const NAME_BEFORE_COMPARISON =
  /([^，,。；;：:]+?)(?:与|较|比|同)(?:上年度?|去年|上一年度?|\d{4}年度?)(?:同期)?相比[，,]\s*$/;

function namedBeforeComparison(ctx: TextContext, paragraph: number, change: Mention): string {
  const before = ctx.normalised[paragraph - 1].slice(0, change.labelStart);
  const name = NAME_BEFORE_COMPARISON.exec(before)?.[1];
  return name === undefined ? "" : parseLabel(name).label;
}

function orphanFinding(ctx: TextContext, s: SentenceScan, paragraph: number): TextFinding | undefined {
  const start = s.orphans[0].start;
  const names = new Set(s.orphans.map((o) => o.info.changeSubject ?? "").filter((n) => n !== ""));
  if (names.size > 1) return undefined;
  const name = [...names][0] ?? s.prior?.label ?? namedBeforeComparison(ctx, paragraph, s.orphans[0]);
  const subject = namedSubject(ctx, paragraph, start, name);
  if (subject) {
    const group: ChangeGroup = { subject, flat: s.flat, ambiguous: false, crossSentence: true };
    if (s.prior && compatible(subject, s.prior)) group.prior = s.prior;
    else if (subject.paragraph !== paragraph) group.prior = priorElsewhere(ctx, subject);
    for (const o of s.orphans) place(group, o);
    return judgeChange(ctx, group);
  }
  const distinct = (xs: Mention[]) => xs.filter((x, i) => !xs.slice(0, i).some((y) => restates(y, x)));
  const amounts = distinct(s.orphans.filter((o) => o.kind !== "percent"));
  const rates = distinct(s.orphans.filter((o) => o.kind === "percent"));
  if (!s.prior || amounts.length !== 1 || rates.length !== 1) return undefined;
  return judgeRateOfPrior(ctx, s.prior, amounts[0], rates[0]);
}

/**
 * `2022年“三公”经费支出决算3.46万元，比上年多2.4万元` in a report of 2023: a sentence that
 * states no figure of the report year is about the year it names, and changes against the year
 * before that. (Without a workbook only: the workbook's 上年 is the report year's.)
 */
function ofTheirYear(ctx: TextContext, mentions: Mention[]): Mention[] {
  const figure = (m: Mention) => m.kind !== "percent" && !m.approx && !m.info.change && !m.info.base;
  if (ctx.model || mentions.some((m) => figure(m) && isSubject(m))) return mentions;
  return mentions.map((m) =>
    figure(m) && m.info.year !== undefined && m.info.periodWord !== "prior" ? { ...m, period: "current" } : m,
  );
}

export function checkChanges(ctx: TextContext): TextFinding[] {
  const findings: TextFinding[] = [];
  ctx.paragraphs.forEach((p, i) => {
    const all = ctx.mentions[i];
    let at = 0;
    p.sentences.forEach((s, si) => {
      const from = at;
      while (at < all.length && all[at].sentence === si) at++;
      const mentions = ofTheirYear(ctx, all.slice(from, at));
      const result = scan(ctx, mentions, s, p.index);
      for (const g of result.groups) {
        const f = judgeChange(ctx, g);
        if (f) findings.push(f);
      }
      const runs = orphanRuns(result.orphans);
      for (const orphans of runs) {
        // A run after the first has no stated prior of its own.
        const f = orphanFinding(
          ctx,
          { ...result, orphans, prior: orphans === runs[0] ? result.prior : undefined },
          p.index,
        );
        if (f) findings.push(f);
      }
    });
  });
  return findings;
}
