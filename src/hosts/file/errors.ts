import { text, type Localized } from "../../core/i18n";

/** Why a file could not be read as a workbook at all (the command line exits 2 on these). */
export type WorkbookReadErrorKind =
  "missing" | "unreadable" | "empty" | "not-a-workbook" | "encrypted-or-xls" | "no-sheets";

const MESSAGES: Record<WorkbookReadErrorKind, Localized> = {
  missing: text("文件不存在", "the file does not exist"),
  unreadable: text(
    "文件无法读取（不是普通文件或没有读取权限）",
    "the file cannot be read (not a regular file, or no permission)",
  ),
  empty: text("文件是空的（0 字节）", "the file is empty (0 bytes)"),
  "not-a-workbook": text("不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)"),
  "encrypted-or-xls": text(
    "文件已加密或为旧版 .xls，请另存为 .xlsx",
    "the file is encrypted or an old .xls; save it as .xlsx",
  ),
  "no-sheets": text("工作簿中没有工作表", "the workbook has no worksheets"),
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
