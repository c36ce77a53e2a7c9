import { text, fill, type Lang, type Localized } from "../i18n";

/**
 * Message templates of the rule engine, zh-CN first. `{name}` placeholders are filled per
 * language; labels from the workbook stay Chinese in both.
 */
export const MSG = {
  // Arithmetic comparisons
  mismatch: text("{where}{lhs} ≠ {rhs}，相差 {diff}", "{where}{lhs} ≠ {rhs}, difference {diff}"),
  rounding: text(
    "{where}{lhs} 与 {rhs} 相差 {diff}，在容差 {tol} 以内，属尾差",
    "{where}{lhs} vs {rhs}: difference {diff} within the tolerance {tol} (rounding)",
  ),
  exceeds: text("{where}{lhs} 超过 {rhs}，超出 {diff}", "{where}{lhs} exceeds {rhs} by {diff}"),
  unitMismatch: text(
    "{where}{lhs} 与 {rhs} 相差约 10000 倍：{yuan} 像是按元填列，{wan} 像是按万元填列",
    "{where}{lhs} and {rhs} differ by a factor of about 10,000: {yuan} looks like 元 and {wan} like 万元",
  ),
  sumOf: text("{label}之和 {value}", "sum of {label} {value}"),
  whereColumn: text("{sheet}（{column}）：", "{sheet} ({column}): "),
  whereRow: text("{sheet} {row}：", "{sheet} {row}: "),
  rowsOfProjects: text("各项目", "the projects"),
  rowsOfUnits: text("各机构", "the units"),
  rowsOfSubjects: text("各科目", "the subjects"),
  topLevelSubjects: text("最上级科目", "the top-level subjects"),
  children: text("下级科目", "the sub-subjects"),

  // Skipped
  skipSheetAbsent: text("未提供「{sheet}」表", "sheet {sheet} is absent"),
  skipRequiredAbsent: text(
    "缺少必需的「{sheet}」表（见 DATA-MISSING）",
    "required sheet {sheet} is missing (see DATA-MISSING)",
  ),
  skipAllBlank: text(
    "{where}{label} 及其各项均未填，没有可核对的数字",
    "{where}{label} and its parts are all blank; nothing to check",
  ),
  skipBlank: text("{where}{labels} 未填", "{where}{labels} is blank"),
  skipPartsBlank: text("{where}{labels} 均未填，不按 0 计算", "{where}{labels} all blank; not computed against zero"),
  skipUnreadable: text(
    "{where}{cell}（{label}）无法读取（{dataRule}）",
    "{where}{cell} ({label}) cannot be read ({dataRule})",
  ),
  skipNoTotalRow: text("「{sheet}」表没有合计行", "sheet {sheet} has no total row (合计)"),
  totalRow: text("合计行", "total row"),
  summaryFigure: text("{sheet} {row}（{column}）", "{sheet} {row} ({column})"),
  listTotal: text("{sheet} 合计行 {column}", "{sheet} total row {column}"),
  skipColumnAbsent: text("「{sheet}」表没有「{column}」列", "sheet {sheet} has no column {column}"),
  skipNoStaffing: text(
    "「{sheet}」表没有人员编制表（机构名称 | 编制数 | 实有人数）",
    "sheet {sheet} has no staffing table (机构名称 | 编制数 | 实有人数)",
  ),
  skipIndicator: text("{name}无法计算：{reason}", "{name} cannot be computed: {reason}"),
  skipIndicatorAbsent: text("指标 {id} 未计算", "indicator {id} was not computed"),
  skipZero: text("{where}{label} 为 0，无法计算比率", "{where}{label} is 0; the ratio cannot be computed"),
  skipNoYear: text("「基本情况」表的年度未填或无效", "年度 in 基本情况 is blank or invalid"),
  skipUncoded: text("项目没有科目编码：{names}", "projects without 科目编码: {names}"),
  skipBadDate: text("{where}指标下达日期「{raw}」无法识别为日期", "{where}指标下达日期 “{raw}” is not a date"),
  unknownReason: text("缺少数据", "data missing"),

  // Coverage
  coverage: text(
    "未提供「{sheet}」表，以下校验未运行：{rules}",
    "Sheet {sheet} is absent; these checks did not run: {rules}",
  ),

  // Codes
  codeUnknown: text(
    "科目编码 {code}（{name}）：{class} 不是 2024 年政府收支分类科目的类",
    "科目编码 {code} ({name}): {class} is not a 类 of the 2024 政府收支分类科目",
  ),
  codeNameMismatch: text(
    "科目编码 {code} 在政府收支分类科目中是「{expected}」，表中名称为「{name}」",
    "科目编码 {code} is “{expected}” in the 政府收支分类科目, but the sheet names it “{name}”",
  ),

  // Reasonableness
  below: text("低于", "below"),
  above: text("超过", "above"),
  indicatorBreach: text(
    "{name} {value}% {cmp} {threshold}%（{inputs}）",
    "{name} {value}% is {cmp} {threshold}% ({inputs})",
  ),
  rowRatioBreach: text(
    "{where}{name} {value}% {cmp} {threshold}%（{num} / {den}）",
    "{where}{name} {value}% is {cmp} {threshold}% ({num} / {den})",
  ),
  rowExceeds: text(
    "{where}{left} 大于 {right}，多 {diff}{share}",
    "{where}{left} is more than {right} by {diff}{share}",
  ),
  shareOf: text("（为{label}的 {pct}%）", " ({pct}% of {label})"),
  carryover: text("{where}年末结转和结余 {closing}：{reasons}", "{where}年末结转和结余 {closing}: {reasons}"),
  carryoverRate: text("结转结余率 {rate}% 超过 {threshold}%", "结转结余率 {rate}% is above {threshold}%"),
  carryoverGrowth: text("高于年初结转和结余 {opening}", "more than 年初结转和结余 {opening}"),
  late: text(
    "项目「{name}」指标下达日期 {date} 不早于 {from}，年末结转结余 {balance}：指标下达晚，造成年终资金结余",
    "project “{name}”: 指标下达日期 {date} is on or after {from} and 年末结转结余 is {balance} — a late release left funds unspent",
  ),
  targetShort: text(
    "绩效目标「{name}」实际值 {actual}{uom} 未达到目标值 {target}{uom}",
    "target “{name}”: 实际值 {actual}{uom} falls short of 目标值 {target}{uom}",
  ),
  targetOver: text(
    "绩效目标「{name}」实际值 {actual}{uom} 超过目标值 {target}{uom}（该指标越小越好）",
    "target “{name}”: 实际值 {actual}{uom} is above 目标值 {target}{uom} (smaller is better)",
  ),

  // Suggestions
  checkTotal: text(
    "核对{total}及其各分项，修正合计数或漏填、错填的分项",
    "Check {total} and its parts; correct the total or the wrong or missing part",
  ),
  unifyUnit: text(
    "统一金额单位：在按元填列的表的表头上方加单位行「单位：元」，或改按万元填列",
    "Use one unit: add a unit row “单位：元” above the header of the sheet filled in 元, or refill it in 万元",
  ),
  explain: text(
    "核实数据；如属实，在填报说明中说明原因",
    "Verify the figures; if they are right, explain them in the notes that go with the accounts",
  ),
} as const;

/** Fills a template for both languages; a param may differ by language. */
export function msg(template: Localized, params: Record<string, string | number | Localized>): Localized {
  // Filled when first read: most messages built for a comparison (its `where`) are never shown,
  // and filling them all was a good part of checking a large workbook.
  const filled: Partial<Record<Lang, string>> = {};
  const get = (lang: Lang): string => {
    let s = filled[lang];
    if (s === undefined) {
      const p: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(params)) p[k] = typeof v === "object" ? v[lang] : v;
      s = filled[lang] = fill(template[lang], p);
    }
    return s;
  };
  return {
    get "zh-CN"() {
      return get("zh-CN");
    },
    get "en-US"() {
      return get("en-US");
    },
  };
}

/** Joins labels: `、` in Chinese, `, ` in English. */
export function joinLabels(labels: readonly string[]): Localized {
  return { "zh-CN": labels.join("、"), "en-US": labels.join(", ") };
}
