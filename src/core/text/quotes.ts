import { text } from "../i18n";
import { textFinding, type TextFinding } from "./finding";
import type { Paragraph } from "./paragraphs";

/**
 * TXT-QUOTE: Chinese quotation marks open with “ and close with ”. A closing mark with nothing
 * open (`”12345”`), an opening mark while one is open, or a mark left open at the end of the
 * paragraph. Reported once per paragraph, at the first problem.
 */

interface QuoteProblem {
  offset: number;
  kind: "reversed" | "nested" | "unclosed";
}

function firstProblem(s: string): QuoteProblem | undefined {
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "“") {
      if (open >= 0) return { offset: open, kind: "nested" };
      open = i;
    } else if (s[i] === "”") {
      if (open < 0) return { offset: i, kind: "reversed" };
      open = -1;
    }
  }
  return open >= 0 ? { offset: open, kind: "unclosed" } : undefined;
}

/** `”12345”` → `“12345”`: the words between a stray closing mark and the next one, if short. */
function reversedSpan(s: string, offset: number): string | undefined {
  const close = s.indexOf("”", offset + 1);
  if (close < 0) return undefined;
  const inner = s.slice(offset + 1, close);
  return inner.length > 0 && inner.length <= 20 && !/[“。，；]/.test(inner) ? inner : undefined;
}

function sentenceAt(p: Paragraph, offset: number): string {
  return (p.sentences.find((x) => offset >= x.start && offset < x.end) ?? { text: p.text }).text;
}

export function checkQuotes(paragraphs: Paragraph[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const p of paragraphs) {
    const problem = firstProblem(p.text);
    if (!problem) continue;
    const where = { paragraph: p.index, offset: problem.offset, quote: sentenceAt(p, problem.offset) };
    const inner = problem.kind === "reversed" ? reversedSpan(p.text, problem.offset) : undefined;
    const context = p.text.slice(problem.offset, problem.offset + 12);
    if (inner !== undefined) {
      findings.push(
        textFinding(
          "TXT-QUOTE",
          where,
          text(`引号方向错误：”${inner}” 应为 “${inner}”`, `Quotation marks reversed: ”${inner}” should be “${inner}”`),
          `TXT-QUOTE|”${inner}”`,
          { suggestion: text(`改为 “${inner}”`, `Write “${inner}”`) },
        ),
      );
      continue;
    }
    const messages = {
      reversed: text(
        `引号不配对：「${context}…」中的后引号前没有前引号`,
        `Unbalanced quotation marks: the closing mark in 「${context}…」 has no opening mark`,
      ),
      nested: text(
        `引号不配对：「${context}…」中的前引号在下一个前引号之前没有关闭`,
        `Unbalanced quotation marks: the opening mark in 「${context}…」 is not closed before the next one`,
      ),
      unclosed: text(
        `引号不配对：「${context}…」中的前引号没有对应的后引号`,
        `Unbalanced quotation marks: the opening mark in 「${context}…」 is never closed`,
      ),
    };
    findings.push(textFinding("TXT-QUOTE", where, messages[problem.kind], `TXT-QUOTE|${context}`));
  }
  return findings;
}
