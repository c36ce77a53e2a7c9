import { Resvg } from "@resvg/resvg-js";
import type { Lang } from "../../../core/i18n";
import type { ChartSpec } from "../../../core/report/document";
import { CHART_FONT_FAMILY, fontFilesFor } from "./fonts";
import { DEFAULT_CHART_SIZE, chartSvg } from "../../../render/charts/svg";

export interface ChartPngOptions {
  width?: number;
  height?: number;
  /** Pixels per SVG unit: 2 gives a sharp image in Word at the same displayed size. */
  scale?: number;
  lang?: Lang;
}

/** A chart as PNG (Node only): the SVG drawn by resvg with the bundled Noto Sans SC. */
export function chartPng(spec: ChartSpec, opts: ChartPngOptions = {}): Uint8Array {
  const width = opts.width ?? DEFAULT_CHART_SIZE.width;
  const height = opts.height ?? DEFAULT_CHART_SIZE.height;
  return svgToPng(chartSvg(spec, { width, height, lang: opts.lang }), width * (opts.scale ?? 1));
}

/** Any SVG of ours to PNG at a pixel width, text in Noto Sans SC, no system fonts. */
export function svgToPng(svg: string, pixelWidth: number): Uint8Array {
  return new Uint8Array(rasterize(svg, pixelWidth).asPng());
}

/** The drawn image, whose RGBA pixels tests (and callers wanting raw pixels) can read. */
export function rasterize(
  svg: string,
  pixelWidth: number,
): { width: number; height: number; pixels: Buffer; asPng(): Buffer } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(pixelWidth) },
    background: "#FFFFFF",
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(textOf(svg)),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  });
  return resvg.render();
}

/** The characters drawn: text content only, with entities decoded. */
function textOf(svg: string): string {
  const parts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  return parts
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
