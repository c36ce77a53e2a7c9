import { fill, text, type Lang, type Localized } from "../core/i18n";
import type { Severity } from "../core/findings";

/** Every string the command line prints, zh-CN first and en-US second. */
export const MSG = {
  toolTitle: text("绩效自评助手", "Performance self-evaluation assistant"),
  usageHeading: text("用法：", "Usage:"),
  optionsHeading: text("选项：", "Options:"),
  exitCodes: text(
    "退出码：0 无错误（可有警告）；1 至少一个错误；2 无法读取输入或参数有误",
    "Exit codes: 0 no errors (warnings allowed); 1 at least one error; 2 input unreadable or bad arguments",
  ),
  helpOption: text("显示帮助", "show this help"),
  versionOption: text("显示版本号", "show the version"),
  langOption: text("输出语言：zh-CN（默认）或 en-US", "output language: zh-CN (default) or en-US"),
  commandHelp: text("查看某个命令的选项：{bin} <命令> --help", "Options of one command: {bin} <command> --help"),

  missingCommand: text("缺少命令；用法见 {bin} --help", "no command given; see {bin} --help"),
  unknownCommand: text("未知命令 “{name}”；用法见 {bin} --help", "unknown command '{name}'; see {bin} --help"),
  unknownOption: text(
    "未知选项 {option}；用法见 {bin} {command} --help",
    "unknown option {option}; see {bin} {command} --help",
  ),
  missingValue: text("选项 {option} 需要一个值", "option {option} needs a value"),
  badArguments: text("参数有误：{detail}", "bad arguments: {detail}"),
  missingPositional: text("缺少参数 {name}；用法：{usage}", "missing argument {name}; usage: {usage}"),
  extraPositional: text("多余的参数 “{value}”；用法：{usage}", "unexpected argument '{value}'; usage: {usage}"),
  badLang: text("--lang 只能是 zh-CN 或 en-US，而不是 “{value}”", "--lang must be zh-CN or en-US, not '{value}'"),
  badTolerance: text(
    "--tolerance 应为非负数（如 0.01），而不是 “{value}”",
    "--tolerance must be a non-negative number (e.g. 0.01), not '{value}'",
  ),
  notXlsx: text("输出文件应以 .xlsx 结尾：{path}", "the output file must end in .xlsx: {path}"),
  outputExists: text("{path} 已存在；加 --force 覆盖", "{path} already exists; add --force to overwrite it"),
  cannotRead: text("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
  parentIsFile: text(
    "无法写入 {path}：{parent} 是文件，不是文件夹",
    "cannot write {path}: {parent} is a file, not a folder",
  ),
  cannotWrite: text("无法写入 {path}：{reason}", "cannot write {path}: {reason}"),
  internalError: text("内部错误：{message}", "internal error: {message}"),

  notDocx: text("输出文件应以 .docx 结尾：{path}", "the output file must end in .docx: {path}"),
  outputIsInput: text(
    "{option} 的输出文件不能是输入文件本身：{path}",
    "the {option} output must not be the input file itself: {path}",
  ),
  badJobs: text(
    "--jobs 应为正整数（如 2），而不是 “{value}”",
    "--jobs must be a positive whole number (e.g. 2), not '{value}'",
  ),
  cannotReadFolder: text("无法读取文件夹 {path}：{reason}", "cannot read the folder {path}: {reason}"),
  folderMissing: text("文件夹不存在", "it does not exist"),
  notAFolder: text("不是文件夹", "it is not a folder"),
  folderDenied: text("没有读取权限", "permission denied"),
  notText: text(
    "不是纯文本文件（Word 文档请先另存为 .txt）",
    "not a plain text file (save a Word document as .txt first)",
  ),
  emptyFile: text("文件是空的（0 字节）", "the file is empty (0 bytes)"),

  wroteTemplate: text("已写出空白标准模板：{path}", "Wrote the empty standard template: {path}"),
  wroteSample: text("已写出示例工作簿（{name}）：{path}", "Wrote the sample workbook ({name}): {path}"),

  headline: text("{name} {year}年度 · {path}（金额单位：{unit}）", "{name} {year} · {path} (amounts in {unit})"),
  headlineNoYear: text(
    "{name}（年度未填） · {path}（金额单位：{unit}）",
    "{name} (no 年度) · {path} (amounts in {unit})",
  ),
  unknownName: text("（未填单位名称）", "(no 单位名称)"),
  /** `BAL-EXP：reason` in the list of checks not run. */
  skippedLine: text("{rule}：{reason}", "{rule}: {reason}"),
  counts: text("错误 {error} · 警告 {warning} · 提示 {info}", "errors {error} · warnings {warning} · notes {info}"),
  verdict: text("{counts} —— {verdict}", "{counts} — {verdict}"),
  ready: text("可以提交", "ready to submit"),
  needsFix: text("需修改：{error} 个错误须在提交前改正", "needs changes: fix {error} error(s) before submitting"),
  uncalculated: text(
    "无法读取数字：{count} 个公式单元格没有计算结果，请先在 Excel 中打开并保存工作簿，再校验",
    "figures could not be read: {count} formula cell(s) have no calculated value; open and save the workbook in Excel first, then check again",
  ),
  findingsHeading: text("发现的问题（按工作表）", "Findings by sheet"),
  noFindings: text("没有发现问题。", "No findings."),
  workbookGroup: text("整个工作簿", "Workbook"),
  suggestion: text("建议：", "Suggestion: "),
  cells: text("单元格：", "Cells: "),
  explained: text("已说明（{date}）：{reason}", "Explained ({date}): {reason}"),
  explainedCount: text("已说明 {count}", "explained {count}"),
  skippedHeading: text("未运行的校验（{count}）", "Checks not run ({count})"),
  indicatorsHeading: text("指标", "Indicators"),
  cannotCompute: text("无法计算", "cannot compute"),
  scoreHeading: text("自评得分", "Self-evaluation score"),

  wroteReport: text(
    "已写出报告工作簿（新增工作表 “{sheet}”，原文件未改动）：{path}",
    "Wrote the report workbook (new sheet '{sheet}'; the original is unchanged): {path}",
  ),
  wroteDocx: text("已写出 Word 报告：{path}", "Wrote the Word report: {path}"),
  summaryHeading: text("报告摘要：", "Report summary:"),
  notCopied: text(
    "注意：原工作簿中的{what}无法复制，{path} 中将没有这些内容；原文件 {input} 未作任何改动",
    "note: the original workbook's {what} cannot be copied and will be missing from {path}; the original {input} is not changed",
  ),

  textHeadline: text("文数一致检查 · {path}（{paragraphs} 段）", "Text check · {path} ({paragraphs} paragraphs)"),
  textWithWorkbook: text("文中数字已与工作簿 {path} 核对", "figures compared with the workbook {path}"),
  textFindingsHeading: text("发现的问题（按段落）", "Findings by paragraph"),
  textWhere: text("第 {paragraph} 段第 {char} 字", "paragraph {paragraph}, character {char}"),
  quote: text("原文：", "Text: "),
  figures: text("应为 {expected}，实为 {actual}", "expected {expected}, stated {actual}"),
  difference: text("，相差 {difference}", ", difference {difference}"),
  tolerance: text("（容差 {tolerance}）", " (tolerance {tolerance})"),

  progress: text("[{index}/{count}] {name}", "[{index}/{count}] {name}"),
  batchHeadline: text("批量检查 · {path}（{count} 个工作簿）", "Batch check · {path} ({count} workbook(s))"),
  noWorkbooks: text("文件夹 {path} 中没有 .xlsx 工作簿", "no .xlsx workbooks in the folder {path}"),
  unreadable: text("无法读取：{reason}", "cannot read: {reason}"),
  totals: text(
    "合计：{files} 个工作簿，可以提交 {ready}，需修改 {needsChanges}，无法读取 {unreadable}；{counts}",
    "Total: {files} workbook(s), {ready} ready to submit, {needsChanges} need changes, {unreadable} unreadable; {counts}",
  ),
};

/** What exceljs cannot carry into the copy of `check --report` (cli/carry-over.ts). */
export const NOT_COPIED_LABEL = {
  charts: text("图表", "charts"),
  pivotTables: text("数据透视表", "pivot tables"),
  slicers: text("切片器或日程表", "slicers or timelines"),
  macros: text("宏（VBA）", "macros (VBA)"),
  externalLinks: text("外部链接", "external links"),
  connections: text("数据连接或查询", "data connections or queries"),
  shapes: text("形状、文本框或 SmartArt", "shapes, text boxes or SmartArt"),
  controls: text("表单控件或 ActiveX 控件", "form or ActiveX controls"),
  embeddings: text("嵌入的对象", "embedded objects"),
} satisfies Record<string, Localized>;

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: text("错误", "error"),
  warning: text("警告", "warning"),
  info: text("提示", "note"),
};

/** A message in one language with its `{placeholders}` filled. */
export function say(message: Localized, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(message[lang], params);
}

/** A message whose parameters may themselves be localized (a reason), in both languages. */
export function compose(message: Localized, params: Record<string, string | number | Localized>): Localized {
  const inLang = (lang: Lang) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]));
  return { "zh-CN": fill(message["zh-CN"], inLang("zh-CN")), "en-US": fill(message["en-US"], inLang("en-US")) };
}
