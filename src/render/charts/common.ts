import Decimal from "decimal.js";
import { displayWidth } from "../measure";

/** Okabe–Ito: told apart by readers with colour-vision deficiency; fixed order. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];
export const INK = "#333333";
export const GRID = "#E0E0E0";
export const FONT_FAMILY = "Noto Sans SC, Microsoft YaHei, PingFang SC, SimHei, sans-serif";

export interface ChartSvgOptions {
  width?: number;
  height?: number;
}

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Coordinates with one decimal, so the SVG text is the same on every machine. */
export function n(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** A value string as a decimal (`1,196.30`, `72`); anything unreadable counts as 0. */
export function decimal(v: string | undefined): Decimal {
  try {
    return new Decimal((v ?? "").replace(/,/g, "") || 0);
  } catch {
    return new Decimal(0);
  }
}

export function textEl(
  x: number,
  y: number,
  content: string,
  attrs: { size?: number; anchor?: "start" | "middle" | "end"; weight?: "bold"; fill?: string } = {},
): string {
  const a = [`x="${n(x)}"`, `y="${n(y)}"`, `font-size="${attrs.size ?? 12}"`];
  if (attrs.anchor && attrs.anchor !== "start") a.push(`text-anchor="${attrs.anchor}"`);
  a.push(`fill="${attrs.fill ?? INK}"`);
  // Bold as a thin outline of the same colour: the PNG renderer has one weight of the font.
  if (attrs.weight) a.push(`stroke="${attrs.fill ?? INK}" stroke-width="${n((attrs.size ?? 12) / 28)}"`);
  return `<text ${a.join(" ")}>${esc(content)}</text>`;
}

/** Approximate rendered width: half-width characters at 0.55 em, CJK at 1 em. */
export function textWidth(s: string, size: number): number {
  return displayWidth(s) * size * 0.55;
}

/**
 * Breaks a label into lines no wider than `maxWidth`, of even length (no orphaned last
 * character), at most `maxLines` (the last then ends in …).
 */
export function wrapLabel(s: string, size: number, maxWidth: number, maxLines: number): string[] {
  const chars = [...s];
  const needed = Math.max(1, Math.ceil(textWidth(s, size) / Math.max(1, maxWidth)));
  const count = Math.min(needed, chars.length);
  const per = Math.ceil(chars.length / count);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(""));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1].slice(0, -1) + "…";
  return kept;
}

/** Axis from 0 (or below, for negatives) to a round maximum, in about five steps. */
export function niceScale(min: number, max: number): { min: number; max: number; step: number; decimals: number } {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const span = hi - lo || 1;
  const raw = span / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const decimals = (Number(step.toPrecision(12)).toString().split(".")[1] ?? "").length;
  return { min: Math.floor(lo / step + 1e-9) * step, max: Math.ceil(hi / step - 1e-9) * step || step, step, decimals };
}

export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<g font-family="${FONT_FAMILY}">`,
    ...body,
    `</g>`,
    `</svg>`,
  ].join("\n");
}

/** Legend entries in one row, right-aligned: a swatch and its name each. */
export function legendRow(names: string[], right: number, y: number, size = 12): string[] {
  const items = names.map((name, i) => ({
    name,
    color: PALETTE[i % PALETTE.length],
    w: 14 + 6 + textWidth(name, size) + 16,
  }));
  let x = right - items.reduce((s, it) => s + it.w, 0) + 16;
  const out: string[] = [];
  for (const it of items) {
    out.push(`<rect x="${n(x)}" y="${n(y - 11)}" width="14" height="14" fill="${it.color}"/>`);
    out.push(textEl(x + 20, y, it.name, { size }));
    x += it.w;
  }
  return out;
}
