import { WorkbookReadError } from "../../hosts/file/errors";
import { readRegularFile } from "../../hosts/file/node";
import { verdictOf } from "../../core/check";
import { analyse } from "../../app/pipeline";
import { fillLocalized, text } from "../../core/i18n";
import { Decimal } from "../../core/money";
import type { CheckResult } from "../../core/result";
import { loadProfile, ProfileError, type Profile } from "../../core/scoring";
import { settingsWith } from "../../core/settings";
import { CliError, EXIT_ERRORS, EXIT_OK, flag, stringOption, type Command, type CommandContext } from "../command";
import { readWorkbookInput, type WorkbookInput } from "../input";
import { checkToJson } from "../json";
import { compose, MSG, NOT_COPIED_LABEL, say } from "../messages";
import { notCopied } from "../carry-over";
import { checkTarget, DOCX, writeOutput, XLSX } from "../output";
import { withExplanations } from "../explanations";
import { formatSummary } from "../summary";
import { TOOL } from "../version";

/**
 * `check <workbook.xlsx>`: read, check, print the summary or the JSON; with --report/--docx
 * also write the report. Exit 1 on any error finding.
 */

/** A scoring profile is a few kilobytes. */
const MAX_PROFILE_BYTES = 1024 * 1024;

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
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, MAX_PROFILE_BYTES);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    throw new CliError(compose(MSG.cannotRead, { path, reason: e.localized }));
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    throw new CliError(compose(MSG.cannotRead, { path, reason: text("不是有效的 JSON", "not valid JSON") }));
  }
  try {
    return loadProfile(json);
  } catch (e) {
    if (e instanceof ProfileError) throw new CliError(text(e.messageIn("zh-CN"), e.messageIn("en-US")));
    throw e;
  }
}

interface ReportTargets {
  report?: string;
  docx?: string;
}

/** What the user chose for the report: --flagged and --omit-todo, checked before any work. */
function reportChoices(ctx: CommandContext): { flaggedMaterial?: "hold" | "mark"; omitTodo: boolean } {
  const flagged = stringOption(ctx, "flagged");
  if (flagged !== undefined && flagged !== "hold" && flagged !== "mark") {
    throw new CliError(
      text(
        `--flagged 只能是 hold（移出，列入待补充清单）或 mark（照印并标注【待核实】），不能是 ${flagged}`,
        `--flagged takes hold (leave out, list in the to-do list) or mark (print, marked for review), not ${flagged}`,
      ),
    );
  }
  return { flaggedMaterial: flagged, omitTodo: flag(ctx, "omit-todo") };
}

/** --report and --docx, refused before any work when they cannot be written. */
async function reportTargets(ctx: CommandContext, input: string): Promise<ReportTargets> {
  const report = stringOption(ctx, "report");
  const docx = stringOption(ctx, "docx");
  const opts = { force: flag(ctx, "force"), input };
  if (report !== undefined) await checkTarget({ path: report, option: "--report", extension: XLSX }, opts);
  if (docx !== undefined) await checkTarget({ path: docx, option: "--docx", extension: DOCX }, opts);
  return { report, docx };
}

interface Written {
  /** One line per file written. */
  files: string[];
  /** The report's summary paragraph. */
  summary: string;
}

/** Composes the report once and writes the files asked for. */
async function writeReports(
  ctx: CommandContext,
  result: CheckResult,
  input: string,
  workbook: WorkbookInput,
  targets: ReportTargets,
  choices: { profile?: Profile; flaggedMaterial?: "hold" | "mark"; omitTodo: boolean },
): Promise<Written> {
  // Loaded only when a report is asked for: the report writers (Word, chart images, fonts)
  // are most of the start-up of a plain check and of every batch worker.
  const [{ composeOutputs }, { chartImages, reportSheetPlan }, { reportDocx }, { chartPng }, { createFileHost }] =
    await Promise.all([
      import("../../app/pipeline"),
      import("../../app/outputs"),
      import("../../app/docx"),
      import("../../hosts/file/charts/png"),
      import("../../hosts/file/host"),
    ]);
  const report = composeOutputs(
    result,
    workbook.snapshot.sheets.map((s) => s.name),
    ctx.lang,
    choices,
  );
  const images = await chartImages(report, chartPng);
  const files: string[] = [];
  if (targets.report !== undefined) {
    const lost = notCopied(workbook.bytes);
    if (lost.length > 0) {
      const what = lost.map((k) => NOT_COPIED_LABEL[k][ctx.lang]).join(ctx.lang === "zh-CN" ? "、" : ", ");
      ctx.io.stderr(`${say(MSG.notCopied, ctx.lang, { what, path: targets.report, input })}\n`);
    }
    const host = createFileHost({ name: input, bytes: workbook.bytes });
    const applied = await host.apply(reportSheetPlan(host, report, images));
    await writeOutput(targets.report, applied.files![0].bytes);
    files.push(say(MSG.wroteReport, ctx.lang, { path: targets.report, sheet: report.layout.sheetName }));
  }
  if (targets.docx !== undefined) {
    await writeOutput(targets.docx, await reportDocx(report, images, new Date()));
    files.push(say(MSG.wroteDocx, ctx.lang, { path: targets.docx }));
  }
  return { files, summary: report.doc.summary.text };
}

export const checkCommand: Command = {
  name: "check",
  args: ["<workbook.xlsx>"],
  options: {
    json: { type: "boolean", help: text("输出机器可读的 JSON（cli.md）", "print machine-readable JSON (cli.md)") },
    report: {
      type: "string",
      valueName: "out.xlsx",
      help: text(
        "另存一份加了“绩效评价报告”工作表的工作簿副本（原文件不改动）",
        "write a copy of the workbook with the 绩效评价报告 sheet added (the input is not changed)",
      ),
    },
    docx: {
      type: "string",
      valueName: "out.docx",
      help: text("把同一份报告写成 Word 文档", "write the same report as a Word document"),
    },
    profile: {
      type: "string",
      valueName: "profile.json",
      help: text(
        "评分方案 JSON 文件（默认：部门整体支出共性指标）",
        "scoring profile JSON file (default: the common indicators)",
      ),
    },
    tolerance: {
      type: "string",
      valueName: "n",
      help: text(
        "尾差容差，按工作簿金额单位（默认 0.01 万元）",
        "rounding tolerance in the workbook's unit (default: 0.01 of the coarser unit of the figures compared, 100 yuan when either is in ten-thousands)",
      ),
    },
    flagged: {
      type: "string",
      valueName: "hold|mark",
      help: text(
        "报告素材中文字校验有问题的段落：hold 不写入正文、列入待补充清单（默认）；mark 照印并标注【待核实】",
        "paragraphs of the report material sheet with a text-check finding: hold leaves them out and lists them for follow-up (default); mark prints them marked for review",
      ),
    },
    "omit-todo": {
      type: "boolean",
      help: text(
        "Word 报告不附待补充清单（报告工作表仍有）",
        "leave the to-do appendix out of the Word report (the report sheet keeps it)",
      ),
    },
    force: {
      type: "boolean",
      help: text(
        "覆盖已存在的 --report/--docx 文件（输入文件永远不会被覆盖）",
        "overwrite existing --report/--docx files (never the input)",
      ),
    },
  },
  summary: text(
    "检查决算工作簿：问题、指标和自评得分；可另写出报告",
    "check a final-accounts workbook: findings, indicators and score; optionally write the report",
  ),
  async run(ctx) {
    const input = ctx.positionals[0];
    const settings = settingsWith({ tolerance: tolerance(ctx) });
    const targets = await reportTargets(ctx, input);
    const choices = reportChoices(ctx);
    const scoring = await profile(ctx);
    const workbook = await readWorkbookInput(input);
    const result = withExplanations(analyse(workbook.snapshot, { settings, profile: scoring }), workbook.snapshot);
    const written =
      targets.report !== undefined || targets.docx !== undefined
        ? await writeReports(ctx, result, input, workbook, targets, { ...choices, profile: scoring })
        : undefined;
    if (flag(ctx, "json")) {
      ctx.io.stdout(`${JSON.stringify(checkToJson(result, TOOL, input, ctx.lang), null, 2)}\n`);
      // stdout stays one JSON document; what was written is said on stderr.
      if (written) ctx.io.stderr(`${written.files.join("\n")}\n`);
    } else {
      ctx.io.stdout(formatSummary(result, input, ctx.lang, settings.thresholds));
      if (written) {
        const summary = [say(MSG.summaryHeading, ctx.lang), `  ${written.summary}`];
        ctx.io.stdout(`${["", ...written.files, "", ...summary].join("\n")}\n`);
      }
    }
    return verdictOf(result.findings).ready ? EXIT_OK : EXIT_ERRORS;
  },
};
