import { Decimal } from "../money";
import { text } from "../i18n";
import { checkRatio, compareUnit, inUnit, slackOf } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import type { Breakdown } from "./breakdowns";
import { nameOf, sentenceOf, shown, type Mention, type TextContext } from "./mentions";

/**
 * TXT-PCT for rates a sentence computes from two of its own figures: 预算执行率 / 完成预算的
 * x% (spent / budget) and 在职人员控制率 (实有 / 编制). The rate is recomputed only when the
 * sentence has exactly one figure that can be each side.
 */

interface RateDef {
  name: string;
  rate: RegExp;
  kind: Mention["kind"];
  numerator: (m: Mention) => boolean;
  denominator: (m: Mention) => boolean;
}

/** `一般公共预算财政拨款支出`: 预算 in the name of a fund says nothing about budget or spending. */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算/g;

function withoutFunds(label: string): string {
  return label.replace(FUND_NAMES, "");
}

const RATES: RateDef[] = [
  {
    name: "预算执行率",
    rate: /执行率|完成率|完成(?:年初|调整后|全年)?预算|预算完成/,
    kind: "amount",
    numerator: (m) => {
      const label = withoutFunds(m.rawLabel);
      return /实际|决算|支出|执行|完成|使用|拨付/.test(label) && !/预算/.test(label);
    },
    denominator: (m) => {
      const label = withoutFunds(m.rawLabel);
      return /预算/.test(label) && !/执行|完成|实际|决算/.test(label);
    },
  },
  {
    name: "资金到位率",
    rate: /到位率/,
    kind: "amount",
    numerator: (m) => /到位/.test(m.rawLabel),
    denominator: (m) => /预算/.test(m.rawLabel) && !/到位|执行|完成|实际|决算/.test(m.rawLabel),
  },
  {
    name: "在职人员控制率",
    rate: /人员控制率/,
    kind: "count",
    numerator: (m) => /实有/.test(m.rawLabel),
    denominator: (m) => /编制/.test(m.rawLabel) && !/实有/.test(m.rawLabel),
  },
];

function only<T>(xs: T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}

/** With two budgets stated, the rate is of the adjusted one (indicators.md). */
function budgetOf(candidates: Mention[]): Mention | undefined {
  return only(candidates) ?? only(candidates.filter((m) => m.info.measure === "调整后预算"));
}

/** `完成预算25.00万元的74.40%`, `为预算8.00万元的85.00%`: the budget written inside the rate. */
const INLINE_BUDGET = /(?:完成|为|是)(?:年初|调整后|全年)?预算(?:数)?$/;

/** The spending and the budget of an inline rate: the budget just before, the spending before it. */
function inlineRate(mentions: Mention[], p: Mention): { numerator: Mention; denominator: Mention } | undefined {
  const i = mentions.indexOf(p);
  const budget = mentions[i - 1];
  const spent = mentions[i - 2];
  if (!/^的?$/.test(p.rawLabel) || !budget || !spent || !INLINE_BUDGET.test(budget.rawLabel)) return undefined;
  const usable = (m: Mention) =>
    m.kind === "amount" && m.sentence === p.sentence && !m.approx && !m.negative && !m.info.change && !m.info.base;
  if (!usable(budget) || !usable(spent) || !RATES[0].numerator(spent)) return undefined;
  return { numerator: spent, denominator: budget };
}

/** `决算数大于预算数55.93万元` (over: the budget is the spending less it), `决算数小于预算数…` (under). */
const OVER_BUDGET = /决算数?(?:大于|超过|超出|高于|多于)(?:年初|调整后|全年)?预算数?$/;
const UNDER_BUDGET = /决算数?(?:小于|低于|少于)(?:年初|调整后|全年)?预算数?$/;

/**
 * A rate whose budget the sentence gives only as the difference from the spending: the one
 * such figure of the sentence, and whether the budget is the spending less it (−1) or plus it.
 */
function budgetGap(mentions: Mention[], p: Mention, spent: Mention): { mention: Mention; sign: 1 | -1 } | undefined {
  if (spent.kind !== "amount" || spent.sentence !== p.sentence) return undefined;
  const gaps = mentions.filter(
    (m) =>
      m.kind === "amount" &&
      m.sentence === p.sentence &&
      !m.approx &&
      !m.negative &&
      (OVER_BUDGET.test(m.rawLabel) || UNDER_BUDGET.test(m.rawLabel)),
  );
  const gap = only(gaps);
  if (!gap) return undefined;
  return { mention: gap, sign: OVER_BUDGET.test(gap.rawLabel) ? -1 : 1 };
}

/** `预算执行率98.03%`, `部门整体预算执行率`: the department's rate, not a project's or 三公's. */
const WHOLE_DEPARTMENT_RATE = /^(?:全年|本年|部门|整体|全部)*预算(?:执行|完成)率(?:为|是|达到|达)?$/;

/**
 * One side of a rate: the one figure of the sentence that can be it. When the sentence has
 * none, the one figure of the paragraph, parts of a stated total left out: head counts
 * (`编制156名，其中行政编制36名…。在职人员控制率为94.87%`), and for the department's 预算执行率
 * only its 本年支出合计 and a budget of nothing else (a paragraph states budgets and spending
 * of several things).
 */
function side(
  candidates: Mention[],
  p: Mention,
  parts: Set<Mention>,
  pick: (xs: Mention[]) => Mention | undefined,
  whole: (m: Mention) => boolean,
): Mention | undefined {
  const inSentence = candidates.filter((m) => m.sentence === p.sentence);
  if (inSentence.length > 0) return pick(inSentence);
  const counts = candidates.every((m) => m.kind === "count");
  if (!counts && !WHOLE_DEPARTMENT_RATE.test(p.rawLabel)) return undefined;
  return pick(candidates.filter((m) => !parts.has(m) && (counts || whole(m))));
}

export function findRates(ctx: TextContext, breakdowns: Breakdown[]): TextFinding[] {
  const findings: TextFinding[] = [];
  const parts = new Set(breakdowns.flatMap((b) => b.parts));
  for (const mentions of ctx.mentions) {
    for (const p of mentions) {
      if (p.kind !== "percent" || p.approx || p.negative || p.info.change || p.info.shareOf !== undefined) continue;
      const inline = inlineRate(mentions, p);
      const def = inline ? RATES[0] : RATES.find((d) => d.rate.test(p.rawLabel));
      if (!def) continue;
      const figures = mentions.filter(
        (m) =>
          m.kind === def.kind &&
          !m.approx &&
          !m.negative &&
          !m.info.change &&
          !m.info.base &&
          !m.inParens &&
          m.period === "current",
      );
      const spentPick = (xs: Mention[]) => only(xs) ?? only(xs.filter((m) => m.canonical === "本年支出合计"));
      const budgetPick = def.kind === "amount" ? budgetOf : only;
      const numerator =
        inline?.numerator ??
        side(figures.filter(def.numerator), p, parts, spentPick, (m) => m.canonical === "本年支出合计");
      const denominator =
        inline?.denominator ??
        side(
          figures.filter(def.denominator),
          p,
          parts,
          budgetPick,
          (m) => m.label === "" || m.canonical === "本年支出合计",
        );
      if (!numerator) continue;
      const zero = new Decimal(0);
      const amounts = def.kind === "amount";
      let den: { zh: string; en: string };
      let r: ReturnType<typeof checkRatio>;
      if (denominator) {
        const unit = compareUnit([numerator, denominator]);
        r = checkRatio(
          p,
          amounts ? inUnit(numerator, unit) : numerator.value,
          amounts ? inUnit(denominator, unit) : denominator.value,
          amounts ? slackOf(numerator, unit) : zero,
          amounts ? slackOf(denominator, unit) : zero,
        );
        const named = `${nameOf(denominator) || "预算"} ${shown(denominator)}`;
        den = { zh: named, en: named };
      } else {
        const gap = def === RATES[0] ? budgetGap(mentions, p, numerator) : undefined;
        if (!gap) continue;
        const unit = compareUnit([numerator, gap.mention]);
        const budget = inUnit(numerator, unit).plus(
          gap.sign === -1 ? inUnit(gap.mention, unit).neg() : inUnit(gap.mention, unit),
        );
        r = checkRatio(
          p,
          inUnit(numerator, unit),
          budget,
          slackOf(numerator, unit),
          slackOf(numerator, unit).plus(slackOf(gap.mention, unit)),
        );
        const op = gap.sign === -1 ? "−" : "+";
        const sum = `${shown(numerator)} ${op} ${shown(gap.mention)} = ${budget.toFixed()}${unit}`;
        den = { zh: `预算（${sum}）`, en: `the budget (${sum})` };
      }
      if (!r || r.ok) continue;
      const expected = r.expected.toFixed(p.decimals);
      const num = `${nameOf(numerator)} ${shown(numerator)}`;
      findings.push(
        textFinding(
          "TXT-PCT",
          { paragraph: p.paragraph, offset: p.start, quote: sentenceOf(ctx, p).text },
          text(
            `${def.name} = ${num} / ${den.zh} = ${expected}%，文中为 ${p.raw}%`,
            `${def.name} = ${num} / ${den.en} = ${expected}%; the text says ${p.raw}%`,
          ),
          `TXT-PCT|${def.name}|${p.raw}`,
          {
            expected,
            actual: p.raw,
            difference: p.value.minus(r.expected).toFixed(p.decimals),
            tolerance: r.step.toFixed(p.decimals),
            suggestion: text(`核对比率或两个数字：${expected}%`, `Check the rate or the two figures: ${expected}%`),
          },
        ),
      );
    }
  }
  return findings;
}
