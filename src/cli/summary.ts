import { verdictOf } from "../core/check";
import { countBySeverity, sortFindings, type Finding } from "../core/findings";
import { fill, text, type Lang } from "../core/i18n";
import { formatIndicatorValue, indicatorName, isIndicatorId } from "../core/indicators";
import type { CheckResult, IndicatorResult } from "../core/result";
import { RULES } from "../core/rules/catalogue";
import { scoreSummary } from "../core/scoring";
import { displayWidth } from "../core/width";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../core/settings";
import { MSG, SEVERITY_LABEL, say } from "./messages";

/**
 * The readable summary of `check` without --json: counts and 可以提交/需修改, findings grouped
 * by sheet with their cells, the checks that did not run, the indicator table and the score.
 */

const WORKBOOK_GROUP = "";

export function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** The sheet a finding belongs to: that of its first cell (`收支总表!D15` → 收支总表). */
function sheetOf(f: Finding): string {
  const first = f.cells[0];
  const bang = first?.lastIndexOf("!") ?? -1;
  return first && bang > 0 ? first.slice(0, bang) : WORKBOOK_GROUP;
}

function groupBySheet(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const key = sheetOf(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

/** The rule as the user reads it in the catalogue: its formula, thresholds filled in. */
function ruleFormula(id: string, lang: Lang, thresholds: Thresholds): string | undefined {
  const formula = RULES.find((r) => r.id === id)?.formula[lang];
  return formula && fill(formula, { ...thresholds });
}

function findingLines(
  f: Finding,
  lang: Lang,
  thresholds: Thresholds,
  explanations?: CheckResult["explanations"],
): string[] {
  const formula = ruleFormula(f.rule, lang, thresholds);
  const head = `  ${padEnd(SEVERITY_LABEL[f.severity][lang], 6)} ${f.rule}${formula ? `  ${formula}` : ""}`;
  const lines = [head, `      ${f.message[lang]}`];
  if (f.cells.length > 0) lines.push(`      ${say(MSG.cells, lang)}${f.cells.join(", ")}`);
  if (f.suggestion) lines.push(`      ${say(MSG.suggestion, lang)}${f.suggestion[lang]}`);
  const explained = explanations?.get(f.fingerprint);
  if (explained) lines.push(`      ${say(MSG.explained, lang, { ...explained })}`);
  return lines;
}

const UNIT_NAMES = { 万元: text("万元", "10,000 yuan"), 元: text("元", "yuan") } as const;

function headline(result: CheckResult, input: string, lang: Lang): string {
  const info = result.model.info;
  const name = info.name?.value ?? say(MSG.unknownName, lang);
  const unit = say(UNIT_NAMES[result.unit], lang);
  if (!info.year) return say(MSG.headlineNoYear, lang, { name, path: input, unit });
  return say(MSG.headline, lang, { name, year: info.year.value, path: input, unit });
}

/** 可以提交, or what stands in the way: the errors, and figures that could not be read. */
export function verdictText(findings: readonly Finding[], lang: Lang): string {
  const v = verdictOf(findings);
  if (v.ready) return say(MSG.ready, lang);
  const parts = [];
  if (v.errors > 0) parts.push(say(MSG.needsFix, lang, { error: v.errors }));
  if (v.uncalculated > 0) parts.push(say(MSG.uncalculated, lang, { count: v.uncalculated }));
  return parts.join(lang === "zh-CN" ? "；" : "; ");
}

export function formatSummary(
  result: CheckResult,
  input: string,
  lang: Lang,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): string {
  const counts = countBySeverity(result.findings);
  const verdict = verdictText(result.findings, lang);
  const out = [
    headline(result, input, lang),
    say(MSG.verdict, lang, { counts: say(MSG.counts, lang, counts), verdict }),
    "",
  ];

  out.push(say(MSG.findingsHeading, lang));
  if (result.findings.length === 0) out.push(`  ${say(MSG.noFindings, lang)}`);
  for (const [sheet, findings] of groupBySheet(result.findings)) {
    const group = sheet === WORKBOOK_GROUP ? say(MSG.workbookGroup, lang) : sheet;
    out.push(lang === "zh-CN" ? `【${group}】` : `[${group}]`);
    for (const f of findings) out.push(...findingLines(f, lang, thresholds, result.explanations));
  }

  if (result.skipped.length > 0) {
    out.push("", say(MSG.skippedHeading, lang, { count: result.skipped.length }));
    for (const s of result.skipped)
      out.push(`  ${say(MSG.skippedLine, lang, { rule: s.rule, reason: s.reason[lang] })}`);
  }

  if (result.indicators.length > 0) {
    out.push("", say(MSG.indicatorsHeading, lang));
    const name = (i: IndicatorResult): string =>
      lang === "zh-CN" || !isIndicatorId(i.id) ? i.name : indicatorName(i.id)[lang];
    const width = Math.max(...result.indicators.map((i) => displayWidth(name(i))));
    for (const i of result.indicators) out.push(`  ${padEnd(name(i), width)}  ${formatIndicatorValue(i, lang)}`);
  }

  if (result.score) out.push("", say(MSG.scoreHeading, lang), `  ${scoreSummary(result.score, lang)}`);
  out.push("");
  return out.join("\n");
}
