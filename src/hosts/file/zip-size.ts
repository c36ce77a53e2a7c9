/**
 * The uncompressed size a zip (an .xlsx) declares in its central directory, read before
 * anything is inflated: a few megabytes of zip can inflate to gigabytes (a "zip bomb"), and
 * the workbook reader would hold all of it in memory. No Node-only API: the browser mode
 * reads uploads through the same check.
 */

/** The most an .xlsx may inflate to: far above any department's workbook (a few MB). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
const ZIP64_MARK = 0xffffffff;

/**
 * Σ uncompressed sizes of the entries, or `Infinity` when the directory marks a size as ZIP64
 * (over 4 GB, never an honest workbook). Undefined when the bytes have no readable directory
 * (the reader then reports that it is not a workbook).
 */
export function declaredUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at === ZIP64_MARK || entries === 0xffff) return Infinity;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
