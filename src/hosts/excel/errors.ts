import { text, type Localized } from "../../core/i18n";
import { HostError } from "../../app/host";

/**
 * Excel's RichApi errors as the pane shows them: what happened and what to do, in words. The
 * code stays on the HostError for the folded-away details.
 */

const BY_CODE: Record<string, Localized> = {
  InvalidOperationInCellEditMode: text(
    "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  ),
  AccessDenied: text(
    "工作簿或工作表受保护，无法写入。请撤销保护后重试。",
    "The workbook or sheet is protected and cannot be written. Unprotect it and try again.",
  ),
  ItemAlreadyExists: text(
    "工作表名称已被占用。请重新校验后再生成报告。",
    "The sheet name is already taken. Check again, then write the report.",
  ),
  ItemNotFound: text(
    "要操作的工作表或单元格已不存在（可能被删除或改名）。请重新校验后重试。",
    "The sheet or cells no longer exist (deleted or renamed?). Check again, then retry.",
  ),
  RequestPayloadSizeLimitExceeded: text(
    "一次写入的内容超过了 Excel 的上限。请缩小范围后重试。",
    "Too much was written at once for Excel. Try again with less.",
  ),
  ResponsePayloadSizeLimitExceeded: text(
    "工作表太大，Excel 无法一次返回。请删除无关的行或工作表后重试。",
    "A sheet is too large for Excel to return at once. Remove unrelated rows or sheets and try again.",
  ),
  ActivityLimitReached: text(
    "Excel 暂时繁忙。请稍候片刻再试。",
    "Excel is busy for the moment. Wait a little and try again.",
  ),
  InvalidOperation: text(
    "Excel 不允许此操作（工作表可能受保护或处于共享编辑状态）。请检查后重试。",
    "Excel does not allow this now (the sheet may be protected or shared). Check and try again.",
  ),
  InsertDeleteConflict: text(
    "其他用户正在修改同一区域。请稍后重试。",
    "Someone else is changing the same area. Try again in a moment.",
  ),
};

const UNKNOWN = text(
  "Excel 未能完成操作。请保存工作簿后重试；若仍失败，请重新打开工作簿。",
  "Excel could not complete the action. Save the workbook and try again; if it still fails, reopen it.",
);

/** What the add-in itself finds wrong or missing, as opposed to Excel's error codes. */
export const HOST_MESSAGES = {
  incomplete: text(
    "Excel 返回的工作表“{sheet}”数据不完整，未作为空表处理。请重试；若仍失败，请减少该表的行数。",
    "Excel returned incomplete data for the sheet {sheet}; it was not taken as empty. Try again; if it fails again, reduce that sheet's rows.",
  ),
  notOneCell: text(
    "请先选中一个单元格，再插入摘要（当前选中了 {count} 个单元格）。",
    "Select a single cell before inserting the summary ({count} cells are selected now).",
  ),
  hiddenSheet: text(
    "工作表“{sheet}”已隐藏，无法定位。请右键工作表标签 › 取消隐藏，再点地址。",
    "The sheet {sheet} is hidden and cannot be shown. Right-click a sheet tab › Unhide, then select the address again.",
  ),
  marksUnsupported: text(
    "此版本的 Excel 不支持标记单元格（需要 ExcelApi 1.14：Microsoft 365 或 Excel 网页版）。",
    "This Excel cannot mark cells (it needs ExcelApi 1.14: Microsoft 365 or Excel on the web).",
  ),
} as const;

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Any failure inside Excel.run as a HostError; a HostError passes unchanged. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  const error = new HostError((code && BY_CODE[code]) || UNKNOWN, code ?? (e instanceof Error ? e.name : undefined));
  // Kept for the folded-away details and for debugging; never shown as the message.
  (error as { cause?: unknown }).cause = e;
  return error;
}
