import type { ChartSpec } from "../../core/report/document";
import {
  GRID,
  INK,
  PALETTE,
  decimal,
  legendRow,
  n,
  niceScale,
  svgDocument,
  textEl,
  textWidth,
  wrapLabel,
} from "./common";

const LABEL_SIZE = 12;
const LINE = 15;

/**
 * Grouped bars: one group per category, one bar per series (本年, 上年), the value above
 * each bar with two decimals, a y axis in the chart's unit, a legend top right.
 */
export function barSvg(spec: ChartSpec, width: number, height: number): string {
  const values = spec.series.map((s) => spec.categories.map((_, i) => decimal(s.values[i])));
  const numbers = values.flat().map((d) => d.toNumber());
  const scale = niceScale(Math.min(0, ...numbers), Math.max(0, ...numbers));
  const tickLabels: string[] = [];
  for (let v = scale.min; v <= scale.max + scale.step / 2; v += scale.step) tickLabels.push(v.toFixed(scale.decimals));

  const left = 24 + Math.max(textWidth(spec.unit, 12), ...tickLabels.map((t) => textWidth(t, 11)));
  const right = width - 20;
  const groupW = (right - left) / Math.max(1, spec.categories.length);
  const wrapped = spec.categories.map((c) => wrapLabel(c, LABEL_SIZE, groupW - 8, 3));
  const labelLines = Math.max(1, ...wrapped.map((w) => w.length));
  const top = 78;
  const bottom = height - 14 - labelLines * LINE;
  const y = (v: number): number => bottom - ((v - scale.min) / (scale.max - scale.min)) * (bottom - top);

  // The title is the caption under the picture; drawn again inside it, it would be read twice.
  const out: string[] = [];
  out.push(
    ...legendRow(
      spec.series.map((s) => s.name),
      right,
      56,
    ),
  );
  out.push(textEl(left - 8, top - 14, spec.unit, { size: 12, anchor: "end" }));
  tickLabels.forEach((t, i) => {
    const ty = y(scale.min + i * scale.step);
    out.push(`<line x1="${n(left)}" y1="${n(ty)}" x2="${n(right)}" y2="${n(ty)}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(textEl(left - 8, ty + 4, t, { size: 11, anchor: "end" }));
  });

  const nSeries = Math.max(1, spec.series.length);
  const barW = (groupW * 0.76) / nSeries;
  const valueSize = Math.max(7, Math.min(11, barW / 3.6));
  const zero = y(0);
  spec.categories.forEach((_, ci) => {
    const gx = left + ci * groupW + groupW * 0.12;
    values.forEach((series, si) => {
      const v = series[ci];
      const vy = y(v.toNumber());
      const x = gx + si * barW;
      const h = Math.abs(zero - vy);
      const colour = PALETTE[si % PALETTE.length];
      out.push(
        `<rect x="${n(x + 1)}" y="${n(Math.min(vy, zero))}" width="${n(barW - 2)}" height="${n(h)}" fill="${colour}"/>`,
      );
      const ly = v.isNegative() ? vy + valueSize + 3 : vy - 4;
      out.push(textEl(x + barW / 2, ly, v.toFixed(2), { size: valueSize, anchor: "middle" }));
    });
    wrapped[ci].forEach((line, li) =>
      out.push(
        textEl(left + (ci + 0.5) * groupW, bottom + 18 + li * LINE, line, { size: LABEL_SIZE, anchor: "middle" }),
      ),
    );
  });
  out.push(`<line x1="${n(left)}" y1="${n(zero)}" x2="${n(right)}" y2="${n(zero)}" stroke="${INK}" stroke-width="1"/>`);
  out.push(`<line x1="${n(left)}" y1="${n(top)}" x2="${n(left)}" y2="${n(bottom)}" stroke="${INK}" stroke-width="1"/>`);
  return svgDocument(width, height, spec.title, out);
}
