import { fill, text, type Lang, type Localized } from "../i18n";
import { Decimal, formatAmount } from "../money";
import type { ScoredItem } from "../result";
import type { ProfileItem, Rule } from "./profile";

/**
 * The 评分标准 of a profile item in words, as the evaluation manuals print it, and the
 * 扣分理由 of a scored item: both follow from the rule, so changing the profile changes them.
 */

const HUNDRED = new Decimal(100);

/** Points as a manual writes them: `4`, `2.67`, `0.5`. */
function pts(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

function pct(d: Decimal): string {
  return `${d.toFixed()}%`;
}

const C = {
  qualitative: text("单位自评，最高{points}分", "scored by the department, up to {points}"),
  capAt100: text("分值×执行率（不超过100%）", "points × rate (at most 100%)"),
  rate: text("分值×完成比例", "points × share achieved"),
  stepsAboveFull: text("≤{limit}得满分", "full points up to {limit}"),
  stepsPoints: text("每超1个百分点扣{deduct}分", "minus {deduct} per point above"),
  stepsShare: text("每超1个百分点扣分值的{share}", "minus {share} of the points per point above"),
  band: text("≥{min}得{points}分", "{points} from {min}"),
  bandBelow: text("<{min}不得分", "0 below {min}"),
  adjustZero: text("未调整得{points}分", "{points} if unchanged"),
  adjustBand: text("≤{max}得{points}分", "{points} within {max}"),
  adjustAbove: text(">{max}不得分", "0 above {max}"),
  carryover: text(
    "无结转结余得满分；不超过年初数得{within}分；超过年初数不得分",
    "full points with no balance; {within} if not above the balance brought forward; 0 above it",
  ),
  satisfaction: text("≥{full}得满分，低于按比例得分", "full points from {full}, proportionally below"),
  benefit: text(
    "分值×效益目标完成比例；无此类目标时单位自评",
    "points × benefit targets met; self-scored when there are none",
  ),
};

function f(l: Localized, lang: Lang, params: Record<string, string>): string {
  return fill(l[lang], params);
}

function sep(lang: Lang): string {
  return lang === "zh-CN" ? "；" : "; ";
}

/** 评分标准 of one item, e.g. `不超过100%得满分；每超过1个百分点扣0.5分`. */
export function criterionText(item: Pick<ProfileItem, "rule" | "points">, lang: Lang): string {
  const rule: Rule = item.rule;
  const points = item.points;
  switch (rule.kind) {
    case "qualitative":
      return f(C.qualitative, lang, { points: pts(points) });
    case "capAt100":
      return f(C.capAt100, lang, {});
    case "rate":
      return f(C.rate, lang, {});
    case "benefitOrQualitative":
      return f(C.benefit, lang, {});
    case "stepsAbove": {
      const head = f(C.stepsAboveFull, lang, { limit: pct(rule.limit) });
      const tail = rule.deductPoints
        ? f(C.stepsPoints, lang, { deduct: pts(rule.deductPoints) })
        : f(C.stepsShare, lang, { share: pct((rule.deductShare ?? new Decimal(0)).times(HUNDRED)) });
      return `${head}${sep(lang)}${tail}`;
    }
    case "bands": {
      const parts = rule.bands.map((b) => f(C.band, lang, { min: pct(b.min), points: pts(points.times(b.share)) }));
      const lowest = rule.bands[rule.bands.length - 1];
      if (!lowest.share.isZero()) parts.push(f(C.bandBelow, lang, { min: pct(lowest.min) }));
      return parts.join(sep(lang));
    }
    case "adjustmentBands": {
      const parts = [f(C.adjustZero, lang, { points: pts(points.times(rule.zeroShare)) })];
      for (const b of rule.bands)
        parts.push(f(C.adjustBand, lang, { max: pct(b.max), points: pts(points.times(b.share)) }));
      parts.push(f(C.adjustAbove, lang, { max: pct(rule.bands[rule.bands.length - 1].max) }));
      return parts.join(sep(lang));
    }
    case "carryover":
      return f(C.carryover, lang, { within: pts(points.times(rule.withinShare)) });
    case "satisfaction":
      return f(C.satisfaction, lang, { full: pct(rule.full) });
  }
}

const R = {
  selfScored: text("单位自评扣{lost}分", "{lost} deducted in the department's own scoring"),
  value: text("{value}，扣{lost}分", "{value}: {lost} deducted"),
  carryAbove: text(
    "年末结转结余超过年初数，扣{lost}分",
    "year-end balance above the balance brought forward: {lost} deducted",
  ),
  carryWithin: text("年末仍有结转结余，扣{lost}分", "a balance remains at year end: {lost} deducted"),
};

/**
 * Why points were lost, or "" when none were: the indicator's value and the points deducted.
 * `value` is the indicator as printed (`2.98%`), absent for a qualitative item.
 */
export function deductionText(item: ScoredItem, rule: Rule, lang: Lang, value?: string): string {
  // The 未评分 in the score column already says it could not be computed.
  if (item.score === undefined) return (item.reason?.[lang] ?? "").replace(/^(无法计算[：:]|cannot compute:\s*)/i, "");
  const lost = item.points.minus(item.score);
  if (lost.lte(0)) return "";
  const params = { lost: formatAmount(lost), name: item.name, value: value ?? "" };
  if (rule.kind === "carryover") return f(item.score.isZero() ? R.carryAbove : R.carryWithin, lang, params);
  if (item.source === "Q" || value === undefined) return f(R.selfScored, lang, params);
  return f(R.value, lang, params);
}
