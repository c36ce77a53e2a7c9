import { toHostError } from "./errors";

/**
 * Every batch of the Excel host goes through here: `delayForCellEdit` waits for the user to
 * leave a cell they are typing in rather than failing, and any failure becomes a HostError.
 */
export async function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (e) {
    throw toHostError(e);
  }
}

/** Whether the running Excel implements an ExcelApi version. */
export function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** Excel on the web limits each request and response to 5 MB; the desktop apps do not. */
export function isExcelOnTheWeb(): boolean {
  return typeof Office !== "undefined" && Office.context.platform === Office.PlatformType.OfficeOnline;
}
