import type { Lang } from "../i18n";
import { formatAmount } from "../money";
import type { IndicatorInput, IndicatorResult, ScoreResult } from "../result";

/** The `indicators` and `score` parts of the `--json` output (cli.md): decimal strings, one language. */

export interface IndicatorJson {
  id: string;
  name: string;
  /** Two decimals (`"95.10"`); null when it cannot be computed (then `reason`). */
  value: string | null;
  unit: "%";
  formula: string;
  inputs: IndicatorInput[];
  reason?: string;
  /** The profile item scoring this indicator: its score (null when not scored) and points. */
  score?: string | null;
  points?: string;
}

export interface ScoreJson {
  profile: string;
  total: string;
  scoredPoints: string;
  maxPoints: string;
  grade: string | null;
  missing: { name: string; reason: string }[];
  byLevel1: { name: string; points: string; score: string; scoredPoints: string }[];
  items: {
    name: string;
    level1: string;
    level2: string;
    points: string;
    score: string | null;
    source: string;
    reason?: string;
  }[];
}

export function indicatorToJson(indicator: IndicatorResult, score: ScoreResult | undefined, lang: Lang): IndicatorJson {
  const item = score?.items.find((i) => i.source === indicator.id);
  return {
    id: indicator.id,
    name: indicator.name,
    value: indicator.value === undefined ? null : formatAmount(indicator.value),
    unit: indicator.unit,
    formula: indicator.formula,
    inputs: indicator.inputs.map((i) => ({ ...i })),
    ...(indicator.reason && { reason: indicator.reason[lang] }),
    ...(item && { score: item.score === undefined ? null : formatAmount(item.score), points: item.points.toFixed() }),
  };
}

export function scoreToJson(score: ScoreResult, lang: Lang): ScoreJson {
  return {
    profile: score.profile,
    total: formatAmount(score.total),
    scoredPoints: score.scoredPoints.toFixed(),
    maxPoints: score.maxPoints.toFixed(),
    grade: score.grade ?? null,
    missing: score.missing.map((m) => ({ name: m.name, reason: m.reason[lang] })),
    byLevel1: score.byLevel1.map((l) => ({
      name: l.name,
      points: l.points.toFixed(),
      score: formatAmount(l.score),
      scoredPoints: l.scoredPoints.toFixed(),
    })),
    items: score.items.map((i) => ({
      name: i.name,
      level1: i.level1,
      level2: i.level2,
      points: i.points.toFixed(),
      score: i.score === undefined ? null : formatAmount(i.score),
      source: i.source,
      ...(i.reason && { reason: i.reason[lang] }),
    })),
  };
}
