import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woff";

/**
 * The CJK font for PNG charts, from @fontsource/noto-sans-sc (OFL-1.1), so that a fresh
 * `npm install` is enough: no system fonts. The package ships unicode-range subsets as WOFF;
 * we pick the weight-400 subsets that cover the text, convert them to TTF once, and keep the
 * TTFs in a cache folder, because resvg-js on Node loads fonts from files only. One weight
 * only: resvg falls back across subsets by character, not by weight, so mixing weights
 * would draw a bold title in mixed weights; titles are emboldened with a stroke instead.
 */
export const CHART_FONT_FAMILY = "Noto Sans SC";
const PACKAGE = "@fontsource/noto-sans-sc";

interface Subset {
  name: string;
  ranges: [number, number][];
}

let subsets: Subset[] | undefined;

function packageDir(): string {
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** `U+4e00-4e2f,U+3002` → [[0x4e00, 0x4e2f], [0x3002, 0x3002]]. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(",").map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
  });
}

function loadSubsets(): Subset[] {
  if (!subsets) {
    const map = JSON.parse(readFileSync(join(packageDir(), "unicode.json"), "utf8")) as Record<string, string>;
    // Keys are `[12]` for numbered slices and `latin`, `cyrillic`… for the rest.
    subsets = Object.entries(map).map(([key, range]) => ({
      name: key.replace(/^\[(\d+)\]$/, "$1"),
      ranges: parseUnicodeRange(range),
    }));
  }
  return subsets;
}

/** Names of the subsets that hold the characters of the text, in the package's order. */
export function subsetsFor(text: string): string[] {
  const cps = new Set<number>();
  for (const ch of text) cps.add(ch.codePointAt(0) ?? 0);
  return loadSubsets()
    .filter((s) => [...cps].some((cp) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)))
    .map((s) => s.name);
}

function cacheDir(): string {
  const version = (JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { version: string }).version;
  return join(tmpdir(), `jixiao-fonts-noto-sans-sc-${version}`);
}

/** Paths of TTF files, converted on first use, that cover the text. */
export function fontFilesFor(text: string): string[] {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  return subsetsFor(text).map((name) => {
    const file = join(dir, `${name}-400.ttf`);
    if (!existsSync(file)) {
      const woff = readFileSync(join(packageDir(), "files", `noto-sans-sc-${name}-400-normal.woff`));
      // Written under a unique name, then renamed: a concurrent render never reads half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, woffToSfnt(new Uint8Array(woff)));
      renameSync(tmp, file);
    }
    return file;
  });
}
