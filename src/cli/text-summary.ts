import { countBySeverity } from "../core/findings";
import type { Lang } from "../core/i18n";
import { RULES } from "../core/rules/catalogue";
import type { TextCheckResult, TextFinding } from "../core/text";
import { asFinding } from "./json";
import { MSG, SEVERITY_LABEL, say } from "./messages";
import { padEnd } from "./summary";

/**
 * The readable result of `check-text`: counts and verdict, then each finding in the order of
 * the text, with where it is, the sentence quoted, and the figures expected and stated.
 */

function figuresLine(f: TextFinding, lang: Lang): string | undefined {
  if (f.expected === undefined || f.actual === undefined) return undefined;
  let line = say(MSG.figures, lang, { expected: f.expected, actual: f.actual });
  if (f.difference !== undefined) line += say(MSG.difference, lang, { difference: f.difference });
  if (f.tolerance !== undefined) line += say(MSG.tolerance, lang, { tolerance: f.tolerance });
  return line;
}

function findingLines(f: TextFinding, lang: Lang): string[] {
  const title = RULES.find((r) => r.id === f.rule)?.title[lang];
  // `offset` counts from 0; people count characters from 1.
  const where = say(MSG.textWhere, lang, { paragraph: f.where.paragraph, char: f.where.offset + 1 });
  const lines = [
    `  ${padEnd(SEVERITY_LABEL[f.severity][lang], 6)} ${f.rule}${title ? `  ${title}` : ""} · ${where}`,
    `      ${f.message[lang]}`,
    `      ${say(MSG.quote, lang)}${f.where.quote}`,
  ];
  const figures = figuresLine(f, lang);
  if (figures) lines.push(`      ${figures}`);
  if (f.cells && f.cells.length > 0) lines.push(`      ${say(MSG.cells, lang)}${f.cells.join(", ")}`);
  if (f.suggestion) lines.push(`      ${say(MSG.suggestion, lang)}${f.suggestion[lang]}`);
  return lines;
}

export function formatTextSummary(
  result: TextCheckResult,
  input: string,
  workbook: string | undefined,
  lang: Lang,
): string {
  const counts = countBySeverity(result.findings.map(asFinding));
  const verdict = counts.error === 0 ? say(MSG.ready, lang) : say(MSG.needsFix, lang, { error: counts.error });
  const out = [say(MSG.textHeadline, lang, { path: input, paragraphs: result.paragraphs.length })];
  if (workbook !== undefined) out.push(say(MSG.textWithWorkbook, lang, { path: workbook }));
  out.push(say(MSG.verdict, lang, { counts: say(MSG.counts, lang, counts), verdict }), "");

  out.push(say(MSG.textFindingsHeading, lang));
  if (result.findings.length === 0) out.push(`  ${say(MSG.noFindings, lang)}`);
  for (const f of result.findings) out.push(...findingLines(f, lang));

  if (result.skipped.length > 0) {
    out.push("", say(MSG.skippedHeading, lang, { count: result.skipped.length }));
    for (const s of result.skipped)
      out.push(`  ${say(MSG.skippedLine, lang, { rule: s.rule, reason: s.reason[lang] })}`);
  }
  out.push("");
  return out.join("\n");
}
