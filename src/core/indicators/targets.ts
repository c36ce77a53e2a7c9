import { text, type Localized } from "../i18n";
import { Decimal, decimalString } from "../money";
import type { DepartmentModel, TargetRow } from "../model";
import { normalizeLabel } from "../normalize";
import type { IndicatorInput, IndicatorResult } from "../result";
import { zhName, type IndicatorId } from "./catalogue";
import { cannot, cellsRef, computed, input, notComputed, readRequired } from "./inputs";

/** Indicators over the rows of 绩效目标: shares of targets met, and 满意度. */

/**
 * The form two hand-written labels are compared in: the template's label normalisation
 * (half-width, no spaces, quotes or list numbering) and one kind of dash (`产出—质量` → `产出-质量`).
 */
export function matchKey(s: string): string {
  return normalizeLabel(s).replace(/[—–‐_·]+/g, "-");
}

/** Words in 指标名称 or 计量单位 that make a smaller 实际值 the better one (indicators.md). */
export const SMALLER_IS_BETTER_WORDS = ["不超过", "以下", "≤", "<=", "控制在", "降低", "下降", "投诉", "事故"];

/** `能耗下降率`, `成本降低率`, `降幅`: the size of a reduction, where more is better despite 下降/降低. */
const REDUCTION_RATE = /(下降|降低)(率|幅度)|降幅/;

export function isSmallerBetter(name: string, unitOfMeasure?: string): boolean {
  const haystack = matchKey(`${name} ${unitOfMeasure ?? ""}`);
  if (REDUCTION_RATE.test(haystack)) return false;
  return SMALLER_IS_BETTER_WORDS.some((w) => haystack.includes(w));
}

/** 实际值 ≥ 目标值 (≤ when smaller is better); undefined when either is not a number. */
export function targetMet(row: TargetRow): boolean | undefined {
  if (row.target.state !== "value" || row.actual.state !== "value") return undefined;
  return isSmallerBetter(row.name, row.unitOfMeasure)
    ? row.actual.value.lte(row.target.value)
    : row.actual.value.gte(row.target.value);
}

export type TargetGroup = "output" | "benefit" | "satisfaction" | "other";

/**
 * 指标类别 as a group and sub-kind: `产出-质量` → output/质量, `效益-社会` → benefit/社会,
 * `满意度` (also `效益-满意度`) → satisfaction. Free text is accepted: `质量指标` is an output.
 */
export function targetCategory(category: string): { group: TargetGroup; sub?: string } {
  const c = matchKey(category);
  const sub = (subs: string[]): string | undefined => subs.find((s) => c.includes(s));
  if (c.includes("满意")) return { group: "satisfaction" };
  if (c.startsWith("产出") || /^(数量|质量|时效|成本)(指标)?$/.test(c)) {
    return { group: "output", sub: sub(["数量", "质量", "时效", "成本"]) };
  }
  if (c.startsWith("效益") || c.startsWith("效果") || /^(经济|社会|生态)效益/.test(c)) {
    return { group: "benefit", sub: sub(["经济", "社会", "生态", "可持续"]) };
  }
  return { group: "other" };
}

function targetsAbsent(id: IndicatorId, formula: string): IndicatorResult {
  return notComputed(id, zhName(id), formula, [], cannot("缺少“绩效目标”工作表", "the 绩效目标 sheet is absent"));
}

function unitSuffix(unit: string | undefined): string {
  if (!unit) return "";
  return unit === "%" ? "%" : ` ${unit}`;
}

function rowInput(row: TargetRow, met: boolean): IndicatorInput {
  const target = row.target.state === "value" ? decimalString(row.target.value) : "";
  const op = isSmallerBetter(row.name, row.unitOfMeasure) ? "≤" : "≥";
  const actual = row.actual.state === "value" ? row.actual.value : new Decimal(0);
  const label = `${row.name} 实际值（目标 ${op} ${target}${unitSuffix(row.unitOfMeasure)}，${met ? "达成" : "未达成"}）`;
  return input(label, actual, row.actual.state === "value" ? row.actual.cell : "");
}

/** Share of the given rows whose target is met; every row must have both 目标值 and 实际值. */
function metShare(id: IndicatorId, what: Localized, rows: TargetRow[]): IndicatorResult {
  const formula = `达成目标的${what["zh-CN"]}指标数 / ${what["zh-CN"]}指标数 × 100%`;
  if (rows.length === 0) {
    const reason = cannot(`绩效目标表没有${what["zh-CN"]}指标行`, `绩效目标 has no ${what["en-US"]} rows`);
    return notComputed(id, zhName(id), formula, [], reason);
  }
  for (const row of rows) {
    for (const read of [
      readRequired(row.target, `${row.name} 目标值`),
      readRequired(row.actual, `${row.name} 实际值`),
    ]) {
      if (!read.ok) return notComputed(id, zhName(id), formula, [], read.reason);
    }
  }
  const met = rows.filter((r) => targetMet(r) === true);
  const actualCells = (rs: TargetRow[]): string =>
    cellsRef(rs.map((r) => (r.actual.state === "value" ? r.actual.cell : "")));
  const inputs: IndicatorInput[] = [
    input(`达成目标的${what["zh-CN"]}指标数`, new Decimal(met.length), actualCells(met)),
    input(`${what["zh-CN"]}指标数`, new Decimal(rows.length), actualCells(rows)),
    ...rows.map((r) => rowInput(r, met.includes(r))),
  ];
  return computed(id, zhName(id), formula, inputs, new Decimal(met.length).div(rows.length).times(100));
}

const byCategory =
  (group: TargetGroup, sub?: string) =>
  (r: TargetRow): boolean => {
    const c = targetCategory(r.category);
    return c.group === group && (sub === undefined || c.sub === sub);
  };

const SHARES: { id: IndicatorId; what: Localized; rows: (r: TargetRow) => boolean }[] = [
  { id: "completionRate", what: text("产出类", "产出 (output)"), rows: byCategory("output") },
  { id: "qualityRate", what: text("产出-质量", "产出-质量 (quality)"), rows: byCategory("output", "质量") },
  { id: "timelinessRate", what: text("产出-时效", "产出-时效 (timeliness)"), rows: byCategory("output", "时效") },
  { id: "keyWorkRate", what: text("重点工作", "key work (是否重点工作 = 是)"), rows: (r) => r.isKey === true },
  {
    id: "economicBenefitRate",
    what: text("效益-经济", "效益-经济 (economic benefit)"),
    rows: byCategory("benefit", "经济"),
  },
  {
    id: "socialBenefitRate",
    what: text("效益-社会", "效益-社会 (social benefit)"),
    rows: byCategory("benefit", "社会"),
  },
  {
    id: "ecologicalBenefitRate",
    what: text("效益-生态", "效益-生态 (ecological benefit)"),
    rows: byCategory("benefit", "生态"),
  },
];

/** The rows a target share counts (`产出-质量`), for its formula in another language. */
export function shareRows(id: string): Localized | undefined {
  return SHARES.find((s) => s.id === id)?.what;
}

/** 实际完成率, 质量达标率, 完成及时率, 重点工作办结率 and the three 效益 shares, in that order. */
export function targetShares(model: DepartmentModel): IndicatorResult[] {
  return SHARES.map(({ id, what, rows }) => {
    if (!model.targets) return targetsAbsent(id, `达成目标的${what["zh-CN"]}指标数 / ${what["zh-CN"]}指标数 × 100%`);
    return metShare(id, what, model.targets.filter(rows));
  });
}

/** 满意度 = 实际值 of the 满意度 row; with several rows, their average (each is listed as an input). */
export function satisfaction(model: DepartmentModel): IndicatorResult {
  const id = "satisfaction";
  if (!model.targets) return targetsAbsent(id, "满意度指标实际值");
  const rows = model.targets.filter(byCategory("satisfaction"));
  const formula = rows.length > 1 ? `满意度指标实际值的平均值（${rows.length} 项）` : "满意度指标实际值";
  if (rows.length === 0) {
    return notComputed(id, zhName(id), formula, [], cannot("绩效目标表没有满意度指标行", "绩效目标 has no 满意度 row"));
  }
  const inputs: IndicatorInput[] = [];
  let total = new Decimal(0);
  for (const row of rows) {
    const read = readRequired(row.actual, `${row.name} 实际值`);
    if (!read.ok) return notComputed(id, zhName(id), formula, inputs, read.reason);
    inputs.push(read.input);
    total = total.plus(read.value);
  }
  return computed(id, zhName(id), formula, inputs, total.div(rows.length));
}
