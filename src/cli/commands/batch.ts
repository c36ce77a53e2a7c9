import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { checkWorkbook, verdictOf } from "../../core/check";
import { fillLocalized, text } from "../../core/i18n";
import { settingsWith } from "../../core/settings";
import { WorkbookReadError } from "../../hosts/file/errors";
import { batchToJson, formatBatch, type BatchEntry, type BatchOutcome } from "../batch-result";
import { CliError, EXIT_ERRORS, EXIT_OK, flag, stringOption, type Command } from "../command";
import { loadWorkbook } from "../input";
import { compose, MSG, say } from "../messages";
import { TOOL } from "../version";

/**
 * `batch <folder>`: every .xlsx of one folder checked, as a finance bureau reviews its
 * departments. One unreadable file is a result with its reason, never the end of the batch.
 */

function jobs(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d*$/.test(raw.trim())) throw new CliError(fillLocalized(MSG.badJobs, { value: raw }));
  return Number(raw.trim());
}

/** The workbooks of the folder (not its subfolders), without Excel's `~$` lock files, by name. */
async function workbooksIn(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? MSG.folderMissing : code === "ENOTDIR" ? MSG.notAFolder : MSG.folderDenied;
    throw new CliError(compose(MSG.cannotReadFolder, { path: folder, reason }));
  }
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$"))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Runs `task` on every item with at most `limit` running at once; results in the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** One file's result, or why it could not be read or checked: never a thrown error. */
async function checkOne(path: string): Promise<BatchOutcome> {
  try {
    const { snapshot } = await loadWorkbook(path);
    return { result: checkWorkbook(snapshot, settingsWith()) };
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      const reason = e.localized;
      return {
        failure: { reason: compose(MSG.unreadable, { reason }), line: compose(MSG.cannotRead, { path, reason }) },
      };
    }
    const message = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    const line = fillLocalized(MSG.internalError, { message });
    return { failure: { reason: line, line } };
  }
}

export const batchCommand: Command = {
  name: "batch",
  args: ["<folder>"],
  options: {
    json: { type: "boolean", help: text("输出机器可读的 JSON（cli.md）", "print machine-readable JSON (cli.md)") },
    jobs: {
      type: "string",
      valueName: "N",
      help: text("同时检查的工作簿数（默认 1）", "how many workbooks to check at once (default 1)"),
    },
  },
  summary: text("检查文件夹中的每个 .xlsx 工作簿，给出合计", "check every .xlsx workbook in a folder, with totals"),
  exitCodes: text(
    "退出码：0 所有工作簿都没有错误（可有警告）；1 至少一个工作簿有错误或无法读取；2 文件夹无法读取或参数有误",
    "Exit codes: 0 no workbook has errors (warnings allowed); 1 at least one workbook has errors or cannot be read; 2 folder unreadable or bad arguments",
  ),
  async run(ctx) {
    const folder = ctx.positionals[0];
    const limit = jobs(stringOption(ctx, "jobs"));
    const names = await workbooksIn(folder);
    if (names.length === 0) ctx.io.stderr(`${say(MSG.noWorkbooks, ctx.lang, { path: folder })}\n`);
    const entries = await mapBounded(names, limit, async (name, i): Promise<BatchEntry> => {
      ctx.io.stderr(`${say(MSG.progress, ctx.lang, { index: i + 1, count: names.length, name })}\n`);
      const path = join(folder, name);
      return { name, path, ...(await checkOne(path)) };
    });
    if (flag(ctx, "json")) ctx.io.stdout(`${JSON.stringify(batchToJson(entries, TOOL, ctx.lang), null, 2)}\n`);
    else ctx.io.stdout(formatBatch(entries, folder, ctx.lang));
    return exitCode(entries);
  },
};

/** 1 when any workbook has an error finding or could not be read: it is not ready to submit. */
function exitCode(entries: BatchEntry[]): number {
  const blocked = entries.some((e) => !("result" in e) || !verdictOf(e.result.findings).ready);
  return blocked ? EXIT_ERRORS : EXIT_OK;
}
