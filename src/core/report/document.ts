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
    }
  | { kind: "chart"; chart: ChartSpec };

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
}
