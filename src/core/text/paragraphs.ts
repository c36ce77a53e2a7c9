/**
 * Paragraphs and sentences of a narrative text. Text copied out of a PDF arrives hard-wrapped:
 * a sentence is cut into lines of equal width. Those lines are joined back, while headings
 * (`一、基本情况`, `（一）经济性评价`, `1、基本支出`) and title lines stay paragraphs of their own.
 */

import { displayWidth } from "../width";

export type ParagraphKind = "heading" | "title" | "body" | "table";

export interface Sentence {
  /** Offsets within the paragraph; `end` is exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  /** 1-based over the joined paragraphs. */
  index: number;
  text: string;
  kind: ParagraphKind;
  sentences: Sentence[];
}

const CN_NUMERAL = "[一二三四五六七八九十百]+";

/** List and section numbering at the start of a line: `一、` `（一）` `(1)` `1、` `1.` `第五部分`. */
export const ITEM_MARKER = new RegExp(
  `^(?:${CN_NUMERAL}[、.．]|[（(](?:${CN_NUMERAL}|\\d+)[）)]|\\d+[、．]|\\d+\\.(?!\\d)|第(?:${CN_NUMERAL}|\\d+)[部分章节条])`,
);

/** `一是`, `二是`: enumerations inside a paragraph that may also start one. */
const ENUMERATION = new RegExp(`^${CN_NUMERAL}是`);

const SENTENCE_PUNCTUATION = /[，,。；;！？!?、]/;
const INNER_PUNCTUATION = /[。！？!?；;，,]/;
const TRAILING_CLOSERS = "”’」』）)】》\"'";

/**
 * Ends a sentence: `。！？` possibly followed by closing quotes or brackets, an ellipsis, or an
 * ASCII full stop after Chinese text (`万元.`), never the point of a number.
 */
const TERMINAL_END = /(?:[。！？!?]|…{1,2}|\.{3,}|(?<=[\u4e00-\u9fff”）)%％])\.)[”’」』）)】》"']*$/;

/**
 * An ASCII full stop ends a sentence when it follows Chinese text or a percent sign (`占1.00%.`)
 * and no digit follows it.
 */
function isAsciiStop(text: string, i: number): boolean {
  return text[i] === "." && /[\u4e00-\u9fff”）)%％]/.test(text[i - 1] ?? "") && !/\d/.test(text[i + 1] ?? "");
}

/** How the rest of a cut sentence starts: an amount with its unit, or punctuation. */
const CONTINUATION_START =
  /^(?:[，,、；;：:。）)%％元]|\d[\d,.\s]*(?:万\s*元|亿\s*元|元|万|%|％|个|人|名|批次|人次|辆))/;

/** A line that opens with a name and its amount: `公用经费 71339.2 元，主要用于…`. */
const PART_LINE = /^[\u4e00-\u9fff“”"（）()]{2,24}\s*\d[\d,.\s]*(?:万\s*元|亿\s*元|元)/;

/** A line that announces what follows (`具体工作情况简要如下：`) is finished too. */
const INTRODUCING_END = /[：:][”’」』）)】》"']*$/;

const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;

function trimText(s: string): string {
  return s.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, "");
}

/** A cell of a table copied as text: a number, a percentage, a dash. */
const NUMERIC_CELL = /^[-－—]?[\d,.，]*\d[\d,.]*\s*[%％]?$|^[-－—/]$/;

/**
 * A row of a table pasted as text: cells separated by tabs, runs of spaces or the bars of a
 * table exported as text (`总额 | 238.93 | 251.89 |`), at least two of them numbers
 * (`基本支出\t1200.00\t1256.78\t99.74%`). Rows are neither sentences nor wraps.
 */
export function isTableRow(line: string): boolean {
  const cells = line
    .split(/\t|[ \u00a0\u3000]{2,}|[|｜]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  // A header row (`项目\t年初预算数\t决算数`): tab- or bar-separated cells that are not sentences.
  const tabbed = line.split(/\t|[|｜]/).filter((c) => c.trim() !== "");
  if (tabbed.length >= 3 && !tabbed.some((c) => /[。；;]/.test(c))) return true;
  if (cells.length < 3 && !(line.includes("\t") && cells.length >= 2)) return false;
  return cells.filter((c) => NUMERIC_CELL.test(c)).length >= Math.min(2, cells.length - 1);
}

export function startsWithItemMarker(line: string): boolean {
  return ITEM_MARKER.test(line) || ENUMERATION.test(line);
}

/** A numbered line that is a heading: short, and not itself a sentence. */
function isHeading(line: string): boolean {
  if (!ITEM_MARKER.test(line) || line.length > 40) return false;
  return !INNER_PUNCTUATION.test(line);
}

/**
 * A report's full name (`…管理中心2021年度一般公共预算财政拨款“三公”经费支出决算情况说明`) runs
 * past 40 characters; it ends with the kind of document it is.
 */
const DOCUMENT_NAME_END = /(?:说明|报告|决算|预算|公开)$/;

/** A short unnumbered line without sentence punctuation: a title, a date, `单位：万元`. */
function isTitleLine(line: string): boolean {
  const short = line.length <= 40 || (line.length <= 80 && DOCUMENT_NAME_END.test(line));
  return short && !ITEM_MARKER.test(line) && !SENTENCE_PUNCTUATION.test(line);
}

/**
 * A chart's caption (`财政拨款收、支决算总计变动情况`, `（图1：收入决算结构图）（饼状图）`): a title
 * too, once it stands alone. A 、 inside a name is no sentence; one at the end is a cut. (Not
 * used to decide wraps: `主要包括办公费、水电费` may continue on the next line.)
 */
function isCaption(line: string): boolean {
  if (line.length > 40 || ITEM_MARKER.test(line)) return false;
  if (/^[（(【[][^。；;]*[）)】\]]$/.test(line)) return true;
  return !SENTENCE_PUNCTUATION.test(line.replace(/、(?!$)/g, ""));
}

/** A remark in brackets after a finished sentence (`…完成。（详见附表）`) ends it too. */
const REMARK_AFTER_END = /[。！？!?][（(][^（()）]*[）)]$/;

export function endsSentence(s: string): boolean {
  return TERMINAL_END.test(s) || REMARK_AFTER_END.test(s);
}

export function endsIntroduction(s: string): boolean {
  return INTRODUCING_END.test(s);
}

/**
 * The width a PDF copy was wrapped at, when the text looks wrapped: several lines that stop
 * mid-sentence and have about the same width. Undefined for ordinary one-line paragraphs.
 */
function wrapWidth(lines: (string | undefined)[]): number | undefined {
  const widths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a === undefined || b === undefined || a.length < 15 || isTableRow(a) || isTableRow(b)) continue;
    if (isHeading(a) || isHeading(b) || ITEM_MARKER.test(b)) continue;
    if (endsSentence(a) || endsIntroduction(a)) continue;
    widths.push(displayWidth(a));
  }
  if (widths.length < 3) return undefined;
  widths.sort((x, y) => x - y);
  const median = widths[Math.floor(widths.length / 2)];
  const close = widths.filter((w) => Math.abs(w - median) <= 2).length;
  return close / widths.length >= 0.6 ? median : undefined;
}

/**
 * `7.使用非财政拨款结余0.00 万元,主要是` then `所属事业单位在当年的“财政拨款收入”“事业收入”`: a
 * paragraph whose sentence is cut after a comma goes on in a long unpunctuated line, which is
 * no title (a title names a document, and is short).
 */
function cutSentenceGoesOn(a: string, b: string): boolean {
  if (endsSentence(a) || endsIntroduction(a) || !/[，,；;]/.test(a)) return false;
  return b.length >= 20 && !DOCUMENT_NAME_END.test(b) && !/^[（(【[]/.test(b);
}

/**
 * Whether line `b` continues the sentence or paragraph of line `a` (a hard wrap). `一是`, `二是`
 * at the start of a line do not end anything: they enumerate inside a paragraph.
 */
function continues(a: string, b: string, width: number | undefined, paragraph = a): boolean {
  if (isTableRow(a) || isTableRow(b)) return false;
  const fullWidth = width !== undefined && displayWidth(a) >= width - 2;
  // A numbered line as wide as the wrapped lines is the start of a numbered paragraph.
  if ((isHeading(a) && !fullWidth) || isHeading(b) || ITEM_MARKER.test(b)) return false;
  // No line starts with the amount of a sentence or its punctuation: a cut inside the sentence.
  if (!endsSentence(a) && CONTINUATION_START.test(b)) return true;
  // `…其中：` at the end of a line, the parts on the next lines (`人员经费 809961.19 元，…`).
  if (/其中[：:]$/.test(a)) return true;
  if (cutSentenceGoesOn(paragraph, b)) return true;
  if (isTitleLine(a) && !fullWidth) return false;
  if (isTitleLine(b) && !endsSentence(b) && !fullWidth) return false;
  // `其中：` cut at the end of a full-width line is a wrap, not a line that introduces a list.
  if (endsIntroduction(a) && !fullWidth) return false;
  // A full-width line that happens to end at a full stop is still a wrap inside a paragraph.
  return !endsSentence(a) || fullWidth;
}

function kindOf(text: string, joined: boolean): ParagraphKind {
  // A long title or heading wrapped onto two lines (`…2022年度部门整体支\n出绩效自评报告`) is
  // still a title or a heading.
  if (joined) return isHeading(text) ? "heading" : isTitleLine(text) ? "title" : "body";
  if (isTableRow(text)) return "table";
  if (isHeading(text)) return "heading";
  if (isTitleLine(text) || isCaption(text)) return "title";
  return "body";
}

/** Sentences end at `。！？` (with their closing quotes); `；` stays inside a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && BLANK.test(text[s])) s++;
    let e = end;
    while (e > s && BLANK.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (!/[。！？!?]/.test(text[i]) && !isAsciiStop(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (TRAILING_CLOSERS.includes(text[end]) || /[。！？!?]/.test(text[end]))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** The paragraphs of a text, hard-wrapped lines joined back, blank lines dropped. */
export function splitParagraphs(text: string): Paragraph[] {
  const raw = text.split(/\r\n|\r|\n/);
  const lines = raw.map((l) => (BLANK.test(l) ? undefined : trimText(l)));
  const indents = raw.map((l) => displayWidth(/^[\s\u00a0\u3000]*/.exec(l)?.[0] ?? ""));
  // A first line indented more than the text's other lines starts a paragraph, as in a PDF.
  const baseIndent = indents.reduce((min, w, i) => (lines[i] === undefined ? min : Math.min(min, w)), Infinity);
  const width = wrapWidth(lines);
  const paragraphs: Paragraph[] = [];
  let current: string | undefined;
  let joined = false;
  const flush = () => {
    if (current === undefined) return;
    paragraphs.push({
      index: paragraphs.length + 1,
      text: current,
      kind: kindOf(current, joined),
      sentences: splitSentences(current),
    });
    current = undefined;
    joined = false;
  };
  let previousLine: string | undefined;
  let listOpen = false;
  lines.forEach((line, i) => {
    if (line === undefined) {
      flush();
      previousLine = undefined;
      return;
    }
    const indented = indents[i] >= baseIndent + 2;
    const open = current !== undefined && previousLine !== undefined;
    // The parts of a `其中：` list, one line each, belong to the paragraph of their total.
    const nextPart = listOpen && PART_LINE.test(line) && !ITEM_MARKER.test(line);
    if (open && (nextPart || (!indented && continues(previousLine as string, line, width, current)))) {
      // Chinese has no spaces between words: the pieces join directly.
      current += line;
      joined = true;
      listOpen ||= /其中[：:]$/.test(previousLine as string);
    } else {
      flush();
      current = line;
      listOpen = false;
    }
    previousLine = line;
  });
  flush();
  return paragraphs;
}
