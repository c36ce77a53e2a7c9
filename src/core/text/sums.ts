import { Decimal, sum } from "../money";
import { text } from "../i18n";
import type { AmountUnit } from "../model";
import type { Breakdown } from "./breakdowns";
import { compareUnit, inUnit, outString, slackOf, toleranceIn } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import { nameOf, quoteSpan, sentenceOf, shown, type Mention, type TextContext } from "./mentions";

/**
 * TXT-SUM: a stated total against the sum of its stated parts. Parts above the total are
 * always wrong; parts below it only when they are the whole decomposition (a list of the
 * main 办公费、差旅费 of 公用经费 need not add up). Within tolerance: info, 尾差.
 */

interface Measured {
  unit: AmountUnit | "名";
  total: Decimal;
  parts: Decimal[];
  tolerance: Decimal;
  slack: Decimal;
}

function measure(ctx: TextContext, b: Breakdown): Measured {
  const all = [b.total, ...b.parts];
  if (b.total.kind === "count") {
    const zero = new Decimal(0);
    return { unit: "名", total: b.total.value, parts: b.parts.map((p) => p.value), tolerance: zero, slack: zero };
  }
  const unit = compareUnit(all);
  return {
    unit,
    total: inUnit(b.total, unit),
    parts: b.parts.map((p) => inUnit(p, unit)),
    tolerance: toleranceIn(ctx, unit),
    slack: sum(all.map((f) => slackOf(f, unit))),
  };
}

function partsText(parts: Mention[]): string {
  // A part named only after its figure (`30万元用于审计`) is shown by its figure.
  return parts.map((p) => (p.label === "" ? shown(p) : `${nameOf(p)} ${shown(p)}`)).join(" + ");
}

export function checkSums(ctx: TextContext, breakdowns: Breakdown[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const b of breakdowns) {
    if (b.parts.length < 2) continue;
    const m = measure(ctx, b);
    const partsSum = sum(m.parts);
    const difference = m.total.minus(partsSum);
    if (difference.isZero()) continue;
    const rounding = difference.abs().lte(m.tolerance);
    if (!rounding) {
      if (difference.abs().lte(m.tolerance.plus(m.slack))) continue;
      if (difference.gt(0) && !b.complete) continue;
    }
    const out = (d: Decimal) => (m.unit === "名" ? d.toFixed(0) : outString(ctx, d, m.unit));
    const unitWord = m.unit === "名" ? b.total.unit : m.unit;
    const label = nameOf(b.total);
    const params = {
      label,
      total: shown(b.total),
      sum: `${out(partsSum)}${unitWord}`,
      parts: partsText(b.parts),
      diff: `${out(difference.abs())}${unitWord}`,
    };
    const message = rounding
      ? text(
          `${params.label} ${params.total} 与其中各项之和 ${params.sum}（${params.parts}）相差 ${params.diff}，属尾差`,
          `${params.label} ${params.total} differs from the sum of its parts ${params.sum} (${params.parts}) by ${params.diff}: a rounding difference (尾差)`,
        )
      : text(
          `${params.label} ${params.total} ≠ 其中各项之和 ${params.sum}（${params.parts}），相差 ${params.diff}`,
          `${params.label} ${params.total} ≠ the sum of its parts ${params.sum} (${params.parts}), a difference of ${params.diff}`,
        );
    const last = b.parts[b.parts.length - 1];
    // A total stated in the paragraph before (`人员经费中，…`): the finding is at the list.
    const at = b.total.paragraph === last.paragraph ? b.total : b.parts[0];
    const where =
      at === b.total
        ? { paragraph: at.paragraph, offset: at.start, quote: quoteSpan(ctx, at, last) }
        : { paragraph: at.paragraph, offset: sentenceOf(ctx, at).start, quote: quoteSpan(ctx, at, last) };
    findings.push(
      textFinding("TXT-SUM", where, message, `TXT-SUM|${label}|${b.total.raw}`, {
        severity: rounding ? "info" : undefined,
        expected: out(partsSum),
        actual: out(m.total),
        difference: out(difference),
        tolerance: out(m.tolerance),
        suggestion: rounding
          ? undefined
          : text(
              `核对 ${label} 及其分项的数字，使合计等于各项之和`,
              `Check ${label} and its parts so that the total equals the sum of the parts`,
            ),
      }),
    );
  }
  return findings;
}
