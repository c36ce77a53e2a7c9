import { Decimal } from "../money";
import { text } from "../i18n";
import { checkRatio, compareUnit, inUnit, slackOf } from "./compare";
import { textFinding, type TextFinding } from "./finding";
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

const RATES: RateDef[] = [
  {
    name: "预算执行率",
    rate: /执行率|完成率|完成预算|预算完成/,
    kind: "amount",
    numerator: (m) => /实际|决算|支出|执行|完成|使用|拨付/.test(m.rawLabel) && !/预算/.test(m.rawLabel),
    denominator: (m) => /预算/.test(m.rawLabel) && !/执行|完成|实际|决算/.test(m.rawLabel),
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

export function findRates(ctx: TextContext): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const mentions of ctx.mentions) {
    for (const p of mentions) {
      if (p.kind !== "percent" || p.approx || p.info.change || p.info.shareOf !== undefined) continue;
      const def = RATES.find((d) => d.rate.test(p.rawLabel));
      if (!def) continue;
      const figures = mentions.filter(
        (m) =>
          m.sentence === p.sentence &&
          m.kind === def.kind &&
          !m.approx &&
          !m.info.change &&
          !m.info.base &&
          m.period === "current",
      );
      const spent = figures.filter(def.numerator);
      const numerator = only(spent) ?? only(spent.filter((m) => m.canonical === "本年支出合计"));
      const denominator =
        def.kind === "amount" ? budgetOf(figures.filter(def.denominator)) : only(figures.filter(def.denominator));
      if (!numerator || !denominator) continue;
      const unit = compareUnit([numerator, denominator]);
      const zero = new Decimal(0);
      const amounts = def.kind === "amount";
      const r = checkRatio(
        p,
        amounts ? inUnit(numerator, unit) : numerator.value,
        amounts ? inUnit(denominator, unit) : denominator.value,
        amounts ? slackOf(numerator, unit) : zero,
        amounts ? slackOf(denominator, unit) : zero,
      );
      if (!r || r.ok) continue;
      const expected = r.expected.toFixed(p.decimals);
      const num = `${nameOf(numerator)} ${shown(numerator)}`;
      const den = `${nameOf(denominator) || "预算"} ${shown(denominator)}`;
      findings.push(
        textFinding(
          "TXT-PCT",
          { paragraph: p.paragraph, offset: p.start, quote: sentenceOf(ctx, p).text },
          text(
            `${def.name} = ${num} / ${den} = ${expected}%，文中为 ${p.raw}%`,
            `${def.name} = ${num} / ${den} = ${expected}%; the text says ${p.raw}%`,
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
