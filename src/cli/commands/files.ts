import { text } from "../../core/i18n";
import { layoutTemplate } from "../../core/template-layout";
import { workbookFromLayout } from "../../hosts/file/write";
import { SAMPLE_NAME, sampleWorkbook } from "../../../samples";
import { EXIT_OK, flag, type Command, type CommandContext } from "../command";
import { MSG, say } from "../messages";
import { checkTarget, FORCE, writeOutput, XLSX } from "../output";

/** `template <out.xlsx>` and `sample <out.xlsx>`: write a workbook, never over a file by accident. */

async function writeWorkbook(ctx: CommandContext, bytes: () => Promise<Uint8Array>): Promise<string> {
  const path = ctx.positionals[0];
  await checkTarget({ path, extension: XLSX }, { force: flag(ctx, "force") });
  await writeOutput(path, await bytes());
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
