import { inflateSync } from "node:zlib";

/**
 * WOFF 1.0 → SFNT (TrueType/OpenType) in memory (Node only). resvg reads TTF/OTF, while
 * @fontsource ships its CJK subsets as WOFF: each table is zlib-compressed (or stored when
 * that would not be smaller); the SFNT is the same tables, inflated, 4-byte aligned, with a
 * rebuilt table directory. Metadata and private blocks are dropped: fonts don't need them.
 */
const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error("not a WOFF 1.0 font");
  const flavor = view.getUint32(4);
  if (view.getUint32(8) !== woff.byteLength) throw new Error("WOFF length does not match its header");
  const numTables = view.getUint16(12);
  if (numTables === 0 || WOFF_HEADER + numTables * WOFF_ENTRY > woff.byteLength)
    throw new Error("WOFF table directory out of bounds");

  const entries: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const p = WOFF_HEADER + i * WOFF_ENTRY;
    const e = {
      tag: view.getUint32(p),
      offset: view.getUint32(p + 4),
      compLength: view.getUint32(p + 8),
      origLength: view.getUint32(p + 12),
      checksum: view.getUint32(p + 16),
    };
    if (e.offset + e.compLength > woff.byteLength || e.compLength > e.origLength) {
      throw new Error(`WOFF table ${tagName(e.tag)} out of bounds`);
    }
    entries.push(e);
  }
  // The SFNT directory must be sorted by tag; WOFF requires the same, but don't rely on it.
  entries.sort((a, b) => a.tag - b.tag);

  const tables = entries.map((e) => {
    const raw = woff.subarray(e.offset, e.offset + e.compLength);
    const data = e.compLength < e.origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== e.origLength) throw new Error(`WOFF table ${tagName(e.tag)} inflates to the wrong size`);
    return data;
  });

  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  const offsets = tables.map((t) => {
    const at = offset;
    offset += pad4(t.byteLength);
    return at;
  });
  const out = new Uint8Array(offset);
  const o = new DataView(out.buffer);
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, pow2 * 16);
  o.setUint16(8, Math.log2(pow2));
  o.setUint16(10, numTables * 16 - pow2 * 16);
  entries.forEach((e, i) => {
    const p = SFNT_HEADER + i * SFNT_ENTRY;
    o.setUint32(p, e.tag);
    o.setUint32(p + 4, e.checksum);
    o.setUint32(p + 8, offsets[i]);
    o.setUint32(p + 12, e.origLength);
    out.set(tables[i], offsets[i]);
  });
  return out;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function tagName(tag: number): string {
  return String.fromCharCode((tag >>> 24) & 255, (tag >>> 16) & 255, (tag >>> 8) & 255, tag & 255);
}

/** The table tags of an SFNT font, in directory order (for checks). */
export function sfntTables(sfnt: Uint8Array): string[] {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => tagName(view.getUint32(SFNT_HEADER + i * SFNT_ENTRY)));
}
