import type { Lang } from "../../core/i18n";
import type { ChartSpec } from "../../core/report/document";
import { barSvg } from "./bar";
import type { ChartSvgOptions } from "./common";
import { pieSvg } from "./pie";

export type { ChartSvgOptions } from "./common";
export const DEFAULT_CHART_SIZE = { width: 640, height: 360 };

/**
 * A chart as a standalone SVG string: same spec, same bytes. Text uses Noto Sans SC first,
 * so the PNG renderer (which loads only that font) and browsers draw the same labels.
 */
export function chartSvg(spec: ChartSpec, opts: ChartSvgOptions & { lang?: Lang } = {}): string {
  const width = opts.width ?? DEFAULT_CHART_SIZE.width;
  const height = opts.height ?? DEFAULT_CHART_SIZE.height;
  return spec.type === "pie" ? pieSvg(spec, width, height, opts.lang ?? "zh-CN") : barSvg(spec, width, height);
}
