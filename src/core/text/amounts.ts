import { Decimal } from "../money";

/**
 * Figures written in a sentence: `696.39万元`, `1,196.30 万元`, `3.46万`, `2476260.58 元`,
 * `43%`, `18名`, `5人`. Only numbers followed by one of these units are figures; years
 * (`2022年`), counts of things (`185个`) and technical values (`35KV`) are not.
 */

export type FigureUnit = "亿元" | "万元" | "元" | "%" | "名" | "人" | "辆";
export type FigureKind = "amount" | "percent" | "count";

export interface Figure {
  /** Offsets within the paragraph: the number, and the figure through its unit. */
  start: number;
  end: number;
  numberEnd: number;
  /** The number as written, without separators or spaces (`1196.30`). */
  raw: string;
  value: Decimal;
  /** Decimal places as written (`72` → 0, `696.39` → 2). */
  decimals: number;
  unit: FigureUnit;
  kind: FigureKind;
  /** `约700万元`, `180余人`, `小于100%`, `100万元以上`: a bound or an estimate, not a stated value. */
  approx: boolean;
  /** Written with a minus sign (`增减额为-0.50万元`); `value` is then negative. */
  negative: boolean;
  /**
   * Fewer decimals than the other amounts of its text (`预算1万元，决算0.53万元`): trailing zeros
   * left off, not a rounded figure.
   */
  exact?: boolean;
}

/**
 * Full-width digits, point and percent sign to ASCII, one character for one so offsets stay
 * those of the original. Chinese commas are kept: `100，200万元` is two figures, not 100200.
 */
export function normaliseDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF05\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[ \u00a0]?\.[ \u00a0]?\d+)?)`;
// `万` alone means 万元 only where no word follows it: `3.46万，` is money, but `3.46万人`,
// `10万以下`, `万尾`, `万公顷` count something else (the list of such words is open-ended).
// `3万余元` is money too (an estimate).
const UNIT = String.raw`(亿[ \u00a0]*元|万[ \u00a0]*元|元|万(?:余|多)元|万(?![\u4e00-\u9fff])|%|名|人(?![民员次均口])|辆)`;
const FIGURE = new RegExp(String.raw`(?<![\d.A-Za-z])${NUMBER}(余|多)?[ \u00a0]*${UNIT}`, "g");
/** A minus sign right before the number (`-0.50万元`, `－3.2%`), not a range (`5-10人`). */
const MINUS = /(?<![\dA-Za-z.])[-－−][ \u00a0]*$/;
/** `提高2.1%个百分点`: a change in percentage points, not a percentage of anything. */
const POINTS_AFTER = /^[ \u00a0]*个?百分点/;

const APPROX_BEFORE =
  /(?:约|近|逾|超过|超|大约|将近|不足|不到|多达|小于|大于|低于|高于|不低于|不高于|不超过|控制在|≥|≤|<|>|＜|＞)[ \u00a0]*$/;
const APPROX_AFTER = /^[ \u00a0]*(?:左右|以上|以下|以内|上下|之内)/;

function unitOf(raw: string): FigureUnit {
  const u = raw.replace(/[ \u00a0]/g, "");
  return u.startsWith("万") ? "万元" : (u as FigureUnit);
}

function kindOf(unit: FigureUnit): FigureKind {
  if (unit === "%") return "percent";
  if (unit === "名" || unit === "人" || unit === "辆") return "count";
  return "amount";
}

/** `（单位：万元）`: the unit of the bare numbers of a paragraph that pastes a table as text. */
const DECLARED_UNIT = /单位[：:]\s*(亿元|万元|元)/;
/** A bare number after a name and before punctuation: `公务接待费预算12、决算6.28；`. */
const BARE = /(?<=[\u4e00-\u9fff）)])(\d+(?:\.\d+)?)(?=[、，,；;。）)]|$)/g;

function bareFigures(text: string, unit: FigureUnit): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index ?? 0;
    const raw = m[1];
    const dot = raw.indexOf(".");
    figures.push({
      start,
      end: start + raw.length,
      numberEnd: start + raw.length,
      raw,
      value: new Decimal(raw),
      decimals: dot < 0 ? 0 : raw.length - dot - 1,
      unit,
      kind: "amount",
      approx: false,
      negative: false,
    });
  }
  return figures;
}

/** Every figure of a paragraph, in order. */
export function findFigures(paragraph: string): Figure[] {
  const text = normaliseDigits(paragraph);
  const declared = DECLARED_UNIT.exec(text)?.[1] as FigureUnit | undefined;
  const figures: Figure[] = declared ? bareFigures(text, declared) : [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const written = m[1];
    const unit = unitOf(m[3]);
    const kind = kindOf(unit);
    // A spaced decimal point (`603 .83万元`) is read only where a money or percent unit follows.
    if (/\s/.test(written) && kind === "count") continue;
    // `第3名` is a rank, not a head count.
    if (kind === "count" && text[start - 1] === "第") continue;
    if (kind === "percent" && POINTS_AFTER.test(text.slice(end, end + 6))) continue;
    const raw = written.replace(/[,\s\u00a0]/g, "");
    const dot = raw.indexOf(".");
    const before = text.slice(Math.max(0, start - 6), start);
    const negative = MINUS.test(before);
    figures.push({
      start,
      end,
      numberEnd: start + written.length,
      raw,
      value: negative ? new Decimal(raw).neg() : new Decimal(raw),
      decimals: dot < 0 ? 0 : raw.length - dot - 1,
      unit,
      kind,
      approx:
        m[2] !== undefined ||
        /[余多]元$/.test(m[3]) ||
        APPROX_BEFORE.test(before.replace(MINUS, "")) ||
        APPROX_AFTER.test(text.slice(end, end + 4)),
      negative,
    });
  }
  return declared ? figures.sort((a, b) => a.start - b.start) : figures;
}

/** Bare numbers (no unit), for lists whose unit comes once at the end: `各是4125.49，4143.91万元`. */
export const BARE_NUMBER = NUMBER;
