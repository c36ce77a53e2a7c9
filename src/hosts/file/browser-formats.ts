import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";

/**
 * The browser's answer to builtin-formats.ts. Chinese Excel saves dates such as 2022年11月15日
 * as built-in numFmtIds (27–36, 50–58) with no format code in the file, and exceljs's browser
 * bundle keeps its own sealed copy of the id table, which knows no code for them: the dates
 * would read as serial numbers. So before reading, the ids the styles use get their zh-CN
 * codes written into styles.xml, which exceljs prefers over its table. Bytes for reading only.
 */

const ZH_CODES = new Map<number, string>(
  Object.entries(defaultNumFormats).flatMap(([id, entry]) =>
    !entry.f && entry["zh-cn"] ? [[Number(id), entry["zh-cn"]] as [number, string]] : [],
  ),
);

const STYLES = "xl/styles.xml";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Built-in ids with a zh-CN code that some cell style uses and the file does not define. */
function missingIds(styles: string): number[] {
  const defined = new Set([...styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const used = new Set([...styles.matchAll(/<xf\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  return [...used].filter((id) => ZH_CODES.has(id) && !defined.has(id)).sort((a, b) => a - b);
}

export function addChineseBuiltinFormats(styles: string): string {
  const ids = missingIds(styles);
  if (ids.length === 0) return styles;
  const entries = ids.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(ZH_CODES.get(id)!)}"/>`);
  const open = /<numFmts\b[^>]*?(\/?)>/.exec(styles);
  if (!open) {
    return styles.replace(
      /<styleSheet\b[^>]*>/,
      (tag) => `${tag}<numFmts count="${ids.length}">${entries.join("")}</numFmts>`,
    );
  }
  const added = styles.replace(open[0], `<numFmts>${entries.join("")}${open[1] ? "</numFmts>" : ""}`);
  const count = [...added.matchAll(/<numFmt\b/g)].length;
  return added.replace("<numFmts>", `<numFmts count="${count}">`);
}

/** The workbook's bytes with those codes added, or the same bytes when nothing needs them. */
export function withChineseBuiltinFormats(bytes: Uint8Array): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === STYLES });
  } catch {
    return bytes; // Not a zip: the reader says what it is instead.
  }
  const styles = files[STYLES] && strFromU8(files[STYLES]);
  if (!styles) return bytes;
  const patched = addChineseBuiltinFormats(styles);
  if (patched === styles) return bytes;
  const all = unzipSync(bytes);
  all[STYLES] = strToU8(patched);
  return zipSync(all);
}
