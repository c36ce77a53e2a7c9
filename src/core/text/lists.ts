import { canonicalLabel } from "./labels";
import { parseLabel } from "./label-parse";
import type { Mention } from "./mentions";

/**
 * Parallel lists: names in one list, figures in another (`基本支出和项目支出分别为1856.32万元、
 * 623.18万元`, `分别为基本支出、项目支出，金额分别为…`), and the shares that follow them
 * (`所占比重分别为74.87%、25.13%`). A figure gets the name of its place only when the two
 * lists have the same length; otherwise the figures keep no name and nothing is checked.
 */

const KEYWORD = /分别(?:为|是|达到|达|占)?|依次(?:为|是)|各为|各是/g;
const BOUNDARY = /[，,。；;：:]/;
const BETWEEN_VALUES = /^[\s、，,和及与]*$/;
const LEADING = /^(?:其中|包括|主要是|主要为|主要有|本年|本年度|全年)+/;
/** What a name in such a list looks like: a figure of the accounts or an amount word. */
const NAME_LIKE = /(?:支出|收入|经费|费|资金|合计|总计|结余|结转)$/;
/** `所占比重`, `占比`, `分别占本年支出的`: the list is of shares of the names before. */
const SHARE_HEAD = /(?:所?占(?:比重|比例|比)?|占[^，,。；;]*的(?:比重|比例)?)$/;

function nameLike(s: string): boolean {
  const label = parseLabel(s).label;
  return label !== "" && (canonicalLabel(label, true) !== undefined || NAME_LIKE.test(label));
}

/** `A、B和C` → [A, B, C]; a `和` inside a name (`社会保障和就业支出`) stays. */
function splitNames(head: string): string[] | undefined {
  const names: string[] = [];
  for (const piece of head.split("、")) {
    const parts = piece.split(/和|及|与/);
    if (parts.length > 1 && parts.every(nameLike)) names.push(...parts);
    else names.push(piece);
  }
  return names.every(nameLike) ? names : undefined;
}

/** The figures that follow `from` separated only by `、` `，` `和`: one list. */
function valuesAfter(text: string, mentions: Mention[], from: number, share: boolean): Mention[] {
  const values: Mention[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.start < from) continue;
    const gap = text.slice(at, m.start);
    // `分别占本年支出合计的74.87%`: the whole may stand between the keyword and the first share.
    const ok = values.length === 0 && share ? !BOUNDARY.test(gap) : BETWEEN_VALUES.test(gap);
    if (!ok || (values.length > 0 && m.kind !== values[0].kind)) break;
    values.push(m);
    at = m.end;
  }
  return values;
}

function name(m: Mention, raw: string, labelStart: number | undefined): void {
  const info = parseLabel(raw);
  m.info = { ...m.info, label: info.label, listed: false };
  m.label = info.label;
  m.canonical = canonicalLabel(info.label, info.periodStated || m.info.periodStated);
  if (labelStart !== undefined) m.labelStart = labelStart;
}

/** The `n` figures before `first` in its sentence, each with its own name, none a percentage. */
function namedRunBefore(mentions: Mention[], first: Mention | undefined, n: number): Mention[] | undefined {
  if (!first || n < 2) return undefined;
  const before = mentions.filter((m) => m.sentence === first.sentence && m.end <= first.start);
  const run = before.slice(-n);
  if (run.length !== n || run.some((m) => m.kind === "percent" || m.label === "" || m.info.change || m.info.base))
    return undefined;
  return run;
}

/** Shares are of a list only when they follow it at once (`…、b万元，所占比重分别为`). */
function rightAfter(text: string, list: Mention[] | undefined, headStart: number): Mention[] | undefined {
  const last = list?.[list.length - 1];
  return last && last.end <= headStart && /^[\s，,]*$/.test(text.slice(last.end, headStart)) ? list : undefined;
}

/** Where the clause of a position starts: after the last `，` `。` `；` `：` before it. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !BOUNDARY.test(text[start - 1])) start--;
  return start;
}

/**
 * `货物、工程、服务规模分别为a、b和c，占全国规模比例为x%、y%和z%`: a run of shares without
 * 分别 right after a run of figures is of those figures in order; after a run of another
 * length it is of none that can be told, and none is judged.
 */
function resolveShareRuns(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    if (first.kind !== "percent" || first.shareFor || first.info.shareOf === undefined || first.info.listed) continue;
    const run = [first];
    for (let next = mentions[i + 1]; next; next = mentions[i + run.length]) {
      const ok = next.kind === "percent" && !next.shareFor && next.sentence === first.sentence;
      if (!ok || !BETWEEN_VALUES.test(text.slice(run[run.length - 1].end, next.start))) break;
      run.push(next);
    }
    if (run.length < 2) continue;
    i += run.length - 1;
    const headStart = clauseStart(text, first.labelStart);
    const figures: Mention[] = [];
    for (const m of mentions.filter((f) => f.sentence === first.sentence && f.end <= headStart).reverse()) {
      const gap = text.slice(m.end, figures.length === 0 ? headStart : figures[0].start);
      if (m.kind === "percent" || !(figures.length === 0 ? /^[\s，,]*$/ : BETWEEN_VALUES).test(gap)) break;
      figures.unshift(m);
    }
    const whole = first.info.shareOf;
    run.forEach((v, k) => {
      if (figures.length === run.length) v.shareFor = figures[k];
      v.info = { ...v.info, shareOf: figures.length === run.length ? whole : undefined };
    });
  }
}

/** Names and shares for the figures of `A、B分别为a、b` lists in one paragraph (in place). */
/** Where the names of a list start: after `其中：` and the like. */
function namesStart(text: string, headStart: number, ks: number): number {
  return (
    headStart + (/^\s*(?:其中|包括|主要是|主要为|主要有)*[：:]?\s*/.exec(text.slice(headStart, ks))?.[0].length ?? 0)
  );
}

export function resolveParallelLists(text: string, mentions: Mention[]): void {
  let pending: { names?: string[]; start: number } | undefined;
  let lastList: Mention[] | undefined;
  for (const k of text.matchAll(KEYWORD)) {
    const ks = k.index ?? 0;
    const ke = ks + k[0].length;
    let headStart = ks;
    while (headStart > 0 && !BOUNDARY.test(text[headStart - 1])) headStart--;
    const head = text.slice(headStart, ks).replace(/\s/g, "").replace(LEADING, "");
    const share = k[0] === "分别占" || SHARE_HEAD.test(head);
    const values = valuesAfter(text, mentions, ke, share);
    if (share) {
      // Shares of the figures of the list just before, in the same order; without such a list,
      // of the named figures just before (`基本支出a，项目支出b，分别占…的x%、y%`).
      const parts = rightAfter(text, lastList ?? namedRunBefore(mentions, values[0], values.length), headStart);
      if (parts && values.length === parts.length && values.every((v) => v.kind === "percent")) {
        const whole = values[0].info.shareOf ?? "";
        values.forEach((v, i) => {
          v.shareFor = parts[i];
          v.info = { ...v.info, shareOf: whole, listed: false };
        });
      }
      continue;
    }
    if (values.length === 0) {
      // `分别为基本支出、项目支出，金额分别为…`: names now, figures in the next list.
      let end = ke;
      while (end < text.length && !BOUNDARY.test(text[end])) end++;
      pending = { names: splitNames(text.slice(ke, end)), start: namesStart(text, headStart, ks) };
      continue;
    }
    const fromPending = head === "" || /^(?:金额|资金|数额|支出金额|支出)$/.test(head);
    const names = fromPending ? pending?.names : splitNames(head);
    // The first figure's clause starts at the names, so that `其中A和B分别为a、b` reads as a list.
    const start = fromPending ? pending?.start : namesStart(text, headStart, ks);
    pending = undefined;
    if (!names || names.length !== values.length || values.length < 2) continue;
    values.forEach((v, i) => name(v, names[i], i === 0 ? start : undefined));
    lastList = values;
  }
  resolveShareRuns(text, mentions);
}
