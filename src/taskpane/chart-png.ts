import type { ChartRasteriser } from "../app/outputs";
import { chartSvg } from "../render/charts/svg";

/**
 * Chart images in the browser: the renderer's SVG drawn on a canvas. resvg is Node's way; a
 * page has its own SVG engine and the system's CJK fonts, so nothing is downloaded for it.
 */
export const canvasChartPng: ChartRasteriser = async (spec, size) => {
  const svg = chartSvg(spec, { width: size.width, height: size.height, lang: size.lang });
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * size.scale);
    canvas.height = Math.round(size.height * size.scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("canvas 2d context unavailable");
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("canvas could not encode PNG");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
