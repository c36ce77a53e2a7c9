import { readFileSync, statSync } from "node:fs";
import { writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { readChineseBuiltinFormats } from "./builtin-formats";
import { WorkbookReadError } from "./errors";
import { snapshotFromBuffer } from "./read";

/** The Node side of the file host: paths to bytes and back. */

readChineseBuiltinFormats();

/** An input file beyond this is no department's workbook (they are a few MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The bytes of a regular file (a symbolic link is followed to one). A pipe or a device would
 * block the read forever, and a folder cannot be read: both are refused before opening.
 */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  try {
    // Synchronous: a workbook is read whole before anything else can happen, and each
    // asynchronous step waits for a round trip through libuv's thread pool (in a batch of
    // a thousand small workbooks, over a second of the main thread idle).
    const info = statSync(path);
    if (!info.isFile()) throw new WorkbookReadError("not-a-file");
    if (info.size > maxBytes) throw new WorkbookReadError("file-too-large");
    const bytes = readFileSync(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (cause) {
    if (cause instanceof WorkbookReadError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", { cause });
  }
}

export async function snapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  return snapshotFromBuffer(await readRegularFile(path));
}

/** Writes bytes to a file, creating its folder. */
export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
