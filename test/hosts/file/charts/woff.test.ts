import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { fontFilesFor, parseUnicodeRange, subsetsFor } from "../../../../src/hosts/file/charts/fonts";
import { sfntTables, woffToSfnt } from "../../../../src/hosts/file/charts/woff";

const woffFile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-400-normal.woff`)));

/** OpenType table checksum: the sum of big-endian uint32s, zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** A minimal WOFF holding two tables, one compressed and one stored. */
function tinyWoff(): { woff: Uint8Array; tables: Record<string, Uint8Array> } {
  const tables = { cmap: new Uint8Array(100).fill(7), head: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
  const packed = [deflateSync(tables.cmap), tables.head];
  const size = 44 + 2 * 20 + packed.reduce((s, p) => s + ((p.length + 3) & ~3), 0);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x774f4646);
  v.setUint32(4, 0x00010000);
  v.setUint32(8, size);
  v.setUint16(12, 2);
  let offset = 44 + 40;
  Object.entries(tables).forEach(([tag, data], i) => {
    const p = 44 + i * 20;
    for (let k = 0; k < 4; k++) out[p + k] = tag.charCodeAt(k);
    v.setUint32(p + 4, offset);
    v.setUint32(p + 8, packed[i].length);
    v.setUint32(p + 12, data.length);
    v.setUint32(p + 16, checksum(data));
    out.set(packed[i], offset);
    offset += (packed[i].length + 3) & ~3;
  });
  return { woff: out, tables };
}

describe("woffToSfnt", () => {
  it("inflates compressed tables, copies stored ones and aligns them to 4 bytes", () => {
    const { woff, tables } = tinyWoff();
    const sfnt = woffToSfnt(woff);
    const v = new DataView(sfnt.buffer);
    expect(v.getUint32(0)).toBe(0x00010000);
    expect([v.getUint16(4), v.getUint16(6), v.getUint16(8), v.getUint16(10)]).toEqual([2, 32, 1, 0]);
    expect(sfntTables(sfnt)).toEqual(["cmap", "head"]);
    const cmapOffset = v.getUint32(12 + 8);
    const headOffset = v.getUint32(28 + 8);
    expect(cmapOffset).toBe(12 + 32);
    expect(headOffset).toBe(cmapOffset + 100);
    expect(sfnt.subarray(cmapOffset, cmapOffset + 100)).toEqual(tables.cmap);
    expect(sfnt.subarray(headOffset, headOffset + 6)).toEqual(tables.head);
    expect(sfnt.length).toBe(headOffset + 8);
  });

  it("converts a real Noto Sans SC subset to the size its header promises, every table checksum intact", () => {
    const woff = woffToSfnt(woffFile("latin"));
    const header = new DataView(woffFile("latin").buffer);
    expect(woff.length).toBe(header.getUint32(16));
    const tags = sfntTables(woff);
    expect(tags).toEqual(expect.arrayContaining(["cmap", "head", "hhea", "hmtx", "maxp", "name", "post"]));
    const v = new DataView(woff.buffer);
    tags.forEach((tag, i) => {
      const p = 12 + i * 16;
      const data = woff.subarray(v.getUint32(p + 8), v.getUint32(p + 8) + v.getUint32(p + 12));
      if (tag !== "head") expect([tag, checksum(data)]).toEqual([tag, v.getUint32(p + 4)]);
    });
  });

  it("rejects what is not a whole WOFF 1.0 file", () => {
    const { woff } = tinyWoff();
    expect(() => woffToSfnt(new Uint8Array(10))).toThrow(/not a WOFF/);
    expect(() => woffToSfnt(woff.subarray(0, woff.length - 4))).toThrow(/length/);
    const corrupt = woff.slice();
    new DataView(corrupt.buffer).setUint32(44 + 12, 999);
    expect(() => woffToSfnt(corrupt)).toThrow(/wrong size/);
  });
});

describe("font subsets", () => {
  it("reads unicode ranges", () => {
    expect(parseUnicodeRange("U+4e00-4e2f, U+3002")).toEqual([
      [0x4e00, 0x4e2f],
      [0x3002, 0x3002],
    ]);
  });

  it("picks only the subsets holding the text's characters", () => {
    const digits = subsetsFor("0.00");
    expect(digits).toContain("latin");
    expect(digits.length).toBeLessThan(4);
    const zh = subsetsFor("万元支出");
    expect(zh.length).toBeGreaterThan(0);
    expect(zh).not.toContain("latin");
    expect(subsetsFor("")).toEqual([]);
  });

  it("converts each subset once into a cached TTF", () => {
    const [file] = fontFilesFor("万");
    const sfnt = new Uint8Array(readFileSync(file));
    expect(sfntTables(sfnt)).toContain("cmap");
    expect(fontFilesFor("万")).toEqual([file]);
  });
});
