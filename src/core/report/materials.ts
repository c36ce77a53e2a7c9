import type { Finding } from "../findings";
import { text } from "../i18n";
import type { Material } from "../model";
import { materialParagraph, type ParagraphBlock } from "./builder";
import type { ReportContext } from "./context";
import type { TodoItem } from "./document";
import { itemNumber, splitCells } from "./format";

/**
 * The department's own paragraphs (报告素材), woven into their sections: a lead paragraph
 * opens the section, list items continue the section's numbering, the department is named
 * one way, and a paragraph the text check flags (TXT-* error or warning) is held out and
 * listed in the 待补充清单 — or printed marked 【待核实】, as the user chooses.
 */

export type MaterialSection = "主要职责" | "经济性" | "行政效能" | "社会效益" | "存在的问题" | "改进措施" | "其他";

/** 章节 as written → section; a name we do not know goes to 其他 rather than being lost. */
const SECTION_WORDS: [MaterialSection, RegExp][] = [
  ["行政效能", /行政效能|效率|职责履行|重点工作/],
  ["主要职责", /职责|基本情况/],
  ["经济性", /经济性|预算配置|预算执行|预算管理/],
  ["社会效益", /效益|效果|满意/],
  ["存在的问题", /问题|不足/],
  ["改进措施", /措施|建议|改进/],
];

const T = {
  check: text("【待核实：{finding}】", "[To be verified: {finding}]"),
  held: text("报告素材第{row}行未写入报告：{finding}", "报告素材 row {row} left out of the report: {finding}"),
};

/** A list item's own number (`1、`, `2.`, `（3）`), which the report replaces with its own. */
const OWN_NUMBER = /^\s*(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[)）])\s*/;

/** How a department refers to itself in its own text. */
const SELF_WORDS = /我局|本局|我单位|本单位/g;

function materialSection(section: string): MaterialSection {
  const s = section.replace(/\s/g, "");
  for (const [key, re] of SECTION_WORDS) if (re.test(s)) return key;
  return "其他";
}

function findingsOf(ctx: ReportContext, m: Material): Finding[] {
  return ctx.result.findings.filter((f) => f.rule.startsWith("TXT-") && splitCells(f.cells).includes(m.cell));
}

function isFlagged(f: Finding): boolean {
  return f.severity === "error" || f.severity === "warning";
}

/** Quotation marks the text check found reversed, turned the right way round. */
function fixQuotes(s: string): string {
  return s.replace(/”([^“”\n]{1,40})”/g, "“$1”").replace(/“([^“”\n]{1,40})“/g, "“$1”");
}

function selfName(ctx: ReportContext): string | undefined {
  const ref = ctx.profile.selfReference;
  if (ref.kind === "fixed") return ctx.t(ref.word);
  const name = ctx.model.info.name?.value.trim() ?? "";
  return name !== "" && ctx.lang === "zh-CN" ? name : undefined;
}

function rowOf(cell: string): string {
  return /(\d+)$/.exec(cell)?.[1] ?? cell;
}

interface Prepared {
  text: string;
  cell: string;
}

function prepare(ctx: ReportContext, m: Material): Prepared | undefined {
  const findings = findingsOf(ctx, m);
  const flagged = findings.filter(isFlagged);
  let body = m.text.trim();
  if (findings.some((f) => f.rule === "TXT-QUOTE")) body = fixQuotes(body);
  const name = selfName(ctx);
  if (name) body = body.replace(SELF_WORDS, name);
  if (flagged.length === 0) return { text: body, cell: m.cell };
  if ((ctx.options.flaggedMaterial ?? "hold") === "hold") return undefined;
  const finding = flagged.map((f) => f.message[ctx.lang]).join("；");
  return { text: `${body}${ctx.t(T.check).replace("{finding}", finding)}`, cell: m.cell };
}

function sectionMaterials(ctx: ReportContext, section: MaterialSection): Material[] {
  return (ctx.model.materials ?? []).filter((m) => m.text.trim() !== "" && materialSection(m.section) === section);
}

export interface MaterialParts {
  /** Paragraphs that open the section (a lead before a list, or plain paragraphs of 基本情况). */
  opening: ParagraphBlock[];
  /** The rest, numbered from `start` to continue the section's own items. */
  items(start: number): ParagraphBlock[];
}

export function materialParts(ctx: ReportContext, section: MaterialSection): MaterialParts {
  const kept = sectionMaterials(ctx, section)
    .map((m) => prepare(ctx, m))
    .filter((p): p is Prepared => p !== undefined);
  const numbered = kept.filter((p) => OWN_NUMBER.test(p.text));
  // The first unnumbered paragraph before a numbered list is that list's lead: it opens the section.
  const leadIndex = numbered.length > 0 ? kept.findIndex((p) => !OWN_NUMBER.test(p.text)) : -1;
  const lead = leadIndex >= 0 && leadIndex < kept.indexOf(numbered[0]) ? kept[leadIndex] : undefined;
  const rest = kept.filter((p) => p !== lead);
  return {
    opening: lead ? [materialParagraph(lead.text, lead.cell)] : [],
    items: (start) =>
      rest.map((p, k) =>
        materialParagraph(`${itemNumber(start + k, ctx.lang)}${p.text.replace(OWN_NUMBER, "")}`, p.cell),
      ),
  };
}

/** Paragraphs of a section without numbered items (基本情况), as the department wrote them. */
export function plainMaterials(ctx: ReportContext, section: MaterialSection): ParagraphBlock[] {
  return sectionMaterials(ctx, section)
    .map((m) => prepare(ctx, m))
    .filter((p): p is Prepared => p !== undefined)
    .map((p) => materialParagraph(p.text, p.cell));
}

/** The paragraphs held out, for the 待补充清单. */
export function heldMaterials(ctx: ReportContext): TodoItem[] {
  if ((ctx.options.flaggedMaterial ?? "hold") !== "hold") return [];
  return (ctx.model.materials ?? []).flatMap((m) => {
    const flagged = findingsOf(ctx, m).filter(isFlagged);
    if (m.text.trim() === "" || flagged.length === 0) return [];
    const finding = flagged.map((f) => f.message[ctx.lang]).join("；");
    return [{ what: ctx.t(T.held).replace("{row}", rowOf(m.cell)).replace("{finding}", finding), where: m.cell }];
  });
}
