import type { Host } from "../../app/host";
import { layoutTemplate } from "../../core/template-layout";
import { withChineseBuiltinFormats } from "./browser-formats";
import { createFileHost, XLSX_MIME, type StateStore } from "./host";
import { workbookFromLayout } from "./write";

/**
 * The browser side of the file host (the pane outside Office): a workbook from a File the
 * user picked or dropped, and the blank template to download. Loaded on demand: exceljs is
 * large, and the pane's first screen does not need it.
 */

export function openWorkbookFile(file: Blob & { name: string }, store: StateStore): Promise<Host> {
  return file
    .arrayBuffer()
    .then((buffer) =>
      createFileHost(
        { name: file.name, bytes: new Uint8Array(buffer) },
        { store, prepareRead: withChineseBuiltinFormats, explanationsInFile: true },
      ),
    );
}

export async function blankTemplate(): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const bytes = await workbookFromLayout(layoutTemplate({}, "all"));
  return { name: "决算模板.xlsx", mime: XLSX_MIME, bytes };
}
