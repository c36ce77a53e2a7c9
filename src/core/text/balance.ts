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
  /** The table's name before 收入总计/支出总计 (`财政拨款`), "" for the department's. */
  table?: string;
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

function stated(m: Mention): boolean {
  return (
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

/** `财政拨款收入总计` → [`财政拨款`, income]: the totals of one 收支 table share their prefix. */
const TOTAL_LABEL = /^(.*?)(收入|支出)总计$/;

function sideOf(m: Mention): { table: string; income: boolean } | undefined {
  if (m.canonical === "收入总计" || m.canonical === "支出总计") {
    return m.label.includes("、") ? undefined : { table: "", income: m.canonical === "收入总计" };
  }
  const t = TOTAL_LABEL.exec(m.label);
  return t ? { table: t[1], income: t[2] === "收入" } : undefined;
}

/** The first 收入总计 and 支出总计 of each table (`财政拨款收入总计` … `财政拨款支出总计`). */
function apart(ctx: TextContext): Pair[] {
  const tables = new Map<string, { income?: Mention; expenditure?: Mention }>();
  for (const ms of ctx.mentions) {
    for (const m of ms) {
      const side = stated(m) ? sideOf(m) : undefined;
      if (!side) continue;
      const t = tables.get(side.table) ?? {};
      if (side.income) t.income ??= m;
      else t.expenditure ??= m;
      tables.set(side.table, t);
    }
  }
  const pairs: Pair[] = [];
  for (const { income, expenditure } of tables.values()) {
    if (!income || !expenditure) continue;
    const later =
      income.paragraph > expenditure.paragraph ||
      (income.paragraph === expenditure.paragraph && income.start > expenditure.start)
        ? income
        : expenditure;
    const p = ctx.paragraphs[later.paragraph - 1];
    const table = sideOf(income)?.table ?? "";
    pairs.push({ income, expenditure, paragraph: later.paragraph, quote: p.sentences[later.sentence].text, table });
  }
  return pairs;
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
    const [inName, outName] = [`${pair.table ?? ""}收入总计`, `${pair.table ?? ""}支出总计`];
    const both = `${inName} ${shown(pair.income)}，${outName} ${shown(pair.expenditure)}`;
    const bothEn = `${inName} ${shown(pair.income)}, ${outName} ${shown(pair.expenditure)}`;
    findings.push(
      textFinding(
        "TXT-BALANCE",
        { paragraph: pair.paragraph, offset: pair.expenditure.start, quote: pair.quote },
        rounding
          ? text(`${both}，相差 ${diff}，属尾差`, `${bothEn} differ by ${diff}: a rounding difference (尾差)`)
          : text(`${both}，二者不等，相差 ${diff}`, `${bothEn} are not equal: they differ by ${diff}`),
        `TXT-BALANCE|${inName}|${pair.income.raw}|${outName}|${pair.expenditure.raw}`,
        {
          severity: rounding ? "info" : undefined,
          expected: outString(ctx, income, unit),
          actual: outString(ctx, expenditure, unit),
          difference: outString(ctx, difference, unit),
          tolerance: outString(ctx, tolerance, unit),
          suggestion: rounding
            ? undefined
            : text(`${inName}应等于${outName}，核对两个数字`, `${inName} must equal ${outName}: check both figures`),
        },
      ),
    );
  }
  return findings;
}
