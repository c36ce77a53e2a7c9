// Renders the SVG sources in assets/ to the PNG sizes the manifest references.
// Run after editing an SVG: npx tsx scripts/make-icons.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

interface IconJob {
  source: string;
  output: (size: number) => string;
  sizes: number[];
  background?: string;
}

const assetsDir = join(__dirname, "..", "assets");

const jobs: IconJob[] = [
  { source: "icon.svg", output: (size) => `icon-${size}.png`, sizes: [16, 32, 64, 80, 128] },
  { source: "clear-marks.svg", output: (size) => `clear-marks-${size}.png`, sizes: [16, 32, 80] },
  // An opaque version for places that do not handle transparency (support page, catalogues).
  { source: "icon.svg", output: () => "logo-filled.png", sizes: [192], background: "#FFFFFF" },
];

function render(svg: string, size: number, background?: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: size }, background, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

for (const job of jobs) {
  const svg = readFileSync(join(assetsDir, job.source), "utf8");
  for (const size of job.sizes) {
    const file = job.output(size);
    const png = render(svg, size, job.background);
    writeFileSync(join(assetsDir, file), png);
    console.log(`assets/${file}  ${size}x${size}  ${png.length} bytes`);
  }
}
