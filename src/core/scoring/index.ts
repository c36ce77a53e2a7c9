import type { Lang } from "../i18n";
import { Decimal, formatAmount } from "../money";
import type { DepartmentModel } from "../model";
import type { IndicatorResult, ScoredItem, ScoreResult } from "../result";
import { DEFAULT_PROFILE, type Profile } from "./profile";
import { scoreItem } from "./rules";

/**
 * The self-evaluation score: every item of the profile scored from the indicators or from
 * 自评打分. Items without data are not scored and are listed with their reason; the grade is
 * only given when every item is scored.
 */

export type Grade = NonNullable<ScoreResult["grade"]>;

const sumOf = (values: Decimal[]): Decimal => values.reduce((acc, v) => acc.plus(v), new Decimal(0));

/**
 * 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (财预〔2020〕10号), on the score as a share of the
 * maximum rounded to two decimals — the figure the user reads, so 89.996 shown as 90.00 is 优.
 */
export function gradeFor(total: Decimal, maxPoints: Decimal): Grade {
  const percent = new Decimal(formatAmount(total.div(maxPoints).times(100)));
  if (percent.gte(90)) return "优";
  if (percent.gte(80)) return "良";
  if (percent.gte(60)) return "中";
  return "差";
}

export function scoreIndicators(
  model: DepartmentModel,
  indicators: IndicatorResult[],
  profile: Profile = DEFAULT_PROFILE,
): ScoreResult {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const items = profile.items.map((item) => scoreItem(model, byId, item));
  const scored = items.filter((i): i is ScoredItem & { score: Decimal } => i.score !== undefined);
  const total = sumOf(scored.map((i) => i.score));
  const scoredPoints = sumOf(scored.map((i) => i.points));
  const maxPoints = sumOf(items.map((i) => i.points));
  const byLevel1 = profile.level1.map((l) => {
    const mine = scored.filter((i) => i.level1 === l.name);
    return {
      name: l.name,
      points: l.points,
      score: sumOf(mine.map((i) => i.score)),
      scoredPoints: sumOf(mine.map((i) => i.points)),
    };
  });
  const missing = items.flatMap((i) => (i.score === undefined && i.reason ? [{ name: i.name, reason: i.reason }] : []));
  const grade = missing.length === 0 ? gradeFor(total, maxPoints) : undefined;
  return { profile: profile.name, items, byLevel1, total, scoredPoints, maxPoints, grade, missing };
}

const GRADE_EN: Record<Grade, string> = { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" };

/** `优`, or `优 (Excellent)` in English. */
export function gradeText(grade: Grade, lang: Lang): string {
  return lang === "zh-CN" ? grade : `${grade} (${GRADE_EN[grade]})`;
}

/** Points as written in a profile: 85, 2.5 (no trailing zeros). */
export function formatPoints(d: Decimal): string {
  return d.toFixed();
}

/**
 * The score in one line: `总分 86.50 分（满分 100 分），等级：良`, or, while items are not
 * scored, `已评 72.00/85 分，15 分未评（未评分：…），不评定等级`.
 */
export function scoreSummary(score: ScoreResult, lang: Lang): string {
  const total = formatAmount(score.total);
  const max = formatPoints(score.maxPoints);
  if (score.grade) {
    return lang === "zh-CN"
      ? `总分 ${total} 分（满分 ${max} 分），等级：${score.grade}`
      : `Total ${total} of ${max} points, grade ${gradeText(score.grade, lang)}`;
  }
  // Nothing scored (an empty template): "已评 0.00/0 分" would say nothing.
  if (score.scoredPoints.isZero()) {
    return lang === "zh-CN"
      ? `未能评分：各项指标均缺少所需数据（满分 ${max} 分），不评定等级`
      : `Not scored: no item has the data it needs (out of ${max} points), so no grade is given`;
  }
  const scored = formatPoints(score.scoredPoints);
  const unscored = formatPoints(score.maxPoints.minus(score.scoredPoints));
  const names = score.missing.map((m) => m.name);
  return lang === "zh-CN"
    ? `已评 ${total}/${scored} 分，${unscored} 分未评（未评分：${names.join("、")}），不评定等级`
    : `Scored ${total} of ${scored} points; ${unscored} points not scored (${names.join(", ")}), so no grade is given`;
}

export {
  DEFAULT_PROFILE,
  loadProfile,
  ProfileError,
  RULE_KINDS,
  type Profile,
  type ProfileItem,
  type Rule,
  type RuleKind,
} from "./profile";
export { scoreRate } from "./rules";
export { indicatorToJson, scoreToJson, type IndicatorJson, type ScoreJson } from "./json";
