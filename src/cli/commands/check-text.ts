import { countBySeverity } from "../../core/findings";
import { text } from "../../core/i18n";
import { readWorkbook } from "../../core/reader";
import { checkText, textTooLong } from "../../core/text";
import { CliError, EXIT_ERRORS, EXIT_OK, flag, stringOption, type Command } from "../command";
import { readTextInput, readWorkbookInput } from "../input";
import { asFinding, textCheckToJson } from "../json";
import { formatTextSummary } from "../text-summary";
import { TOOL } from "../version";

/**
 * `check-text <report.txt>`: the text check (文数一致) of a narrative report, with the
 * workbook's figures when --workbook is given. Exit 1 on any error finding.
 */
export const checkTextCommand: Command = {
  name: "check-text",
  args: ["<report.txt>"],
  options: {
    workbook: {
      type: "string",
      valueName: "workbook.xlsx",
      help: text("同时把文中数字与该工作簿核对", "also compare the text's figures with this workbook"),
    },
    json: { type: "boolean", help: text("输出机器可读的 JSON（cli.md）", "print machine-readable JSON (cli.md)") },
  },
  summary: text(
    "检查报告文字（.txt，UTF-8 或 GBK）：文数一致",
    "check a report's text (.txt, UTF-8 or GBK): do its figures agree",
  ),
  async run(ctx) {
    const input = ctx.positionals[0];
    const workbookPath = stringOption(ctx, "workbook");
    const content = await readTextInput(input);
    const tooLong = textTooLong(content);
    if (tooLong) throw new CliError(text(`${input}：${tooLong["zh-CN"]}`, `${input}: ${tooLong["en-US"]}`));
    const model =
      workbookPath === undefined ? undefined : readWorkbook((await readWorkbookInput(workbookPath)).snapshot).model;
    const result = checkText(content, { model });
    if (flag(ctx, "json"))
      ctx.io.stdout(`${JSON.stringify(textCheckToJson(result, TOOL, input, ctx.lang), null, 2)}\n`);
    else ctx.io.stdout(formatTextSummary(result, input, workbookPath, ctx.lang));
    return countBySeverity(result.findings.map(asFinding)).error > 0 ? EXIT_ERRORS : EXIT_OK;
  },
};
