import type { Lang } from "../i18n";

/**
 * The generated report as data: blocks of text, tables and charts, every figure keeping the
 * cells it came from. The composer (core) builds it; renderers (cell layout, .docx, plain
 * text) turn it into output without re-deriving any figure.
 */

/** A figure as it appears in the text, and the cells (or indicator inputs) behind it. */
export interface FigureRef {
  text: string;
  cells: string[];
}

export type ReportBlock =
  | { kind: "title"; text: string }
  /** level 1 = `一、`, 2 = `（一）`, 3 = `1、`; the numbering is part of `text`. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | {
      kind: "paragraph";
      text: string;
      /** Every cell whose value appears in the paragraph, in order of first use. */
      sources: string[];
      figures: FigureRef[];
      /** `material`: the department's own words from 报告素材, inserted verbatim. */
      origin?: "generated" | "material";
    }
  | {
      kind: "table";
      id: string;
      caption?: string;
      header: string[];
      rows: string[][];
      /** Columns (0-based) that hold numbers, right-aligned and written as numbers. */
      numericColumns: number[];
      sources: string[];
      /** Relative column widths (any unit; renderers scale them to the page), when not even. */
      widths?: number[];
    }
  | { kind: "chart"; chart: ChartSpec }
  /** An attachment (附件1 …): starts a new page in the .docx; `id` names what it holds. */
  | { kind: "attachment"; id: "scorecard" | "targets" | "projects" | "sources" | "todo"; text: string }
  /** The 落款: the department, then the date, set flush right. */
  | { kind: "signature"; lines: string[] };

export interface ChartSpec {
  id: string;
  type: "bar" | "pie";
  title: string;
  /** Category labels (x axis or slices). */
  categories: string[];
  /** Values as decimal strings in `unit`; one series for a pie. */
  series: { name: string; values: string[] }[];
  unit: string;
  sources: string[];
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  unitName: string;
  year?: number;
  blocks: ReportBlock[];
  /** The summary paragraph (about 150–300 characters) inserted at the selected cell. */
  summary: { text: string; sources: string[] };
  /** What the user must still fill in, each naming the sheet and row or cell. */
  todo: TodoItem[];
  /** Every figure of the body with the cells it came from (and its formula when computed). */
  figureSources: FigureSource[];
}

export interface TodoItem {
  what: string;
  /** `三公经费!D9`, or a sheet and row in words. */
  where: string;
}

export interface FigureSource {
  text: string;
  /** What the figure is: the sentence words before it, or the indicator name. */
  label: string;
  cells: string[];
  /** The formula in words, for a computed figure. */
  formula?: string;
}
