import type { Lang } from "../core/i18n";
import type { ChartSpec } from "../core/report";
import type { Host, WritePlan } from "./host";
import type { ReportOutputs } from "./pipeline";

/**
 * Turning a composed report into what a host writes. Chart images come from a rasteriser the
 * caller supplies (resvg on Node, a canvas in the browser), so this layer stays host-neutral.
 */

export interface ChartImageSize {
  width: number;
  height: number;
  /** Pixels per layout pixel: 2 gives a sharp image at the same displayed size. */
  scale: number;
  lang: Lang;
}

export type ChartRasteriser = (spec: ChartSpec, size: ChartImageSize) => Uint8Array | Promise<Uint8Array>;

/** PNG by chart id, at the size the sheet layout anchors each chart, drawn at twice the pixels. */
export async function chartImages(report: ReportOutputs, rasterise: ChartRasteriser): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const { spec, anchor } of report.layout.charts) {
    const size = { width: anchor.widthPx, height: anchor.heightPx, scale: 2, lang: report.doc.lang };
    images.set(spec.id, await rasterise(spec, size));
  }
  return images;
}

/** The write plan that adds the report sheet, with the chart images for hosts that embed them. */
export function reportSheetPlan(
  host: Pick<Host, "capabilities">,
  report: ReportOutputs,
  images?: Map<string, Uint8Array>,
): WritePlan {
  return host.capabilities.chartImages && images
    ? { reportSheet: report.layout, chartImages: images }
    : { reportSheet: report.layout };
}
