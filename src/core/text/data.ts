import type { Skipped } from "../findings";
import { text } from "../i18n";
import { Decimal } from "../money";
import type { DepartmentModel } from "../model";
import { breakdownOf, type Breakdown } from "./breakdowns";
import { checkRatio, HALF, inUnit, outString, toleranceIn } from "./compare";
import { textFinding, type TextFinding } from "./finding";
import { DERIVED_LABELS, isFunctionClass } from "./labels";
import { nameOf, sentenceOf, shown, type Mention, type TextContext } from "./mentions";
import { executionInputs, workbookAmount, type ClassColumn, type WorkbookSource, type Year } from "./workbook";

/**
 * TXT-DATA: a figure of the text against the workbook figure with the same label, in the
 * workbook's unit. A text figure that is the workbook figure rounded to the decimals written
 * is not a difference; one off by no more than the tolerance is 尾差 (info).
 */

function yearOf(m: Mention): Year | undefined {
  return m.period === "current" || m.period === "prior" ? m.period : undefined;
}

function checkable(m: Mention): boolean {
  return (
    m.kind === "amount" &&
    m.canonical !== undefined &&
    !DERIVED_LABELS.includes(m.canonical) &&
    !m.approx &&
    !m.negative &&
    !m.info.change &&
    !m.info.base &&
    !m.info.listed &&
    m.info.measure === "决算" &&
    yearOf(m) !== undefined
  );
}

/** A class listed under 项目支出 is its 项目支出 column; under the total, its 合计. */
function classColumns(m: Mention, breakdowns: Breakdown[]): ClassColumn[] {
  const parent = breakdownOf(breakdowns, m)?.total.canonical;
  if (parent === "项目支出") return ["项目支出"];
  if (parent === "本年支出合计") return ["合计"];
  if (parent === undefined) return ["合计", "项目支出"];
  return [];
}

interface Compared {
  source: WorkbookSource & { amount: { state: "value"; value: Decimal; cell: string } };
  difference: Decimal;
}

function skip(skipped: Map<string, Skipped>, m: Mention, source: WorkbookSource | undefined): void {
  const label = nameOf(m);
  const key = `${m.canonical}|${m.period}`;
  if (skipped.has(key)) return;
  const where = source?.where ?? m.canonical ?? label;
  const state = source ? (source.amount.state === "blank" ? "为空" : "无法读取") : "不存在";
  const stateEn = source ? (source.amount.state === "blank" ? "is empty" : "cannot be read") : "is not in the workbook";
  skipped.set(key, {
    rule: "TXT-DATA",
    reason: text(
      `工作簿中 ${where} ${state}，文中的 ${label} ${shown(m)} 未核对`,
      `${where} ${stateEn}: the text's ${label} ${shown(m)} was not compared`,
    ),
    ...(source?.amount.cell && { cells: [source.amount.cell] }),
  });
}

function amountFinding(
  ctx: TextContext,
  model: DepartmentModel,
  m: Mention,
  c: Compared,
  tolerance: Decimal,
): TextFinding {
  const unit = model.unit;
  const wb = c.source.amount.value;
  const rounding = c.difference.abs().lte(tolerance);
  const label = nameOf(m);
  const wbText = `${outString(ctx, wb, unit)}${unit}`;
  const diffText = `${outString(ctx, c.difference.abs(), unit)}${unit}`;
  return textFinding(
    "TXT-DATA",
    { paragraph: m.paragraph, offset: m.start, quote: sentenceOf(ctx, m).text },
    rounding
      ? text(
          `文中 ${label} ${shown(m)} 与工作簿 ${c.source.where} ${wbText} 相差 ${diffText}，属尾差`,
          `The text's ${label} ${shown(m)} differs from the workbook's ${c.source.where} ${wbText} by ${diffText}: a rounding difference (尾差)`,
        )
      : text(
          `文中 ${label} ${shown(m)} 与工作簿 ${c.source.where} ${wbText} 不符，相差 ${diffText}`,
          `The text's ${label} ${shown(m)} differs from the workbook's ${c.source.where} ${wbText} by ${diffText}`,
        ),
    `TXT-DATA|${label}|${m.raw}`,
    {
      severity: rounding ? "info" : undefined,
      cells: [c.source.amount.cell],
      expected: outString(ctx, wb, unit),
      actual: outString(ctx, inUnit(m, unit), unit),
      difference: outString(ctx, c.difference, unit),
      tolerance: outString(ctx, tolerance, unit),
      suggestion: rounding ? undefined : text(`改为 ${wbText}，或核对工作簿`, `Write ${wbText}, or check the workbook`),
    },
  );
}

function checkAmount(
  ctx: TextContext,
  model: DepartmentModel,
  m: Mention,
  breakdowns: Breakdown[],
  skipped: Map<string, Skipped>,
): TextFinding | undefined {
  const canonical = m.canonical as string;
  const columns: (ClassColumn | undefined)[] = isFunctionClass(canonical) ? classColumns(m, breakdowns) : [undefined];
  const compared: Compared[] = [];
  for (const column of columns) {
    const source = workbookAmount(model, canonical, yearOf(m) as Year, column);
    if (!source || source.amount.state !== "value") {
      if (columns.length === 1) skip(skipped, m, source);
      continue;
    }
    const difference = inUnit(m, model.unit).minus(source.amount.value);
    compared.push({ source: source as Compared["source"], difference });
  }
  if (compared.length === 0) return undefined;
  const coarsest = m.unit === "元" && model.unit === "元" ? "元" : "万元";
  const tolerance = toleranceIn(ctx, model.unit, coarsest);
  // Half a unit of the last digit written: `696.39万元` is every workbook value that rounds to it.
  const written = inUnit({ unit: m.unit, value: HALF.times(new Decimal(10).pow(-m.decimals)) }, model.unit);
  const best = compared.reduce((a, b) => (b.difference.abs().lt(a.difference.abs()) ? b : a));
  if (best.difference.abs().lte(written)) return undefined;
  return amountFinding(ctx, model, m, best, tolerance);
}

function checkExecutionRate(ctx: TextContext, model: DepartmentModel, p: Mention): TextFinding | undefined {
  const inputs = executionInputs(model);
  if (!inputs || inputs.spent.amount.state !== "value" || inputs.budget.amount.state !== "value") return undefined;
  const r = checkRatio(p, inputs.spent.amount.value, inputs.budget.amount.value);
  if (!r || r.ok) return undefined;
  const expected = r.expected.toFixed(p.decimals);
  return textFinding(
    "TXT-DATA",
    { paragraph: p.paragraph, offset: p.start, quote: sentenceOf(ctx, p).text },
    text(
      `文中预算执行率 ${p.raw}% 与工作簿不符：${inputs.spent.where} / ${inputs.budget.where} = ${expected}%`,
      `The text's 预算执行率 ${p.raw}% differs from the workbook: ${inputs.spent.where} / ${inputs.budget.where} = ${expected}%`,
    ),
    `TXT-DATA|预算执行率|${p.raw}`,
    {
      cells: [inputs.spent.amount.cell, inputs.budget.amount.cell],
      expected,
      actual: p.raw,
      difference: p.value.minus(r.expected).toFixed(p.decimals),
      tolerance: r.step.toFixed(p.decimals),
    },
  );
}

export function checkData(ctx: TextContext, breakdowns: Breakdown[], skippedOut: Skipped[]): TextFinding[] {
  const model = ctx.model;
  if (!model) return [];
  const findings: TextFinding[] = [];
  const skipped = new Map<string, Skipped>();
  for (const m of ctx.mentions.flat()) {
    let f: TextFinding | undefined;
    if (m.kind === "percent" && m.canonical === "预算执行率" && !m.approx && !m.negative && m.period === "current") {
      f = checkExecutionRate(ctx, model, m);
    } else if (checkable(m)) {
      f = checkAmount(ctx, model, m, breakdowns, skipped);
    }
    if (f) findings.push(f);
  }
  skippedOut.push(...skipped.values());
  return findings;
}
