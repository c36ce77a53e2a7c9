import { text } from "../i18n";
import { textFinding, type TextFinding } from "./finding";
import { endsIntroduction, endsSentence, startsWithItemMarker, type Paragraph } from "./paragraphs";

/**
 * TXT-TRUNC: a paragraph (not a heading or title line) that stops mid-sentence: it ends with
 * `，` `、` `；` or without closing punctuation. A `；` closing one item of a numbered list whose
 * next item follows (`1、…；` `2、…；` `3、…。`) is how such lists are written, not a cut.
 */

const MID_SENTENCE = /[，,、；;]$/;

function isListItemBeforeAnother(p: Paragraph, next: Paragraph | undefined): boolean {
  return /[；;]$/.test(p.text) && startsWithItemMarker(p.text) && next !== undefined && startsWithItemMarker(next.text);
}

export function checkTruncation(paragraphs: Paragraph[]): TextFinding[] {
  const findings: TextFinding[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind !== "body") return;
    if (endsSentence(p.text) || endsIntroduction(p.text)) return;
    if (isListItemBeforeAnother(p, paragraphs[i + 1])) return;
    const last = p.sentences[p.sentences.length - 1] ?? { start: 0, text: p.text };
    const ending = p.text.slice(-12);
    const mark = MID_SENTENCE.exec(p.text)?.[0];
    const message = mark
      ? text(
          `段落以“${mark}”结尾，句子没有写完：「…${ending}」`,
          `The paragraph ends with “${mark}”, mid-sentence: 「…${ending}」`,
        )
      : text(
          `段落没有结束标点，句子可能没有写完：「…${ending}」`,
          `The paragraph has no closing punctuation and may end mid-sentence: 「…${ending}」`,
        );
    findings.push(
      textFinding(
        "TXT-TRUNC",
        { paragraph: p.index, offset: last.start, quote: last.text },
        message,
        `TXT-TRUNC|${ending}`,
        {
          suggestion: text(
            "补全该段最后一句，或删去未写完的部分",
            "Finish the last sentence of the paragraph or remove the unfinished part",
          ),
        },
      ),
    );
  });
  return findings;
}
