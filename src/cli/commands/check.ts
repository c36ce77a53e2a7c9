import { readFile } from "node:fs/promises";
import { checkWorkbook } from "../../core/check";
import { countBySeverity } from "../../core/findings";
import { fillLocalized, text } from "../../core/i18n";
import { Decimal } from "../../core/money";
import type { CheckResult } from "../../core/result";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { loadProfile, ProfileError, scoreIndicators, type Profile } from "../../core/scoring";
import { settingsWith, type CheckSettings } from "../../core/settings";
import { snapshotFromFile } from "../../hosts/file/node";
import { WorkbookReadError } from "../../hosts/file/errors";
import { CliError, EXIT_ERRORS, EXIT_OK, flag, stringOption, type Command, type CommandContext } from "../command";
import { checkToJson } from "../json";
import { compose, MSG } from "../messages";
import { formatSummary } from "../summary";
import { TOOL } from "../version";

/** `check <workbook.xlsx>`: read, check, print the summary or the JSON; exit 1 on any error finding. */

function tolerance(ctx: CommandContext): Decimal | undefined {
  const raw = stringOption(ctx, "tolerance");
  if (raw === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(raw.trim())) throw new CliError(fillLocalized(MSG.badTolerance, { value: raw }));
  return new Decimal(raw.trim());
}

/** The scoring profile of --profile; without it the check scores with the default profile. */
async function profile(ctx: CommandContext): Promise<Profile | undefined> {
  const path = stringOption(ctx, "profile");
  if (path === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? text("文件不存在", "the file does not exist") : text("不是有效的 JSON", "not valid JSON");
    throw new CliError(compose(MSG.cannotRead, { path, reason }));
  }
  try {
    return loadProfile(json);
  } catch (e) {
    if (e instanceof ProfileError) throw new CliError(text(e.messageIn("zh-CN"), e.messageIn("en-US")));
    throw e;
  }
}

async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  try {
    return await snapshotFromFile(path);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    throw new CliError(compose(MSG.cannotRead, { path, reason: e.localized }));
  }
}

export async function runCheck(ctx: CommandContext, settings: CheckSettings): Promise<CheckResult> {
  const scoring = await profile(ctx);
  const snapshot = await readWorkbookFile(ctx.positionals[0]);
  const result = checkWorkbook(snapshot, settings);
  return scoring ? { ...result, score: scoreIndicators(result.model, result.indicators, scoring) } : result;
}

export const checkCommand: Command = {
  name: "check",
  args: ["<workbook.xlsx>"],
  options: {
    json: { type: "boolean", help: text("输出机器可读的 JSON（cli.md）", "print machine-readable JSON (cli.md)") },
    tolerance: {
      type: "string",
      valueName: "n",
      help: text(
        "尾差容差，按工作簿金额单位（默认 0.01 万元）",
        "rounding tolerance in the workbook's unit (default 0.01 万元)",
      ),
    },
    profile: {
      type: "string",
      valueName: "profile.json",
      help: text(
        "评分方案 JSON 文件（默认：部门整体支出共性指标）",
        "scoring profile JSON file (default: the common indicators)",
      ),
    },
  },
  summary: text(
    "检查决算工作簿：问题、指标和自评得分",
    "check a final-accounts workbook: findings, indicators and score",
  ),
  async run(ctx) {
    const input = ctx.positionals[0];
    const settings = settingsWith({ tolerance: tolerance(ctx) });
    const result = await runCheck(ctx, settings);
    if (flag(ctx, "json")) ctx.io.stdout(`${JSON.stringify(checkToJson(result, TOOL, input, ctx.lang), null, 2)}\n`);
    else ctx.io.stdout(formatSummary(result, input, ctx.lang, settings.thresholds));
    return countBySeverity(result.findings).error > 0 ? EXIT_ERRORS : EXIT_OK;
  },
};
