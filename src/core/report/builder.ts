import type { Lang, Localized } from "../i18n";
import type { ReportBlock } from "./document";
import { isFig, type Fig, type Piece } from "./format";

/** Paragraphs from pieces: text, figures and sources all follow from the same list. */

export type ParagraphBlock = Extract<ReportBlock, { kind: "paragraph" }>;

/** Fills `{name}` placeholders with pieces; unknown placeholders stay visible. */
export function fillPieces(template: string, params: Record<string, Piece | Piece[]>): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const index = m.index ?? 0;
    if (index > last) out.push(template.slice(last, index));
    const value = params[m[1]];
    if (value === undefined) out.push(m[0]);
    else if (Array.isArray(value)) out.push(...value);
    else out.push(value);
    last = index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

export function localizedPieces(
  lang: Lang,
  template: Localized,
  params: Record<string, Piece | Piece[]> = {},
): Piece[] {
  return fillPieces(template[lang], params);
}

/** Joins clauses or list items with a separator (`，`, `；`, `、`). */
export function joinPieces(parts: Piece[][], separator: string): Piece[] {
  const out: Piece[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(separator);
    out.push(...p);
  });
  return out;
}

/** Whole sentences one after another: no space in Chinese, one space in English. */
export function joinSentences(sentences: Piece[][], lang: Lang): Piece[] {
  return joinPieces(
    sentences.filter((s) => s.length > 0),
    lang === "zh-CN" ? "" : " ",
  );
}

export function piecesText(pieces: Piece[]): string {
  return pieces.map((p) => (isFig(p) ? p.text : p)).join("");
}

export function piecesFigures(pieces: Piece[]): Fig[] {
  return pieces.filter(isFig);
}

/** Cells in order of first use, each once. */
export function uniqueCells(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const c of list) {
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
    }
  }
  return out;
}

/** A generated paragraph; `extraSources` are cells the text relies on without quoting a figure. */
export function paragraph(pieces: Piece[], extraSources: readonly string[] = []): ParagraphBlock {
  const figures = piecesFigures(pieces);
  return {
    kind: "paragraph",
    text: piecesText(pieces),
    sources: uniqueCells([...figures.map((f) => f.cells), extraSources]),
    figures: figures.map((f) => ({ text: f.text, cells: [...f.cells] })),
    origin: "generated",
  };
}

/** The department's own words from 报告素材, verbatim. */
export function materialParagraph(textValue: string, cell: string): ParagraphBlock {
  return { kind: "paragraph", text: textValue, sources: [cell], figures: [], origin: "material" };
}
