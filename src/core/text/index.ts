import type { Skipped } from "../findings";
import { text, type Localized } from "../i18n";
import type { Decimal } from "../money";
import type { DepartmentModel } from "../model";
import { checkBalance } from "./balance";
import { findBreakdowns } from "./breakdowns";
import { checkBlanks } from "./blanks";
import { checkChanges } from "./changes";
import { checkConflicts } from "./conflicts";
import { checkData } from "./data";
import type { TextFinding } from "./finding";
import { buildContext } from "./mentions";
import { splitParagraphs } from "./paragraphs";
import { checkPercentages } from "./percentages";
import { checkQuotes } from "./quotes";
import { checkSums } from "./sums";
import { checkTruncation } from "./truncation";

/**
 * The text check (文数一致): reads a narrative report in Chinese and reports, with the TXT-*
 * rules, figures that do not add up, recompute, agree with each other or with the workbook,
 * and blanks, cut-off paragraphs and misplaced quotation marks. Pure: no files, no DOM.
 */

export type { TextFinding, TextWhere } from "./finding";
export type { Paragraph, ParagraphKind, Sentence } from "./paragraphs";
export { splitParagraphs } from "./paragraphs";

export interface TextCheckResult {
  findings: TextFinding[];
  /** The paragraphs the findings' `where.paragraph` counts (1-based), hard wraps joined. */
  paragraphs: string[];
  skipped: Skipped[];
}

export interface TextCheckOptions {
  /** The workbook, for TXT-DATA (and the prior-year figures of TXT-CHANGE). */
  model?: DepartmentModel;
  /** Fixed tolerance in the model's unit (万元 without a model); default 0.01 of the coarser unit. */
  tolerance?: Decimal;
}

/** Fingerprints must be unique: a second identical one gets `|2`, and so on. */
function uniqueFingerprints(findings: TextFinding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}|${n}`;
  }
}

/**
 * The longest text checked: 10 million characters, about 30 MB of Chinese in UTF-8 and a
 * hundred times the longest report. Longer input is no report (a log, a dump, a file given by
 * mistake), and checking it would only keep the user waiting.
 */
export const MAX_TEXT_CHARS = 10_000_000;

/** Why a text is not checked, when it is longer than `MAX_TEXT_CHARS`. */
export function textTooLong(input: string): Localized | undefined {
  if (input.length <= MAX_TEXT_CHARS) return undefined;
  const chars = input.length.toLocaleString("en-US");
  const limit = MAX_TEXT_CHARS.toLocaleString("en-US");
  return text(
    `文字过长（${chars} 个字符，上限 ${limit}），不像一份报告，未检查`,
    `The text is too long (${chars} characters, the limit is ${limit}) to be a report: not checked`,
  );
}

export function checkText(input: string, options: TextCheckOptions = {}): TextCheckResult {
  const tooLong = textTooLong(input);
  if (tooLong) return { findings: [], paragraphs: [], skipped: [{ rule: "TXT-*", reason: tooLong }] };
  const paragraphs = splitParagraphs(input);
  const ctx = buildContext(paragraphs, options);
  const breakdowns = findBreakdowns(ctx);
  const skipped: Skipped[] = [];
  const findings: TextFinding[] = [
    ...checkSums(ctx, breakdowns),
    ...checkPercentages(ctx, breakdowns),
    ...checkChanges(ctx),
    ...checkBalance(ctx),
    ...checkConflicts(ctx, breakdowns),
    ...checkData(ctx, breakdowns, skipped),
    ...checkTruncation(paragraphs),
    ...checkBlanks(paragraphs),
    ...checkQuotes(paragraphs),
  ];
  if (!options.model) {
    skipped.push({
      rule: "TXT-DATA",
      reason: text(
        "未提供工作簿，文中数字未与表中数字核对",
        "No workbook given: the text's figures were not compared with it",
      ),
    });
  }
  findings.sort((a, b) => a.where.paragraph - b.where.paragraph || a.where.offset - b.where.offset);
  uniqueFingerprints(findings);
  return { findings, paragraphs: paragraphs.map((p) => p.text), skipped };
}
