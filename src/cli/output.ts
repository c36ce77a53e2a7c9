import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fillLocalized, text, type Localized } from "../core/i18n";
import { writeBytes } from "../hosts/file/node";
import { CliError, type OptionSpec } from "./command";
import { compose, MSG } from "./messages";

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
  const blocker = await fileInTheWay(path);
  if (blocker) throw new CliError(fillLocalized(MSG.parentIsFile, { path, parent: blocker }));
}

/** The nearest existing folder above `path`, when it is a file rather than a folder. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The system's reasons for a failed write, said plainly. */
const WRITE_REASONS: Record<string, Localized> = {
  EEXIST: text("路径中有同名文件挡住了文件夹", "a file stands where a folder is needed"),
  ENOTDIR: text("路径中有同名文件挡住了文件夹", "a file stands where a folder is needed"),
  ENOENT: text("文件夹不存在且无法创建", "the folder does not exist and cannot be created"),
  EACCES: text("没有写入权限", "no permission to write there"),
  EPERM: text("没有写入权限", "no permission to write there"),
  EISDIR: text("这是一个文件夹", "it is a folder"),
  ENOSPC: text("磁盘空间不足", "the disk is full"),
  EROFS: text("磁盘是只读的", "the disk is read-only"),
};

/** Writes the bytes, creating the folder; a failure is one line with the system's reason. */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeBytes(path, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const known = WRITE_REASONS[code];
    const reason = known ?? text(code || String(e), code || String(e));
    throw new CliError(compose(MSG.cannotWrite, { path, reason }));
  }
}

export const XLSX = { suffix: ".xlsx", message: MSG.notXlsx };
export const DOCX = { suffix: ".docx", message: MSG.notDocx };
