import { SUBJECT_CLASSES_2024 } from "../rules/class-table";
import { EXPENDITURE_PARTS, INCOME_PARTS } from "../template";

/**
 * The labels a report uses for the figures of the final accounts, mapped to the template's
 * canonical labels (`日常公用经费` → `公用经费`), and the decompositions a total is known to have
 * (so that parts adding up to less than the total are an error, not a partial list).
 */

const ALIASES: Record<string, string[]> = {
  基本支出: ["基本支出"],
  人员经费: ["人员经费", "人员经费支出"],
  公用经费: ["公用经费", "日常公用经费", "公用经费支出", "日常公用经费支出"],
  项目支出: ["项目支出"],
  本年支出合计: ["本年支出合计", "本年支出", "支出合计", "支出总额", "总支出", "本年支出总额", "本年度支出合计"],
  本年收入合计: ["本年收入合计", "本年收入", "收入合计", "本年度收入合计"],
  // `收、支总计各4125.49万元` states both totals; it is read as 收入总计 (支出总计 is the same).
  // `收入支出总体与上年相比增加…`: the two equal totals named together.
  收入总计: ["收入总计", "收、支总计", "收支总计", "收入支出总计", "收入支出总体", "收支总体"],
  支出总计: ["支出总计"],
  年末结转和结余: ["年末结转和结余", "年末结转结余", "年终结转结余", "年末结余", "结转和结余", "结转结余"],
  // `上年结转和结余` is what this year's accounts bring in from the last: this year's 年初 figure.
  年初结转和结余: ["年初结转和结余", "年初结转结余", "上年结转和结余", "上年结转结余"],
  使用非财政拨款结余: ["使用非财政拨款结余"],
  上缴上级支出: ["上缴上级支出"],
  经营支出: ["经营支出"],
  对附属单位补助支出: ["对附属单位补助支出"],
  结余分配: ["结余分配"],
  // Not a row of the workbook: the three 财政拨款 incomes together, as 决算说明 state them.
  财政拨款收入: ["财政拨款收入", "财政拨款"],
  一般公共预算财政拨款收入: ["一般公共预算财政拨款收入", "一般公共预算财政拨款"],
  政府性基金预算财政拨款收入: ["政府性基金预算财政拨款收入", "政府性基金预算财政拨款"],
  国有资本经营预算财政拨款收入: ["国有资本经营预算财政拨款收入"],
  上级补助收入: ["上级补助收入"],
  事业收入: ["事业收入"],
  经营收入: ["经营收入"],
  附属单位上缴收入: ["附属单位上缴收入"],
  其他收入: ["其他收入"],
  // The 三公 of the final accounts are by definition paid from 财政拨款.
  三公经费合计: [
    "三公经费",
    "三公经费合计",
    "三公经费支出",
    "三公经费总额",
    "三公经费总支出",
    "三公经费支出合计",
    "三公经费财政拨款支出",
    "三公经费财政拨款支出合计",
  ],
  "因公出国(境)费": ["因公出国(境)费", "因公出国(境)费用", "因公出国境费", "因公出国(境)经费"],
  公务用车购置及运行维护费: ["公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运维费"],
  公务用车购置费: ["公务用车购置费"],
  公务用车运行维护费: ["公务用车运行维护费", "公务用车运行费", "公务用车运维费"],
  公务接待费: ["公务接待费"],
  预算执行率: ["预算执行率", "预算完成率"],
};

/** 政府收支分类科目, 类 level (rules.md): a report lists 项目支出 by these. */
export const FUNCTION_CLASSES: readonly string[] = Object.values(SUBJECT_CLASSES_2024);

const BY_ALIAS = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(ALIASES)) for (const a of aliases) BY_ALIAS.set(a, canonical);

/** A class name without its trailing 支出, as rules.md compares them. */
export function classStem(name: string): string {
  return name.replace(/\s/g, "").replace(/支出$/, "");
}

const CLASS_BY_STEM = new Map(FUNCTION_CLASSES.map((c) => [classStem(c), c]));

/** The function class a label names (`科学技术支出`, `科学技术`), if any. */
function functionClass(label: string): string | undefined {
  return CLASS_BY_STEM.get(classStem(label));
}

/**
 * The canonical label of a cleaned label, or undefined when it is not one of the figures
 * the final accounts have. `periodStated` lets `全年支出` (支出 after a period word) count as
 * the expenditure total while a bare `支出` does not.
 */
export function canonicalLabel(label: string, periodStated = false): string | undefined {
  // `公务接待费支出`, `因公出国（境）费支出`: the 三公 items with the word 支出 after them.
  const direct = BY_ALIAS.get(label) ?? (/费支出$/.test(label) ? BY_ALIAS.get(label.slice(0, -2)) : undefined);
  if (direct) return direct;
  if (periodStated && label === "支出") return "本年支出合计";
  if (periodStated && label === "收入") return "本年收入合计";
  return functionClass(label);
}

/** `一般公共预算财政拨款基本支出`: the source of the money before the name of the figure. */
const FUNDING_SOURCE = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)?(?:财政拨款)?(?=.{2})/;

/**
 * What a figure is a figure of, its funding source aside: `一般公共预算基本支出` is divided like
 * 基本支出 (人员经费 and 公用经费). Not its canonical label: the workbook's 基本支出 is of all funds.
 */
export function kindOfFigure(label: string, canonical: string | undefined): string | undefined {
  // `公务用车购置及运行费小计`: a subtotal is the figure it sums.
  return canonical ?? canonicalLabel(label.replace(FUNDING_SOURCE, "").replace(/小计$/, ""), true);
}

export function isFunctionClass(canonical: string | undefined): boolean {
  return canonical !== undefined && FUNCTION_CLASSES.includes(canonical);
}

const APPROPRIATIONS = INCOME_PARTS.slice(0, 3);
/** A text may give 财政拨款收入 as one line where the workbook has its three kinds. */
const TEXT_INCOME_PARTS = ["财政拨款收入", ...INCOME_PARTS];

/** Totals whose parts, when each is one of these, are the whole decomposition. */
const DECOMPOSITIONS: Record<string, { parts: string[]; byClass: boolean }> = {
  基本支出: { parts: ["人员经费", "公用经费"], byClass: true },
  项目支出: { parts: [], byClass: true },
  本年支出合计: { parts: EXPENDITURE_PARTS, byClass: true },
  本年收入合计: { parts: TEXT_INCOME_PARTS, byClass: false },
  财政拨款收入: { parts: APPROPRIATIONS, byClass: false },
  收入总计: { parts: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"], byClass: false },
  支出总计: { parts: ["本年支出合计", "结余分配", "年末结转和结余"], byClass: false },
  三公经费合计: { parts: ["因公出国(境)费", "公务用车购置及运行维护费", "公务接待费"], byClass: false },
  公务用车购置及运行维护费: { parts: ["公务用车购置费", "公务用车运行维护费"], byClass: false },
};

/** Labels the text knows that are no row of the workbook (sums of rows): not compared with it. */
export const DERIVED_LABELS: readonly string[] = ["财政拨款收入"];

/** The totals whose decomposition names every one of these parts, and no other part. */
export function totalsMadeOf(parts: string[]): string[] {
  return Object.entries(DECOMPOSITIONS)
    .filter(([, d]) => d.parts.length === parts.length && d.parts.every((p) => parts.includes(p)))
    .map(([total]) => total);
}

/** Whether parts with these canonical labels make up the whole of the total. */
export function isKnownDecomposition(total: string | undefined, parts: (string | undefined)[]): boolean {
  if (total === undefined) return false;
  const d = DECOMPOSITIONS[total];
  if (!d) return false;
  // `财政拨款收入` and `一般公共预算财政拨款收入` in one list count the same money twice.
  if (parts.some((p) => parts.some((q) => q !== p && isPartOf(p, q)))) return false;
  const named = parts.every((p) => p !== undefined && d.parts.includes(p));
  const classes = d.byClass && parts.every((p) => isFunctionClass(p));
  return named || classes;
}

/**
 * Whether `part` is a part of `total`: one of its decomposition, a function class of a total
 * listed by class, or a part of one of those (`公务用车运行维护费` of 三公经费).
 */
export function isPartOf(total: string | undefined, part: string | undefined): boolean {
  if (total === undefined || part === undefined) return false;
  const d = DECOMPOSITIONS[total];
  if (!d) return false;
  if (d.parts.includes(part) || (d.byClass && isFunctionClass(part))) return true;
  return d.parts.some((p) => DECOMPOSITIONS[p]?.parts.includes(part) ?? false);
}
