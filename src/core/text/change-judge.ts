import { text, type Localized } from "../i18n";
import { Decimal } from "../money";
import type { AmountUnit } from "../model";
import { checkRatio, compareUnit, convert, inUnit, outString, slackOf, toleranceIn } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import type { Direction } from "./label-parse";
import { nameOf, quoteSpan, shown, type Mention, type TextContext } from "./mentions";
import { workbookAmount } from "./workbook";

/** A current figure with what the sentence says about its change. */
export interface ChangeGroup {
  subject: Mention;
  prior?: Mention;
  amount?: Mention;
  rate?: Mention;
  /** The sentence says 持平 of it. */
  flat: boolean;
  /** Two change amounts or two rates: which belongs to what cannot be told. */
  ambiguous: boolean;
  /** The subject was stated in an earlier sentence and the change names it. */
  crossSentence?: boolean;
}

/** The prior-year figure: stated in the sentence, or the workbook's 上年决算数 (with its cell). */
interface Prior {
  value: Decimal;
  slack: Decimal;
  shown: string;
  cell?: string;
}

/** Numbers of one group in one unit, with the formatting of its findings. */
interface Scale {
  value(m: Mention): Decimal;
  slack(m: Mention | undefined): Decimal;
  tolerance: Decimal;
  format(d: Decimal): string;
  unitWord: string;
}

interface Problem {
  message: Localized;
  numbers?: { expected: string; actual: string; difference: string; tolerance: string };
}

const AMOUNT_WORD: Record<Direction | "flat", Localized> = {
  up: text("增加", "an increase of"),
  down: text("减少", "a decrease of"),
  flat: text("持平", "unchanged"),
};
const RATE_WORD: Record<Direction | "flat", Localized> = {
  up: text("增长", "up"),
  down: text("下降", "down"),
  flat: text("持平", "unchanged"),
};

function scaleOf(ctx: TextContext, g: ChangeGroup): Scale {
  const zero = new Decimal(0);
  if (g.subject.kind === "count") {
    return {
      value: (m) => m.value,
      slack: () => zero,
      tolerance: zero,
      format: (d) => d.toFixed(0),
      unitWord: g.subject.unit,
    };
  }
  const unit: AmountUnit = compareUnit([g.subject, g.prior, g.amount].filter((m): m is Mention => m !== undefined));
  return {
    value: (m) => inUnit(m, unit),
    slack: (m) => (m ? slackOf(m, unit) : zero),
    tolerance: toleranceIn(ctx, unit),
    format: (d) => outString(ctx, d, unit),
    unitWord: unit,
  };
}

/** `比年初预算数增加5.38万元`: the base is the budget, not the prior year. */
function versusBudget(g: ChangeGroup): boolean {
  return Boolean(g.amount?.info.versusBudget || g.rate?.info.versusBudget);
}

function workbookPrior(ctx: TextContext, g: ChangeGroup, s: Scale): Prior | undefined {
  const model = ctx.model;
  if (versusBudget(g)) return undefined;
  const canonical = g.subject.canonical;
  if (!model || !canonical || g.subject.kind !== "amount" || g.subject.info.measure !== "决算") return undefined;
  const current = workbookAmount(model, canonical, "current");
  const prior = workbookAmount(model, canonical, "prior");
  if (current?.amount.state !== "value" || prior?.amount.state !== "value") return undefined;
  const unit = s.unitWord as AmountUnit;
  // A current figure that differs from the workbook is TXT-DATA's; its change is not judged here.
  const currentValue = convert(current.amount.value, model.unit, unit);
  if (
    s
      .value(g.subject)
      .minus(currentValue)
      .abs()
      .gt(s.tolerance.plus(s.slack(g.subject)))
  )
    return undefined;
  const value = convert(prior.amount.value, model.unit, unit);
  return { value, slack: new Decimal(0), shown: `${s.format(value)}${unit}`, cell: prior.amount.cell };
}

function rateNumbers(rate: Mention, expected: Decimal, step: Decimal): Problem["numbers"] {
  const d = rate.decimals;
  return {
    expected: expected.toFixed(d),
    actual: rate.raw,
    difference: rate.value.minus(expected).toFixed(d),
    tolerance: step.toFixed(d),
  };
}

/** Without a prior: the current X and the change Z imply it (X − Z, or X + Z for a decrease). */
function impliedRateProblem(g: ChangeGroup, s: Scale): Problem | undefined {
  const { amount, rate, subject } = g;
  if (!amount?.info.change || !rate?.info.change) return undefined;
  if (amount.info.change !== rate.info.change) {
    return {
      message: text(
        `金额为${AMOUNT_WORD[amount.info.change]["zh-CN"]}，比率为${RATE_WORD[rate.info.change]["zh-CN"]}，方向矛盾`,
        "the amount and the rate of the change go in opposite directions",
      ),
    };
  }
  const z = s.value(amount);
  const x = s.value(subject);
  const implied = amount.info.change === "up" ? x.minus(z) : x.plus(z);
  const r = checkRatio(rate, z, implied, s.slack(amount), s.slack(subject).plus(s.slack(amount)));
  if (!r || r.ok) return undefined;
  const expected = r.expected.toFixed(rate.decimals);
  const base = versusBudget(g) ? text("预算", "the budget") : text("上年", "last year");
  return {
    message: text(
      `由本年 ${shown(subject)} 与变动 ${shown(amount)} 推算${base["zh-CN"]}为 ${s.format(implied)}${s.unitWord}，变动率应为 ${expected}%，文中为 ${rate.raw}%`,
      `this year's ${shown(subject)} and the change of ${shown(amount)} imply ${s.format(implied)} ${s.unitWord} for ${base["en-US"]}, a rate of ${expected}%; the text says ${rate.raw}%`,
    ),
    numbers: rateNumbers(rate, r.expected, r.step),
  };
}

function priorProblems(g: ChangeGroup, s: Scale, prior: Prior): Problem[] {
  const problems: Problem[] = [];
  const d = s.value(g.subject).minus(prior.value);
  const allowance = s.tolerance.plus(s.slack(g.subject)).plus(prior.slack);
  const actual: Direction | "flat" = d.abs().lte(allowance) ? "flat" : d.gt(0) ? "up" : "down";
  const facts = text(
    `本年 ${shown(g.subject)}，上年 ${prior.shown}`,
    `${shown(g.subject)} this year against ${prior.shown} last year`,
  );
  const real =
    actual === "flat"
      ? text("基本持平", "about unchanged")
      : text(
          `${AMOUNT_WORD[actual]["zh-CN"]} ${s.format(d.abs())}${s.unitWord}`,
          `${AMOUNT_WORD[actual]["en-US"]} ${s.format(d.abs())} ${s.unitWord}`,
        );
  const says = (word: Localized, figure: string, note = "") =>
    text(
      `${facts["zh-CN"]}，实为${real["zh-CN"]}${note}，文中为${word["zh-CN"]} ${figure}`,
      `${facts["en-US"]} is ${real["en-US"]}${note}; the text says ${word["en-US"]} ${figure}`,
    );

  const { amount, rate } = g;
  if (amount?.info.change) {
    const stated = amount.info.change === "down" ? s.value(amount).neg() : s.value(amount);
    const wrongWay = actual !== "flat" && amount.info.change !== actual;
    if (
      wrongWay ||
      stated
        .minus(d)
        .abs()
        .gt(allowance.plus(s.slack(amount)))
    ) {
      problems.push({
        message: says(AMOUNT_WORD[amount.info.change], shown(amount)),
        numbers: {
          expected: s.format(d),
          actual: s.format(stated),
          difference: s.format(stated.minus(d)),
          tolerance: s.format(allowance),
        },
      });
    }
  }
  if (rate?.info.change) {
    const r = checkRatio(rate, d.abs(), prior.value, s.slack(g.subject).plus(prior.slack), prior.slack);
    const wrongWay = actual !== "flat" && rate.info.change !== actual;
    if (wrongWay || (r && !r.ok)) {
      const note = r ? ` (${r.expected.toFixed(rate.decimals)}%)` : "";
      problems.push({
        message: says(RATE_WORD[rate.info.change], `${rate.raw}%`, note),
        numbers: r ? rateNumbers(rate, r.expected, r.step) : undefined,
      });
    }
  }
  if (g.flat && !amount && !rate && actual !== "flat") {
    problems.push({
      message: text(
        `${facts["zh-CN"]}，实为${real["zh-CN"]}，文中为持平`,
        `${facts["en-US"]} is ${real["en-US"]}; the text says unchanged`,
      ),
      numbers: { expected: s.format(d), actual: "0", difference: s.format(d.neg()), tolerance: s.format(allowance) },
    });
  }
  return problems;
}

/** One finding per group, naming every way its change disagrees with the figures. */
export function judgeChange(ctx: TextContext, g: ChangeGroup): TextFinding | undefined {
  if (g.ambiguous || (!g.amount && !g.rate && !g.flat)) return undefined;
  const s = scaleOf(ctx, g);
  const prior: Prior | undefined = g.prior
    ? { value: s.value(g.prior), slack: s.slack(g.prior), shown: shown(g.prior) }
    : workbookPrior(ctx, g, s);
  const problems = prior
    ? priorProblems(g, s, prior)
    : [impliedRateProblem(g, s)].filter((p): p is Problem => p !== undefined);
  if (problems.length === 0) return undefined;
  const label = nameOf(g.subject);
  const at = g.amount ?? g.rate ?? g.subject;
  return textFinding(
    "TXT-CHANGE",
    { paragraph: at.paragraph, offset: at.start, quote: quoteSpan(ctx, g.subject, at) },
    text(
      `${label} 增减表述不符：${problems.map((p) => p.message["zh-CN"]).join("；")}`,
      `${label}: the stated change does not agree with the figures: ${problems.map((p) => p.message["en-US"]).join("; ")}`,
    ),
    `TXT-CHANGE|${label}|${g.subject.raw}`,
    { ...problems.find((p) => p.numbers)?.numbers, cells: !g.prior && prior?.cell ? [prior.cell] : undefined },
  );
}

/**
 * `与2022年的96,000.00元相比，减少10,400.00元，下降10.83%`: no current figure, but the prior,
 * the change and its rate are stated, so the rate must be change / prior.
 */
export function judgeRateOfPrior(
  ctx: TextContext,
  prior: Mention,
  amount: Mention,
  rate: Mention,
): TextFinding | undefined {
  if (amount.kind !== prior.kind || amount.kind !== "amount" || !amount.info.change || !rate.info.change)
    return undefined;
  const unit: AmountUnit = compareUnit([prior, amount]);
  const z = inUnit(amount, unit);
  const p = inUnit(prior, unit);
  const opposite = amount.info.change !== rate.info.change;
  const r = checkRatio(rate, z, p, slackOf(amount, unit), slackOf(prior, unit));
  if (!opposite && (!r || r.ok)) return undefined;
  const expected = r ? r.expected.toFixed(rate.decimals) : "";
  const message = opposite
    ? text(
        `金额为${AMOUNT_WORD[amount.info.change]["zh-CN"]}，比率为${RATE_WORD[rate.info.change]["zh-CN"]}，方向矛盾`,
        "the amount and the rate of the change go in opposite directions",
      )
    : text(
        `变动 ${shown(amount)} / 上年 ${shown(prior)} = ${expected}%，文中为 ${rate.raw}%`,
        `the change ${shown(amount)} / last year's ${shown(prior)} = ${expected}%; the text says ${rate.raw}%`,
      );
  const label = prior.label || "增减变动";
  return textFinding(
    "TXT-CHANGE",
    { paragraph: rate.paragraph, offset: opposite ? amount.start : rate.start, quote: quoteSpan(ctx, prior, rate) },
    text(
      `${label} 增减表述不符：${message["zh-CN"]}`,
      `${label}: the stated change does not agree with the figures: ${message["en-US"]}`,
    ),
    `TXT-CHANGE|${label}|${prior.raw}|${rate.raw}`,
    r && !opposite ? rateNumbers(rate, r.expected, r.step) : {},
  );
}
