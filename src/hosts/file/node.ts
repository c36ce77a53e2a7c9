import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { readChineseBuiltinFormats } from "./builtin-formats";
import { WorkbookReadError } from "./errors";
import { snapshotFromBuffer } from "./read";

/** The Node side of the file host: paths to bytes and back. */

readChineseBuiltinFormats();

export async function snapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", { cause });
  }
  return snapshotFromBuffer(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Writes bytes to a file, creating its folder. */
export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
