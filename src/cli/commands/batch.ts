import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { verdictOf } from "../../core/check";
import { fillLocalized, text } from "../../core/i18n";
import { checkOne, type CheckRequest } from "../batch-check";
import { batchToJson, formatBatch, type BatchEntry, type BatchOutcome } from "../batch-result";
import { checkInWorkers } from "../batch-workers";
import { CliError, EXIT_ERRORS, EXIT_OK, flag, stringOption, type Command } from "../command";
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

/** One workbook after the other, in this thread (--jobs 1: no thread to start). */
async function inThisThread(requests: readonly CheckRequest[], started: (i: number) => void): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const [i, request] of requests.entries()) {
    started(i);
    outcomes.push(await checkOne(request));
  }
  return outcomes;
}

export const batchCommand: Command = {
  name: "batch",
  args: ["<folder>"],
  options: {
    json: { type: "boolean", help: text("输出机器可读的 JSON（cli.md）", "print machine-readable JSON (cli.md)") },
    jobs: {
      type: "string",
      valueName: "N",
      help: text(
        "同时检查的工作簿数，各用一个线程（默认 1）",
        "how many workbooks to check at once, each in its own thread (default 1)",
      ),
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
    const requests = names.map((name) => ({ path: join(folder, name), lang: ctx.lang, json: flag(ctx, "json") }));
    const started = (i: number): void =>
      ctx.io.stderr(`${say(MSG.progress, ctx.lang, { index: i + 1, count: names.length, name: names[i] })}\n`);
    const outcomes = limit > 1 ? await checkInWorkers(requests, limit, started) : await inThisThread(requests, started);
    const entries = outcomes.map((o, i): BatchEntry => ({ name: names[i], path: requests[i].path, ...o }));
    if (flag(ctx, "json")) ctx.io.stdout(`${JSON.stringify(batchToJson(entries, TOOL, ctx.lang), null, 2)}\n`);
    else ctx.io.stdout(formatBatch(entries, folder, ctx.lang));
    return exitCode(entries);
  },
};

/** 1 when any workbook has an error finding or could not be read: it is not ready to submit. */
function exitCode(entries: BatchEntry[]): number {
  const blocked = entries.some((e) => !("checked" in e) || !verdictOf(e.checked.findings).ready);
  return blocked ? EXIT_ERRORS : EXIT_OK;
}
