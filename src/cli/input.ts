import type { Localized } from "../core/i18n";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readChineseBuiltinFormats } from "../hosts/file/builtin-formats";
import { WorkbookReadError } from "../hosts/file/errors";
import { readRegularFile } from "../hosts/file/node";
import { snapshotFromBuffer } from "../hosts/file/read";
import { CliError } from "./command";
import { compose, MSG } from "./messages";

/** Reading the command line's inputs; anything unreadable becomes a CliError (one line, exit 2). */

// As the file host's snapshotFromFile does: dates in Chinese built-in formats read as dates.
readChineseBuiltinFormats();

export interface WorkbookInput {
  /** The file's bytes, read once: the snapshot and the report copy come from the same bytes. */
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
}

/** Why a workbook file cannot be read, in both languages; rethrows anything else. */
function workbookReadReason(e: unknown): Localized {
  if (e instanceof WorkbookReadError) return e.localized;
  throw e;
}

/** Reads a workbook file, throwing WorkbookReadError when it is not one. */
export async function loadWorkbook(path: string): Promise<WorkbookInput> {
  const bytes = await readRegularFile(path);
  return { bytes, snapshot: await snapshotFromBuffer(bytes) };
}

/** Reads a workbook file for a command that stops when it cannot. */
export async function readWorkbookInput(path: string): Promise<WorkbookInput> {
  try {
    return await loadWorkbook(path);
  } catch (e) {
    throw new CliError(compose(MSG.cannotRead, { path, reason: workbookReadReason(e) }));
  }
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A report text beyond this is no report (the longest published ones are well under 1 MB). */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** Characters of a Chinese report: ASCII, CJK ideographs and punctuation, full-width forms. */
const PLAUSIBLE =
  /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2460-\u24ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

/**
 * UTF-16 written without a BOM (some converters do): the byte order whose decoding of the
 * first kilobytes is almost all characters of a report. Random binary (a .docx or .pdf) decodes
 * to a scatter of rare characters and is not taken. Undefined when neither order fits.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const head = bytes.subarray(0, 8192);
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    let chars: string;
    try {
      chars = new TextDecoder(encoding, { fatal: true }).decode(head);
    } catch {
      continue;
    }
    const plausible = chars.match(PLAUSIBLE)?.length ?? 0;
    if (chars.length > 0 && plausible >= chars.length * 0.95) return encoding;
  }
  return undefined;
}

/**
 * A text file's characters: UTF-8 (with or without BOM), UTF-16 with or without BOM (Notepad's
 * "Unicode"), or else GB18030, a superset of the GBK that Chinese government files often use.
 * A file with NUL bytes that is not UTF-16 is not text (a .docx or .pdf given by mistake).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    return utf16 && new TextDecoder(utf16).decode(bytes);
  }
  if (startsWith(bytes, BOM_UTF8)) return new TextDecoder("utf-8").decode(bytes.subarray(BOM_UTF8.length));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Reads a text file for `check-text`. */
export async function readTextInput(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, MAX_TEXT_BYTES);
  } catch (e) {
    throw new CliError(compose(MSG.cannotRead, { path, reason: workbookReadReason(e) }));
  }
  if (bytes.length === 0) throw new CliError(compose(MSG.cannotRead, { path, reason: MSG.emptyFile }));
  const decoded = decodeText(bytes);
  if (decoded === undefined) throw new CliError(compose(MSG.cannotRead, { path, reason: MSG.notText }));
  return decoded;
}
