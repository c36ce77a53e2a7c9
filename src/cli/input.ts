import { readFile } from "node:fs/promises";
import type { Localized } from "../core/i18n";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readChineseBuiltinFormats } from "../hosts/file/builtin-formats";
import { WorkbookReadError } from "../hosts/file/errors";
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

async function fileBytes(path: string): Promise<Uint8Array> {
  try {
    const b = await readFile(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", { cause });
  }
}

/** Reads a workbook file, throwing WorkbookReadError when it is not one. */
export async function loadWorkbook(path: string): Promise<WorkbookInput> {
  const bytes = await fileBytes(path);
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

/**
 * A text file's characters: UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's
 * "Unicode"), or else GB18030, a superset of the GBK that Chinese government files often use.
 * A file with NUL bytes outside UTF-16 is not text (a .docx or .pdf given by mistake).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) return undefined;
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
    bytes = await fileBytes(path);
  } catch (e) {
    throw new CliError(compose(MSG.cannotRead, { path, reason: workbookReadReason(e) }));
  }
  if (bytes.length === 0) throw new CliError(compose(MSG.cannotRead, { path, reason: MSG.emptyFile }));
  const decoded = decodeText(bytes);
  if (decoded === undefined) throw new CliError(compose(MSG.cannotRead, { path, reason: MSG.notText }));
  return decoded;
}
