import type { ReportBlock, ReportDocument } from "../core/report/document";
import { chartCaption } from "./labels";
import { displayWidth, pad } from "./measure";

const INDENT = "\u3000\u3000";

/**
 * The report as plain text: title, headings, indented paragraphs, tables aligned in
 * columns (CJK counted double width), each chart as a one-line caption. Same document,
 * same text.
 */
export function renderText(doc: ReportDocument): string {
  const out: string[] = [];
  const hasTitle = doc.blocks.some((b) => b.kind === "title");
  if (!hasTitle) out.push(doc.title, "");
  let charts = 0;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "title":
        out.push(block.text, "");
        break;
      case "heading":
        out.push(block.text);
        break;
      case "paragraph":
        out.push(INDENT + block.text);
        break;
      case "table":
        out.push("", ...tableLines(block), "");
        break;
      case "attachment":
        out.push("", block.text);
        break;
      case "signature":
        out.push("", ...block.lines);
        break;
      case "chart":
        charts += 1;
        out.push(`［${chartCaption(charts, block.chart.title, block.chart.unit, doc.lang)}］`);
        break;
    }
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}

/** Columns padded to their widest cell; numeric columns right-aligned. */
export function tableLines(t: Extract<ReportBlock, { kind: "table" }>): string[] {
  const all = [t.header, ...t.rows];
  const cols = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ""))));
  const line = (r: string[]): string =>
    widths
      .map((w, i) => pad(r[i] ?? "", w, t.numericColumns.includes(i) && r !== t.header))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [...(t.caption ? [t.caption] : []), line(t.header), rule, ...t.rows.map(line)];
}
