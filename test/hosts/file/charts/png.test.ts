import { chartPng, rasterize } from "../../../../src/hosts/file/charts/png";
import { FONT_FAMILY } from "../../../../src/render/charts/common";
import { expenditureBar, expenditurePie } from "../../../render/fixtures";

function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Text alone on white, 40 px high glyphs. */
function textSvg(s: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="400" height="80" fill="#FFFFFF"/><text x="10" y="56" font-size="40" font-family="${FONT_FAMILY}">${s}</text></svg>`;
}

/** Dark pixels and their bounding box. */
function ink(s: string): { count: number; width: number; height: number; pixels: Buffer } {
  const img = rasterize(textSvg(s), 400);
  // `pixels` is a getter that copies out of resvg: read it once.
  const pixels = img.pixels;
  let count = 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (pixels[(y * img.width + x) * 4] < 128) {
        count++;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
  }
  return { count, width: x1 - x0 + 1, height: y1 - y0 + 1, pixels };
}

describe("chartPng", () => {
  it("gives a valid PNG of the requested size, doubled at scale 2", () => {
    expect(pngSize(chartPng(expenditureBar))).toEqual({ width: 640, height: 360 });
    expect(pngSize(chartPng(expenditurePie, { width: 500, height: 300, scale: 2 }))).toEqual({
      width: 1000,
      height: 600,
    });
  });

  it("is deterministic", () => {
    expect(Buffer.from(chartPng(expenditureBar)).equals(Buffer.from(chartPng(expenditureBar)))).toBe(true);
  });
});

describe("Chinese glyphs from the bundled Noto Sans SC (no system fonts)", () => {
  it("draws 项目支出 with real glyphs: ink, and unlike another word of the same length", () => {
    const a = ink("项目支出");
    const b = ink("基本情况");
    expect(a.count).toBeGreaterThan(500);
    expect(b.count).toBeGreaterThan(500);
    expect(a.pixels.equals(b.pixels)).toBe(false);
    expect(a.width).toBeGreaterThan(4 * 30);
  });

  it("draws 一 as one flat stroke, not a box", () => {
    const one = ink("一");
    expect(one.count).toBeGreaterThan(50);
    expect(one.height * 4).toBeLessThan(one.width);
  });

  it("draws nothing for a character no subset holds, so a missing font fails the checks above", () => {
    expect(ink("\uE000").count).toBe(0);
  });
});
