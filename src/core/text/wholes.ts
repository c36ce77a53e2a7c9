import { Decimal, sum } from "../money";
import { compareUnit, inUnit } from "./compare";
import { isPartOf, kindOfFigure, totalsMadeOf } from "./labels";
import type { Mention, TextContext } from "./mentions";

/**
 * The whole of a bare share (`公务接待费0.53万元，占69%`) when no list or name gives it: the
 * nearest figure before it, in its paragraph or the one before, of the total the part belongs
 * to, of the same measure (决算 with 决算, 预算 with 预算) and year; or, when the sentence gives
 * shares of every part of a known total and no figure of that total, the sum of the parts.
 */

function figureOf(m: Mention): boolean {
  return m.kind === "amount" && !m.approx && !m.negative && !m.info.change && !m.info.base && !m.inParens;
}

export function nearestWhole(ctx: TextContext, part: Mention): Mention | undefined {
  const kind = kindOfFigure(part.label, part.canonical);
  if (!kind) return undefined;
  const fits = (m: Mention) =>
    figureOf(m) &&
    m.period === part.period &&
    m.info.measure === part.info.measure &&
    isPartOf(kindOfFigure(m.label, m.canonical), kind);
  const here = ctx.mentions[part.paragraph - 1];
  for (let i = here.indexOf(part) - 1; i >= 0; i--) if (fits(here[i])) return here[i];
  const before = ctx.mentions[part.paragraph - 2] ?? [];
  for (let i = before.length - 1; i >= 0; i--) if (fits(before[i])) return before[i];
  return undefined;
}

/** A whole made of the parts of one sentence: a figure of the total, their sum. */
export function wholeOfParts(parts: Mention[]): Mention | undefined {
  const kinds = parts.map((p) => kindOfFigure(p.label, p.canonical));
  if (parts.length < 2 || kinds.some((k) => k === undefined) || new Set(kinds).size !== kinds.length) return undefined;
  const [total] = totalsMadeOf(kinds as string[]);
  if (!total || !parts.every((p) => figureOf(p) && p.info.measure === parts[0].info.measure)) return undefined;
  const unit = compareUnit(parts);
  const value: Decimal = sum(parts.map((p) => inUnit(p, unit)));
  const decimals = parts.reduce((d, p) => Math.max(d, p.decimals), 0);
  return {
    ...parts[0],
    raw: value.toFixed(decimals),
    value,
    decimals,
    unit,
    label: `${total}（各项之和）`,
    canonical: total,
    exact: parts.every((p) => p.exact || p.decimals >= 2),
  };
}
