import { text } from "../i18n";
import { Decimal } from "../money";
import { BARE_NUMBER, type Figure, type FigureUnit } from "./amounts";
import { compareUnit, inUnit, outString, slackOf, toleranceIn } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import { shown, type Mention, type TextContext } from "./mentions";

/**
 * TXT-BALANCE: the text states both 收入总计 and 支出总计 and they differ. Either together
 * (`收、支总计各是4125.49，4143.91万元`, the unit written once for both) or apart
 * (`收入总计…万元` … `支出总计…万元`).
 */

const UNIT = "(亿\\s*元|万\\s*元|元|万)?";
const TOGETHER = new RegExp(
  `收(?:入总计)?\\s*[、,，和与及]\\s*支(?:出)?\\s*总计\\s*(?:分别|各)?\\s*(?:为|是)?\\s*[：:]?\\s*${BARE_NUMBER}\\s*${UNIT}\\s*[，,、和与及]\\s*${BARE_NUMBER}\\s*${UNIT}`,
  "g",
);

function figure(raw: string, unitText: string | undefined, start: number, end: number): Figure {
  const clean = raw.replace(/[,\s]/g, "");
  const unit = (unitText ?? "万元").replace(/\s/g, "").replace(/^万$/, "万元") as FigureUnit;
  const dot = clean.indexOf(".");
  return {
    start,
    end,
    numberEnd: start + raw.length,
    raw: clean,
    value: new Decimal(clean),
    decimals: dot < 0 ? 0 : clean.length - dot - 1,
    unit,
    kind: "amount",
    approx: false,
    negative: false,
  };
}

interface Pair {
  income: Figure;
  expenditure: Figure;
  paragraph: number;
  quote: string;
}

function together(ctx: TextContext): Pair[] {
  const pairs: Pair[] = [];
  ctx.paragraphs.forEach((p, i) => {
    for (const m of ctx.normalised[i].matchAll(TOGETHER)) {
      const start = m.index ?? 0;
      // `4125.49，4143.91万元`: the unit written after the second figure is also the first's.
      const first = m[0].indexOf(m[1], m[0].search(/总计/));
      const second = m[0].lastIndexOf(m[3]);
      const unit = m[2] ?? m[4];
      const sentence = p.sentences.find((s) => start >= s.start && start < s.end) ?? { text: p.text };
      pairs.push({
        income: figure(m[1], unit, start + first, start + first + m[1].length),
        expenditure: figure(m[3], m[4] ?? unit, start + second, start + second + m[3].length),
        paragraph: p.index,
        quote: sentence.text,
      });
    }
  });
  return pairs;
}

function stated(m: Mention, canonical: string): boolean {
  return (
    m.canonical === canonical &&
    m.kind === "amount" &&
    m.period === "current" &&
    m.info.measure === "决算" &&
    !m.approx &&
    !m.negative &&
    !m.info.change &&
    !m.info.base &&
    !m.info.listed
  );
}

function apart(ctx: TextContext): Pair[] {
  const all = ctx.mentions.flat();
  const income = all.find((m) => stated(m, "收入总计"));
  const expenditure = all.find((m) => stated(m, "支出总计"));
  if (!income || !expenditure) return [];
  const later =
    income.paragraph > expenditure.paragraph ||
    (income.paragraph === expenditure.paragraph && income.start > expenditure.start)
      ? income
      : expenditure;
  const p = ctx.paragraphs[later.paragraph - 1];
  return [{ income, expenditure, paragraph: later.paragraph, quote: p.sentences[later.sentence].text }];
}

export function checkBalance(ctx: TextContext): TextFinding[] {
  const pairs = together(ctx);
  const findings: TextFinding[] = [];
  for (const pair of pairs.length > 0 ? pairs : apart(ctx)) {
    const unit = compareUnit([pair.income, pair.expenditure]);
    const income = inUnit(pair.income, unit);
    const expenditure = inUnit(pair.expenditure, unit);
    const difference = expenditure.minus(income);
    if (difference.isZero()) continue;
    const tolerance = toleranceIn(ctx, unit);
    const rounding = difference.abs().lte(tolerance);
    if (
      !rounding &&
      difference.abs().lte(tolerance.plus(slackOf(pair.income, unit)).plus(slackOf(pair.expenditure, unit)))
    )
      continue;
    const diff = `${outString(ctx, difference.abs(), unit)}${unit}`;
    const both = `收入总计 ${shown(pair.income)}，支出总计 ${shown(pair.expenditure)}`;
    const bothEn = `收入总计 ${shown(pair.income)}, 支出总计 ${shown(pair.expenditure)}`;
    findings.push(
      textFinding(
        "TXT-BALANCE",
        { paragraph: pair.paragraph, offset: pair.expenditure.start, quote: pair.quote },
        rounding
          ? text(`${both}，相差 ${diff}，属尾差`, `${bothEn} differ by ${diff}: a rounding difference (尾差)`)
          : text(`${both}，二者不等，相差 ${diff}`, `${bothEn} are not equal: they differ by ${diff}`),
        `TXT-BALANCE|收入总计|${pair.income.raw}|支出总计|${pair.expenditure.raw}`,
        {
          severity: rounding ? "info" : undefined,
          expected: outString(ctx, income, unit),
          actual: outString(ctx, expenditure, unit),
          difference: outString(ctx, difference, unit),
          tolerance: outString(ctx, tolerance, unit),
          suggestion: rounding
            ? undefined
            : text("收入总计应等于支出总计，核对两个数字", "收入总计 must equal 支出总计: check both figures"),
        },
      ),
    );
  }
  return findings;
}
