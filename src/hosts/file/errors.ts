import { text, type Localized } from "../../core/i18n";

/** Why a file could not be read as a workbook at all (the command line exits 2 on these). */
export type WorkbookReadErrorKind =
  | "missing"
  | "unreadable"
  | "not-a-file"
  | "empty"
  | "not-a-workbook"
  | "encrypted-or-xls"
  | "no-sheets"
  | "too-large"
  | "file-too-large";

const MESSAGES: Record<WorkbookReadErrorKind, Localized> = {
  missing: text("文件不存在", "the file does not exist"),
  unreadable: text("文件无法读取（没有读取权限）", "the file cannot be read (no permission)"),
  empty: text("文件是空的（0 字节）", "the file is empty (0 bytes)"),
  "not-a-workbook": text("不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)"),
  "encrypted-or-xls": text(
    "文件已加密或为旧版 .xls，请另存为 .xlsx",
    "the file is encrypted or an old .xls; save it as .xlsx",
  ),
  "no-sheets": text("工作簿中没有工作表", "the workbook has no worksheets"),
  "not-a-file": text(
    "不是普通文件（是文件夹、管道或设备），未读取",
    "not a regular file (a folder, pipe or device); it was not read",
  ),
  "file-too-large": text(
    "文件过大，远超任何部门决算工作簿或报告文本，未读取",
    "the file is far larger than any final-accounts workbook or report text; it was not read",
  ),
  "too-large": text(
    "工作簿解压后超过 200 MB，远超任何部门决算工作簿，疑为压缩炸弹，未读取",
    "the workbook would inflate to more than 200 MB, far beyond any final-accounts workbook (a zip bomb?); it was not read",
  ),
};

/** An input that is not a readable workbook; `message` is the zh-CN line, `localized` has both. */
export class WorkbookReadError extends Error {
  readonly kind: WorkbookReadErrorKind;
  readonly localized: Localized;

  constructor(kind: WorkbookReadErrorKind, options?: { cause?: unknown }) {
    const localized = MESSAGES[kind];
    super(localized["zh-CN"]);
    this.name = "WorkbookReadError";
    this.kind = kind;
    this.localized = localized;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
