import { text } from "../i18n";
import { normaliseDigits } from "./amounts";
import { textFinding, type TextFinding } from "./finding";
import type { Paragraph } from "./paragraphs";

/**
 * TXT-BLANK: template blanks left unfilled: a % with no number (`占基本支出预算%`), placeholder
 * letters or crosses before a unit (`XX万元`, `X%`), runs of crosses (`×××`), empty brackets or
 * underscores where a figure goes (`（ ）万元`, `____万元`).
 */

const UNIT = String.raw`(?:万\s*元|亿\s*元|元|%|名|人|个|项(?!目)|户|家|次|天)`;

const PATTERNS: RegExp[] = [
  // Placeholder letters or crosses standing for a number.
  new RegExp(String.raw`(?<![A-Za-z])(?:[XxＸｘ]{1,4}|[×＊*]{1,4})(?:\.(?:[XxＸｘ]{1,4}))?\s*${UNIT}`, "g"),
  // Runs of crosses or capital Xs on their own (`×××单位`, `XXX项目`).
  /(?<![A-Za-z])(?:×{2,}|＊{2,}|X{2,}|Ｘ{2,})(?![A-Za-z])/g,
  // Empty brackets or underscores where something is to be written.
  new RegExp(String.raw`[（(][\s_\u3000]*[）)]\s*${UNIT}?|_{2,}\s*${UNIT}?`, "g"),
  // A percent sign with no number before it; `占比（%）` is a column header, not a blank.
  /(?<![\d\s.XxＸｘ×＊*_）)（(])\s*%/g,
  // An amount missing between its verb and its unit: `比上年减少 万元`, `合计万元`.
  /(?<=(?:增加|减少|增长|下降|节约|合计|共计|总计|为|达到|达|支出|收入))[ \u3000]*(?:万\s*元|亿\s*元)/g,
];

function covered(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && end > a);
}

/** The words before a blank, to name it: `占基本支出预算`. */
function labelBefore(s: string, at: number): string {
  const head = s.slice(Math.max(0, at - 12), at);
  const parts = head.split(/[，,。；;：:、！？!?（(]/);
  return parts[parts.length - 1].trim();
}

export function checkBlanks(paragraphs: Paragraph[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const p of paragraphs) {
    const s = normaliseDigits(p.text);
    const spans: [number, number][] = [];
    for (const re of PATTERNS) {
      for (const m of s.matchAll(re)) {
        const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
        const end = (m.index ?? 0) + m[0].length;
        if (covered(spans, start, end)) continue;
        spans.push([start, end]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of spans) {
      const blank = p.text.slice(start, end);
      const label = labelBefore(s, start);
      const sentence = p.sentences.find((x) => start >= x.start && start < x.end) ?? { text: p.text };
      findings.push(
        textFinding(
          "TXT-BLANK",
          { paragraph: p.index, offset: start, quote: sentence.text },
          text(`模板空白未填：「${label}${blank}」`, `Template blank left unfilled: 「${label}${blank}」`),
          `TXT-BLANK|${label}|${blank}`,
          { suggestion: text("填入实际数字或删去该句", "Fill in the figure or remove the sentence") },
        ),
      );
    }
  }
  return findings;
}
