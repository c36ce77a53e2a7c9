import { text } from "../i18n";
import { breakdownOf, type Breakdown } from "./breakdowns";
import { isFunctionClass, isPartOf, kindOfFigure } from "./labels";
import { compareUnit, inUnit, outString, slackOf, toleranceIn } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import { nameOf, sentenceOf, shown, type Mention, type TextContext } from "./mentions";
import { ITEM_MARKER } from "./paragraphs";

/**
 * TXT-CONFLICT: the same quantity (same label, same year, same measure, under the same total,
 * of the same item) stated in two paragraphs with different values. A label that takes
 * several values inside one paragraph is a listing (per unit, per project) and is left alone.
 */

const QUANTITY = /(?:支出|经费|收入|总计|合计|结余|结转)$/;
/**
 * Words that make a label generic: `实际支出` of one project is not `实际支出` of another, so
 * such a label names no quantity of its own.
 */
const GENERIC_PREFIX = /^(?:实际|累计|全年|当年|本年|已|共|合计|总共)+/;

/**
 * `1.食品安全抽检项目：预算资金120万元，实际支出120万元…`: a paragraph that opens with the name
 * of what it reports on (a project, a unit); its figures are that item's.
 */
const ITEM_OPENING = new RegExp(
  `^(?:${ITEM_MARKER.source.slice(1)})?\\s*([^，,。；;：:]{2,30}(?:项目|工程|专项|中心|大队|站|所|院|学校|单位|本级|局|办公室))[：:]`,
);

function isQuantity(m: Mention): boolean {
  if (m.kind !== "amount" || m.approx || m.negative || m.info.change || m.info.base || m.info.listed || m.inParens)
    return false;
  if (m.canonical) return true;
  const stem = m.label.replace(GENERIC_PREFIX, "");
  return stem.length >= 4 && QUANTITY.test(m.label) && !m.label.includes("项目");
}

/**
 * `1. 基本支出预算881300.39元…其中：商品和服务支出预算165247.88元` and `2. 项目支出29700元…其中：
 * 商品和服务支出预算29700元`: in a numbered paragraph, a figure after 其中 is of the figure the
 * paragraph opens with, even where the list was not read as a sum.
 */
function numberedOpener(ctx: TextContext, m: Mention): Mention | undefined {
  const text = ctx.normalised[m.paragraph - 1];
  const first = ctx.mentions[m.paragraph - 1][0];
  if (!ITEM_MARKER.test(text) || first === undefined || first === m || first.kind !== "amount") return undefined;
  return text.slice(first.end, m.start).includes("其中") ? first : undefined;
}

function keyOf(ctx: TextContext, m: Mention, breakdowns: Breakdown[]): string {
  // A figure of the accounts listed as a part of its own total (`公务用车购置及运行费小计75，其中
  // 购置费50`) is the department's one quantity; listed under anything else (a class, an item:
  // `机构运行…其中：基本支出…`) it is that item's.
  const parent = breakdownOf(breakdowns, m)?.total ?? numberedOpener(ctx, m);
  const ownTotal =
    parent !== undefined &&
    !isFunctionClass(m.canonical) &&
    isPartOf(kindOfFigure(parent.label, parent.canonical), m.canonical);
  const under = parent && !ownTotal ? (parent.canonical ?? parent.label) : "";
  const opening = ITEM_OPENING.exec(ctx.normalised[m.paragraph - 1])?.[1] ?? "";
  // `…预算表（单位：万元）列示：` names a unit of measure, not an item.
  const item = /[（(]单位$/.test(opening) ? "" : opening;
  return [m.canonical ?? m.label, m.period, m.info.measure, under, item].join("|");
}

function differ(ctx: TextContext, a: Mention, b: Mention): boolean {
  const unit = compareUnit([a, b]);
  // A figure restated rounded (`696.39万元` … `696万元`) is the same figure.
  const rounded = (m: Mention) => slackOf(m, unit, true);
  const allowance = toleranceIn(ctx, unit).plus(rounded(a)).plus(rounded(b));
  return inUnit(a, unit).minus(inUnit(b, unit)).abs().gt(allowance);
}

/**
 * Mentions of one key, in order. Each is compared with the group's first value only, so the
 * work is linear in the mentions; a paragraph that states the key with two values is a listing.
 */
interface Group {
  first: Mention;
  /** Mentions that differ from `first`, one per distinct value, with the paragraph of each. */
  others: Mention[];
  /** Paragraphs in which the key takes two values (per unit, per project). */
  listing: Set<number>;
  /** The first mention of each paragraph, to tell a listing. */
  byParagraph: Map<number, Mention>;
}

function group(ctx: TextContext, mentions: Iterable<Mention>, breakdowns: Breakdown[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    if (!isQuantity(m)) continue;
    const key = keyOf(ctx, m, breakdowns);
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: m, others: [], listing: new Set(), byParagraph: new Map([[m.paragraph, m]]) });
      continue;
    }
    const here = g.byParagraph.get(m.paragraph);
    if (here === undefined) g.byParagraph.set(m.paragraph, m);
    else if (differ(ctx, here, m)) g.listing.add(m.paragraph);
    g.others.push(m);
  }
  return groups;
}

export function checkConflicts(ctx: TextContext, breakdowns: Breakdown[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const g of group(ctx, iterateMentions(ctx), breakdowns).values()) {
    const kept = [g.first, ...g.others].filter((m) => !g.listing.has(m.paragraph));
    const first = kept[0];
    if (!first) continue;
    // One finding per distinct value.
    const reported = new Set<string>();
    for (const m of kept.slice(1)) {
      const value = `${m.value.toString()}${m.unit}`;
      if (!differ(ctx, first, m) || reported.has(value)) continue;
      reported.add(value);
      findings.push(conflictFinding(ctx, first, m));
    }
  }
  return findings;
}

function* iterateMentions(ctx: TextContext): Generator<Mention> {
  for (const ms of ctx.mentions) yield* ms;
}

function conflictFinding(ctx: TextContext, first: Mention, m: Mention): TextFinding {
  const unit = compareUnit([first, m]);
  const label = nameOf(m);
  const difference = inUnit(m, unit).minus(inUnit(first, unit));
  return textFinding(
    "TXT-CONFLICT",
    { paragraph: m.paragraph, offset: m.start, quote: sentenceOf(ctx, m).text },
    text(
      `${label} 前后不一：第 ${first.paragraph} 段为 ${shown(first)}，第 ${m.paragraph} 段为 ${shown(m)}`,
      `${label} is stated twice with different values: ${shown(first)} in paragraph ${first.paragraph}, ${shown(m)} in paragraph ${m.paragraph}`,
    ),
    `TXT-CONFLICT|${label}|${first.raw}|${m.raw}`,
    {
      expected: outString(ctx, inUnit(first, unit), unit),
      actual: outString(ctx, inUnit(m, unit), unit),
      difference: outString(ctx, difference, unit),
      tolerance: outString(ctx, toleranceIn(ctx, unit), unit),
      suggestion: text(
        `核对 ${label} 的正确数字，全文统一`,
        `Check which value of ${label} is right and use it throughout`,
      ),
    },
  );
}
