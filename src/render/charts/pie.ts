import Decimal from "decimal.js";
import type { Lang } from "../../core/i18n";
import type { ChartSpec } from "../../core/report/document";
import { label } from "../labels";
import { INK, PALETTE, decimal, n, svgDocument, textEl, textWidth } from "./common";

interface Slice {
  name: string;
  value: Decimal;
  share: string;
  colour: string;
  start: number;
  end: number;
}

/**
 * A pie of the first series, from 12 o'clock clockwise: each slice's share (two decimals)
 * outside it on a leader line, and a legend with name, amount and share. Slices of zero or
 * less cannot be drawn as a pie and are left out; nothing positive gives 无数据.
 */
export function pieSvg(spec: ChartSpec, width: number, height: number, lang: Lang): string {
  // The title is the caption under the picture; drawn again inside it, it would be read twice.
  const out: string[] = [];
  const slices = layoutSlices(spec);
  if (slices.length === 0) {
    out.push(textEl(width / 2, height / 2, label("noData", lang), { size: 14, anchor: "middle" }));
    return svgDocument(width, height, spec.title, out);
  }
  const items = legendItems(slices, spec.unit, lang);
  const legendX = width - 16 - Math.max(...items.map((it) => 28 + it.nameW + it.restW));
  const pieArea = legendX - 24;
  const margin = 36 + Math.max(...slices.map((sl) => textWidth(sl.share, 11)));
  const r = Math.max(20, Math.min((pieArea - 2 * margin) / 2, (height - 100) / 2));
  const cx = pieArea / 2;
  const cy = 44 + (height - 44) / 2;
  for (const s of slices) out.push(slicePath(s, cx, cy, r));
  out.push(...shareLabels(slices, cx, cy, r, height));
  out.push(...legend(items, legendX, cy));
  return svgDocument(width, height, spec.title, out);
}

function layoutSlices(spec: ChartSpec): Slice[] {
  const values = spec.categories
    .map((name, i) => ({ name, value: decimal(spec.series[0]?.values[i]), colour: PALETTE[i % PALETTE.length] }))
    .filter((s) => s.value.greaterThan(0));
  const total = values.reduce((t, s) => t.plus(s.value), new Decimal(0));
  let acc = new Decimal(0);
  return values.map((s) => {
    const start = acc.div(total).toNumber() * 2 * Math.PI;
    acc = acc.plus(s.value);
    const end = acc.div(total).toNumber() * 2 * Math.PI;
    return { ...s, share: s.value.div(total).times(100).toFixed(2) + "%", start, end };
  });
}

/** Point on the circle at an angle measured clockwise from 12 o'clock. */
function polar(cx: number, cy: number, r: number, a: number): [number, number] {
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

function slicePath(s: Slice, cx: number, cy: number, r: number): string {
  if (s.end - s.start >= 2 * Math.PI - 1e-9) {
    return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${s.colour}" stroke="#FFFFFF" stroke-width="1.5"/>`;
  }
  const [x0, y0] = polar(cx, cy, r, s.start);
  const [x1, y1] = polar(cx, cy, r, s.end);
  const large = s.end - s.start > Math.PI ? 1 : 0;
  const d = `M${n(cx)} ${n(cy)} L${n(x0)} ${n(y0)} A${n(r)} ${n(r)} 0 ${large} 1 ${n(x1)} ${n(y1)} Z`;
  return `<path d="${d}" fill="${s.colour}" stroke="#FFFFFF" stroke-width="1.5"/>`;
}

/** Shares outside the pie; labels on one side are pushed apart so none overlap. */
function shareLabels(slices: Slice[], cx: number, cy: number, r: number, height: number): string[] {
  const gap = 15;
  const placed = slices.map((s) => {
    const mid = (s.start + s.end) / 2;
    const [ex, ey] = polar(cx, cy, r, mid);
    const [lx, ly] = polar(cx, cy, r + 18, mid);
    return { s, ex, ey, lx, ly, right: Math.sin(mid) >= 0 };
  });
  for (const side of [true, false]) {
    const group = placed.filter((p) => p.right === side).sort((a, b) => a.ly - b.ly);
    for (let i = 1; i < group.length; i++) group[i].ly = Math.max(group[i].ly, group[i - 1].ly + gap);
    const overflow = group.length > 0 ? group[group.length - 1].ly - (height - 8) : 0;
    if (overflow > 0) group.forEach((p) => (p.ly -= overflow));
  }
  return placed.flatMap((p) => {
    const tx = p.right ? p.lx + 4 : p.lx - 4;
    return [
      `<polyline points="${n(p.ex)},${n(p.ey)} ${n(p.lx)},${n(p.ly)} ${n(tx)},${n(p.ly)}" fill="none" stroke="${INK}" stroke-width="0.8"/>`,
      textEl(p.right ? tx + 2 : tx - 2, p.ly + 4, p.s.share, { size: 11, anchor: p.right ? "start" : "end" }),
    ];
  });
}

interface LegendItem {
  slice: Slice;
  text: string;
  nameW: number;
  restW: number;
}

function legendItems(slices: Slice[], unit: string, lang: Lang): LegendItem[] {
  const nameW = Math.max(...slices.map((s) => textWidth(s.name, 12)));
  return slices.map((slice) => {
    const share = lang === "zh-CN" ? `（${slice.share}）` : ` (${slice.share})`;
    const text = `${slice.value.toFixed(2)}${unit}${share}`;
    return { slice, text, nameW, restW: textWidth(text, 12) };
  });
}

/** One line per slice: swatch, name, amount and share. */
function legend(items: LegendItem[], x: number, cy: number): string[] {
  const lineH = 24;
  const top = cy - ((items.length - 1) * lineH) / 2;
  return items.flatMap((it, i) => {
    const y = top + i * lineH;
    return [
      `<rect x="${n(x)}" y="${n(y - 11)}" width="14" height="14" fill="${it.slice.colour}"/>`,
      textEl(x + 20, y, it.slice.name, { size: 12 }),
      textEl(x + 28 + it.nameW, y, it.text, { size: 12 }),
    ];
  });
}
