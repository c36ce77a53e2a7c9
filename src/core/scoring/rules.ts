import { fillLocalized, text, type Localized } from "../i18n";
import { matchKey, yearEndBalances } from "../indicators";
import { Decimal } from "../money";
import type { DepartmentModel } from "../model";
import type { IndicatorResult, ScoredItem } from "../result";
import type { ProfileItem, Rule } from "./profile";

/** One profile item scored: the rule kinds of indicators.md applied to an indicator's value. */

type Outcome = { score: Decimal; source: string } | { reason: Localized; source: string };

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function clip(score: Decimal, points: Decimal): Decimal {
  return Decimal.max(ZERO, Decimal.min(points, score));
}

/** The department's own score for a qualitative item, from 自评打分 by normalised 指标名称. */
function selfScore(model: DepartmentModel, item: ProfileItem): Outcome {
  const source = "Q";
  const params = { name: item.name };
  if (!model.selfScores) {
    return {
      source,
      reason: fillLocalized(text("缺少“自评打分”工作表", "the 自评打分 sheet is absent"), params),
    };
  }
  const wanted = matchKey(item.name);
  const row = model.selfScores.find((s) => matchKey(s.name) === wanted);
  if (!row) {
    return {
      source,
      reason: fillLocalized(text("自评打分表中没有“{name}”的得分", "自评打分 has no score for “{name}”"), params),
    };
  }
  const score = row.score;
  if (score.state === "value") return { source, score: clip(score.value, item.points) };
  if (score.state === "unreadable") {
    const p = { ...params, cell: score.cell, raw: score.raw };
    return {
      source,
      reason: fillLocalized(
        text(
          "自评打分“{name}”的得分不是数字（{cell}：{raw}）",
          "the 自评打分 score of “{name}” is not a number ({cell}: {raw})",
        ),
        p,
      ),
    };
  }
  const cell = score.cell ?? row.nameCell;
  return {
    source,
    reason: fillLocalized(
      text("自评打分“{name}”的得分为空（{cell}）", "the 自评打分 score of “{name}” is blank ({cell})"),
      { ...params, cell },
    ),
  };
}

/** Points for a rate (a percentage: 95.1 means 95.1%) under one rule kind. */
export function scoreRate(
  rule: Exclude<Rule, { kind: "qualitative" | "carryover" }>,
  rate: Decimal,
  points: Decimal,
): Decimal {
  switch (rule.kind) {
    case "capAt100":
      return clip(points.times(Decimal.min(rate, HUNDRED)).div(HUNDRED), points);
    case "rate":
    case "benefitOrQualitative":
      return clip(points.times(rate).div(HUNDRED), points);
    case "stepsAbove": {
      if (rate.lte(rule.limit)) return points;
      const perPoint = rule.deductPoints ?? points.times(rule.deductShare ?? ZERO);
      return clip(points.minus(rate.minus(rule.limit).times(perPoint)), points);
    }
    case "bands": {
      const band = rule.bands.find((b) => rate.gte(b.min));
      return band ? points.times(band.share) : ZERO;
    }
    case "adjustmentBands": {
      const size = rate.abs();
      if (size.isZero()) return points.times(rule.zeroShare);
      const band = rule.bands.find((b) => size.lte(b.max));
      return band ? points.times(band.share) : ZERO;
    }
    case "satisfaction":
      return rate.gte(rule.full) ? points : clip(points.times(rate).div(rule.full), points);
  }
}

/** 年末结转和结余 = 0: full; ≤ 年初结转和结余: share; more: 0. Needs both figures, not the rate. */
function carryoverScore(model: DepartmentModel, item: ProfileItem, withinShare: Decimal, source: string): Outcome {
  const { end, start } = yearEndBalances(model);
  if (!end.ok) return { source, reason: end.reason };
  if (end.value.isZero()) return { source, score: item.points };
  if (!start.ok) return { source, reason: start.reason };
  return { source, score: end.value.lte(start.value) ? item.points.times(withinShare) : ZERO };
}

function outcome(model: DepartmentModel, indicators: ReadonlyMap<string, IndicatorResult>, item: ProfileItem): Outcome {
  const rule = item.rule;
  if (rule.kind === "qualitative" || !item.indicator) return selfScore(model, item);
  const source = item.indicator;
  if (rule.kind === "carryover") return carryoverScore(model, item, rule.withinShare, source);
  const indicator = indicators.get(source);
  if (!indicator) {
    return { source, reason: text(`未计算指标 ${source}`, `indicator ${source} was not computed`) };
  }
  if (indicator.value !== undefined) return { source, score: scoreRate(rule, indicator.value, item.points) };
  const reason = indicator.reason ?? text("无法计算", "Cannot compute");
  if (rule.kind !== "benefitOrQualitative") return { source, reason };
  // No 效益 rows to count: the department scores it in 自评打分, as a qualitative item.
  const own = selfScore(model, item);
  if ("score" in own) return own;
  return {
    source,
    reason: text(`${reason["zh-CN"]}；${own.reason["zh-CN"]}`, `${reason["en-US"]}; ${own.reason["en-US"]}`),
  };
}

export function scoreItem(
  model: DepartmentModel,
  indicators: ReadonlyMap<string, IndicatorResult>,
  item: ProfileItem,
): ScoredItem {
  const result = outcome(model, indicators, item);
  const base = {
    name: item.name,
    level1: item.level1,
    level2: item.level2,
    points: item.points,
    source: result.source,
  };
  return "score" in result ? { ...base, score: result.score } : { ...base, reason: result.reason };
}
