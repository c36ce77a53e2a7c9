import type { Material } from "../model";
import { materialParagraph, type ParagraphBlock } from "./builder";
import type { ReportContext } from "./context";

/**
 * The department's own paragraphs (报告素材), by the section named in 章节. They go after
 * the generated paragraphs of that section, verbatim.
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

function materialSection(section: string): MaterialSection {
  const s = section.replace(/\s/g, "");
  for (const [key, re] of SECTION_WORDS) if (re.test(s)) return key;
  return "其他";
}

export function materialsFor(ctx: ReportContext, section: MaterialSection): ParagraphBlock[] {
  const list: Material[] = ctx.model.materials ?? [];
  return list
    .filter((m) => m.text.trim() !== "" && materialSection(m.section) === section)
    .map((m) => materialParagraph(m.text, m.cell));
}
