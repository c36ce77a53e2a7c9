import { canonicalLabel } from "./labels";
import { ITEM_MARKER } from "./paragraphs";

/**
 * What a figure is called: the words just before it in its clause (`其中人员经费支出603.83万元`
 * → `人员经费支出`), with the period (`上年`, `2021年`), the measure (`预算`) and the direction of
 * a change (`较上年增加`) taken out as separate facts.
 */

export type Direction = "up" | "down";
export type Measure = "决算" | "预算" | "年初预算" | "调整后预算";

export interface LabelInfo {
  /** Cleaned label, or "" when the clause names nothing (`分别为`, `上年`). */
  label: string;
  periodWord?: "current" | "prior";
  year?: number;
  /** A period word or year was taken off the label. */
  periodStated: boolean;
  /** A measure word was written (`预算`, `决算数`); else 决算 is assumed. */
  measureStated?: boolean;
  measure: Measure;
  /** The figure is a change (`增加2.4万元`, `下降43%`). */
  change?: Direction;
  /** What the change is of, when the clause says (`其中财政拨款增加` → `财政拨款`). */
  changeSubject?: string;
  /** `增减额为-0.50万元`: the word has no direction, the sign of the figure gives it. */
  signed?: boolean;
  /** `比年初预算数增加`: the change is against the budget, not the prior year. */
  versusBudget?: boolean;
  /** `比2021年预算减少`: the year of that budget, when written (last year's budget is a prior). */
  versusYear?: number;
  /** The change names what it is against (`比上年`, `较年初预算`). */
  compared?: boolean;
  /** The figure is a comparison base (`比上年的680万元`). */
  base: boolean;
  /** One of a list whose labels came earlier (`A、B分别为a、b`): its own label is unknown. */
  listed: boolean;
  /** `占…的` before a percentage: the whole's label ("" for a bare `占比`). */
  shareOf?: string;
}

const CLAUSE_BOUNDARY = /[，,。；;！？!?、\n]/;

/**
 * The text between the previous clause boundary (or `floor`) and a figure. A bracket just
 * before stays in when it is short and holds no digits (`因公出国（境）费`).
 */
export function rawLabelBefore(text: string, pos: number, floor: number): string {
  let i = pos;
  while (i > floor) {
    const ch = text[i - 1];
    // `收、支总计各4125.49万元`: the 、 joins 收 and 支 into one name.
    if (ch === "、" && text[i - 2] === "收" && text[i] === "支") {
      i--;
      continue;
    }
    if (CLAUSE_BOUNDARY.test(ch) || ch === "（" || ch === "(") break;
    if (ch === "）" || ch === ")") {
      const open = Math.max(text.lastIndexOf("（", i - 2), text.lastIndexOf("(", i - 2));
      const inner = open >= floor ? text.slice(open + 1, i - 1) : "";
      if (open < floor || /[\d，,。；;]/.test(inner) || inner.length > 6) break;
      i = open;
      continue;
    }
    i--;
  }
  return text.slice(i, pos);
}

const QUOTES = /[“”"‘’'「」『』]/g;
// `比上年多2.4万元`, `少221万元` as well as 增加/减少; `增收`/`减收` of an income.
const UP = "增加|增长|上升|提高|增多|多支出|超支|增收|增支|(?<![至最很许较更])多";
const DOWN = "减少|下降|降低|节约|压缩|压减|缩减|少支出|减收|减支|(?<![至最很较更不])少";
const SIGNED = "增减变动|增减变化|增减|变动(?=额|金额|率|幅度)";
const CHANGE_END = new RegExp(`(?<!新)(${UP}|${DOWN}|${SIGNED})了?(?:额|金额|幅度|比例|率)?(?:为|是)?$`);
/** `比年初预算数增加`, `较预算减少`: a change against the budget of the same year. */
// `比2014年度预算数`, and `比年度预算数` without the year.
const BUDGET_COMPARISON =
  /(?:比|较|与)(?:(\d{4})\s*年度?|年度|本年度?)?(?:年初预算|调整后预算|全年预算|预算)数?(?:相比|比较)?/;
// `与上年对比减少`, `较2020年度决算数减少`, and a bare `对比减少` after the two years' figures.
const COMPARISON =
  /(?:同比|环比|(?:比|较|与|同)(?:上年度?|去年|上一年度?|同期|上年同期|\d{4}年度?)(?:同期)?(?:决算数?)?(?:相比|比较|对比)?|^(?:对比|相比))/;
const PRIOR_WORD = /上年度?|去年|上一年度?|同期/;
/** `上年结转和结余` names this year's carried-in funds, not a figure of the year before. */
const CARRIED_IN = /上年结转(?:和结余|结余)?/;
const CURRENT_WORD = /本年度?|当年|全年|今年/;
const YEAR = /(\d{4})\s*年度?/;
const TRAILING = /(?:分别为|分别是|分别|各为|各是|均为|依次为|共计|达到|总额为|为|是|达|共|约|近|逾|了|的|各|均|都)$/;
// `2020年度的三公经费支出`: the 的 left after the year is no part of the name.
const LEADING =
  /^(?:的|其中|包括|含|另有|另|以及|及|和|与|并|主要是|主要为|主要有|主要|(?:我|本)(?:单位|部门|局|镇|乡|街道|院|中心|委|所|站|校|厅|办|队|馆|处)|全(?:局|市|县|区|镇)|部门整体|部门|单位|整体|一是|二是|三是|四是|五是)/;
const PERIOD_PREFIX = /^(?:本年度|本年|当年|全年(?!预算)|今年|上年度|上一年度|上一年|上年|去年|同期|\d{4}年度?)/;
const MEASURE_PREFIX = /^(年初预算|调整后预算|调整预算后?|全年预算|预算)(?:安排|中|的|数)?/;
const MEASURE_SUFFIX = /(年初预算数?|调整后预算数?|调整预算数?|全年预算数?|预算数?|决算数?)$/;

function measureOf(word: string): Measure {
  if (word.startsWith("年初")) return "年初预算";
  // 全年预算数 is the template's other name for 调整后预算数.
  if (word.startsWith("调整") || word.startsWith("全年")) return "调整后预算";
  if (word.startsWith("决算")) return "决算";
  return "预算";
}

function stripRepeatedly(s: string, re: RegExp): string {
  for (let next = s.replace(re, ""); next !== s; next = s.replace(re, "")) s = next;
  return s;
}

/** Brackets to ASCII; only `(境)` is kept, other brackets are remarks (`（含专项）`). */
export function normaliseLabelText(s: string): string {
  return s
    .replace(/\s|\u3000/g, "")
    .replace(QUOTES, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/\((?!境\))[^()]*\)/g, "");
}

/** Reads a raw label (see `rawLabelBefore`) into its parts. */
export function parseLabel(raw: string): LabelInfo {
  let s = normaliseLabelText(raw);
  const info: LabelInfo = { label: "", periodStated: false, measure: "决算", base: false, listed: false };

  const pieces = s.split(/[：:]/);
  s = pieces.reverse().find((p) => p !== "") ?? "";

  const at = s.lastIndexOf("占");
  // `占比较上年提高2.3%`: a change of the share (in points), not a share; read as a change.
  if (at >= 0 && !new RegExp(`${UP}|${DOWN}`).test(s.slice(at))) {
    // `占比为`, `所占比重为`, `占比重分别为`: a bare share; `占本年支出的比重为`: of 本年支出.
    const whole = /^占(?:比重|比例|比|到)?(.*?)(?:的)?(?:比重|比例)?(?:为|达|是|约)?$/.exec(s.slice(at));
    info.shareOf = stripRepeatedly((whole?.[1] ?? "").replace(/的$/, ""), TRAILING);
    if (/分别|依次/.test(s.slice(at))) info.listed = true;
    s = s.slice(0, at).replace(/所$/, "");
  }

  // `收、支总计均为1523.26万元`: one figure for both totals, not a list.
  if (/分别|各为|各是|均为|依次/.test(s) && !/收、?支总计/.test(s)) info.listed = true;
  s = stripRepeatedly(s, TRAILING);

  const change = CHANGE_END.exec(s);
  if (change) {
    info.change = new RegExp(`^(?:${DOWN})`).test(change[1]) ? "down" : "up";
    if (new RegExp(`^(?:${SIGNED})`).test(change[1])) info.signed = true;
    let subject = s.slice(0, change.index);
    const budget = BUDGET_COMPARISON.exec(subject);
    if (budget || COMPARISON.test(subject)) info.compared = true;
    if (budget) {
      info.versusBudget = true;
      if (budget[1]) info.versusYear = Number(budget[1]);
    }
    subject = subject.replace(BUDGET_COMPARISON, "").replace(COMPARISON, "");
    subject = stripRepeatedly(stripRepeatedly(subject, TRAILING), LEADING);
    info.changeSubject = subject.replace(/(?:有所|略有|大幅|明显)$/, "");
    return info;
  }

  info.base = COMPARISON.test(s) || /^(?:比|较)/.test(s);
  const year = YEAR.exec(s);
  if (year) {
    info.year = Number(year[1]);
    info.periodStated = true;
  }
  if (PRIOR_WORD.test(s.replace(CARRIED_IN, ""))) info.periodWord = "prior";
  else if (CURRENT_WORD.test(s)) info.periodWord = "current";
  if (info.periodWord) info.periodStated = true;

  s = s.replace(COMPARISON, "").replace(ITEM_MARKER, "");
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = stripRepeatedly(s, LEADING);
    // `本年支出合计` is a name of its own; `本年基本支出` is 基本支出 of this year.
    if (canonicalLabel(s) === undefined) s = s.replace(PERIOD_PREFIX, "");
    s = stripRepeatedly(s, TRAILING);
  }

  // `预算执行率` is a rate's name, not a budget figure.
  if (/率$/.test(s)) {
    info.label = s;
    return info;
  }
  // `完成预算25.00万元的74.40%`: the figure is the budget; 完成 is the verb of the rate.
  s = s.replace(/^(?:完成|为|是)(?=(?:年初|调整后|全年)?预算)/, "");
  const prefix = MEASURE_PREFIX.exec(s);
  if (prefix) {
    info.measure = measureOf(prefix[1]);
    info.measureStated = true;
    s = s.slice(prefix[0].length);
  }
  const suffix = MEASURE_SUFFIX.exec(s);
  if (suffix && suffix.index > 0) {
    // `调整预算后项目预算`: the plain 预算 at the end does not undo the 调整 before.
    if (!prefix || info.measure === "预算") info.measure = measureOf(suffix[1]);
    info.measureStated = true;
    s = s.slice(0, suffix.index);
  } else if (suffix && !prefix) {
    info.measure = measureOf(suffix[1]);
    info.measureStated = true;
    s = "";
  }
  info.label = info.listed ? "" : stripRepeatedly(s, TRAILING);
  return info;
}
