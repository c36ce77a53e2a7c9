import { access } from "node:fs/promises";
import { fillLocalized, text } from "../../core/i18n";
import { layoutTemplate } from "../../core/template-layout";
import { writeBytes } from "../../hosts/file/node";
import { workbookFromLayout } from "../../hosts/file/write";
import { SAMPLE_NAME, sampleWorkbook } from "../../../samples";
import { CliError, EXIT_OK, flag, type Command, type CommandContext, type OptionSpec } from "../command";
import { MSG, say } from "../messages";

/** `template <out.xlsx>` and `sample <out.xlsx>`: write a workbook, never over a file by accident. */

const FORCE: Record<string, OptionSpec> = {
  force: { type: "boolean", help: text("覆盖已存在的文件", "overwrite an existing file") },
};

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function writeWorkbook(ctx: CommandContext, bytes: () => Promise<Uint8Array>): Promise<string> {
  const path = ctx.positionals[0];
  if (!/\.xlsx$/i.test(path)) throw new CliError(fillLocalized(MSG.notXlsx, { path }));
  if (!flag(ctx, "force") && (await exists(path))) throw new CliError(fillLocalized(MSG.outputExists, { path }));
  const data = await bytes();
  try {
    await writeBytes(path, data);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new CliError(fillLocalized(MSG.cannotWrite, { path, reason }));
  }
  return path;
}

export const templateCommand: Command = {
  name: "template",
  args: ["<out.xlsx>"],
  options: FORCE,
  summary: text("写出空白标准模板", "write the empty standard template"),
  async run(ctx) {
    const path = await writeWorkbook(ctx, () => workbookFromLayout(layoutTemplate({}, "all")));
    ctx.io.stdout(`${say(MSG.wroteTemplate, ctx.lang, { path })}\n`);
    return EXIT_OK;
  },
};

export const sampleCommand: Command = {
  name: "sample",
  args: ["<out.xlsx>"],
  options: FORCE,
  summary: text("写出内置示例工作簿（桃江县科工局 2022）", "write the bundled sample workbook (桃江县科工局 2022)"),
  async run(ctx) {
    const path = await writeWorkbook(ctx, sampleWorkbook);
    ctx.io.stdout(`${say(MSG.wroteSample, ctx.lang, { path, name: SAMPLE_NAME })}\n`);
    return EXIT_OK;
  },
};
