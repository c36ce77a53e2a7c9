import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { fillLocalized, text, type Localized } from "../core/i18n";
import { writeBytes } from "../hosts/file/node";
import { CliError, type OptionSpec } from "./command";
import { MSG } from "./messages";

/** Output files: never over an existing file by accident, never over the input, one line on failure. */

export const FORCE: Record<string, OptionSpec> = {
  force: { type: "boolean", help: text("覆盖已存在的文件", "overwrite an existing file") },
};

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Same file: same path, or (for links and case-insensitive disks) the same inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

export interface OutputTarget {
  path: string;
  /** `--report`: named in messages. */
  option?: string;
  /** `.xlsx`, checked case-insensitively, with its message. */
  extension: { suffix: string; message: Localized };
}

/** Refuses a target before any work is done: wrong extension, the input itself, or an existing file without --force. */
export async function checkTarget(target: OutputTarget, opts: { force: boolean; input?: string }): Promise<void> {
  const { path, option, extension } = target;
  if (!path.toLowerCase().endsWith(extension.suffix)) throw new CliError(fillLocalized(extension.message, { path }));
  if (opts.input !== undefined && (await sameFile(path, opts.input))) {
    throw new CliError(fillLocalized(MSG.outputIsInput, { path, option: option ?? "" }));
  }
  if (!opts.force && (await exists(path))) throw new CliError(fillLocalized(MSG.outputExists, { path }));
}

/** Writes the bytes, creating the folder; a failure is one line with the system's reason. */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeBytes(path, bytes);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new CliError(fillLocalized(MSG.cannotWrite, { path, reason }));
  }
}

export const XLSX = { suffix: ".xlsx", message: MSG.notXlsx };
export const DOCX = { suffix: ".docx", message: MSG.notDocx };
