import type { Lang, Localized } from "../i18n";
import { paragraph, type ParagraphBlock } from "./builder";
import type { ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { itemNumber, subsectionNumber, type Piece } from "./format";
import { materialParts, type MaterialSection } from "./materials";

/**
 * Numbering that follows what is actually written: a subsection with nothing to say is left
 * out and the next one takes its number, so the report never shows an empty `（二）`.
 */

export interface Subsection {
  title: Localized;
  blocks: ReportBlock[];
}

export interface Item {
  /** `预算配置情况`: written after the number, closed with `。`. */
  lead?: Localized;
  pieces: Piece[];
  extraSources?: string[];
}

export function subsections(lang: Lang, list: Subsection[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  let n = 0;
  for (const sub of list) {
    if (sub.blocks.length === 0) continue;
    n += 1;
    out.push({ kind: "heading", level: 2, text: `${subsectionNumber(n, lang)}${sub.title[lang]}` }, ...sub.blocks);
  }
  return out;
}

/** `1、预算配置情况。…` paragraphs, numbered from `start`. */
export function numberedItems(ctx: ReportContext, items: Item[], start = 1): ParagraphBlock[] {
  return items
    .filter((i) => i.pieces.length > 0)
    .map((item, k) => {
      const lead = item.lead ? `${ctx.t(item.lead)}${ctx.lang === "zh-CN" ? "。" : ". "}` : "";
      return paragraph([`${itemNumber(start + k, ctx.lang)}${lead}`, ...item.pieces], item.extraSources);
    });
}

/** A `1、基本支出` heading. */
export function itemHeading(ctx: ReportContext, n: number, title: Localized): ReportBlock {
  return { kind: "heading", level: 3, text: `${itemNumber(n, ctx.lang)}${ctx.t(title)}` };
}

/** A section's items with the department's material woven in: its lead first, its list items after ours. */
export function itemsWithMaterials(ctx: ReportContext, items: Item[], section: MaterialSection): ParagraphBlock[] {
  const material = materialParts(ctx, section);
  const ours = numberedItems(ctx, items);
  return [...material.opening, ...ours, ...material.items(ours.length + 1)];
}
