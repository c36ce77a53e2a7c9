import type { AddinState, ApplyResult, Host } from "../app/host";
import { createExcelHost } from "../hosts/excel";
import { browserStore } from "../hosts/file/browser-store";
import type { RunMode } from "./office-host";

/**
 * The one place the pane gets its Host. Inside Excel: the Excel host of the open workbook.
 * As a plain page: the file host, over a file the user opens. Nothing else in the pane names
 * a host; it works through `Host` and the capabilities each host declares.
 */

export type DownloadFile = NonNullable<ApplyResult["files"]>[number];

export interface PaneHosts {
  mode: RunMode;
  /** The open workbook's host (Excel); none in browser mode until a file is opened. */
  host?: Host;
  /** Browser mode: a host over a picked or dropped file. */
  openFile?(file: File): Promise<Host>;
  /** Browser mode: the empty template, offered when a workbook has none of its sheets. */
  blankTemplate?(): Promise<DownloadFile>;
  /** The add-in's state before (or without) a workbook: settings, 已说明 reasons. */
  loadState(): Promise<AddinState>;
  saveState(state: AddinState): Promise<void>;
}

function browserHosts(): PaneHosts {
  const store = browserStore();
  return {
    mode: "browser",
    async openFile(file) {
      const { openWorkbookFile } = await import(/* webpackChunkName: "file-host" */ "../hosts/file/browser");
      return openWorkbookFile(file, store);
    },
    async blankTemplate() {
      const { blankTemplate } = await import(/* webpackChunkName: "file-host" */ "../hosts/file/browser");
      return blankTemplate();
    },
    loadState: async () => store.load(),
    saveState: async (state) => store.save(state),
  };
}

/** Inside Excel the state lives in the open workbook, from the first screen on. */
function excelHosts(): PaneHosts {
  const host = createExcelHost();
  return {
    mode: "excel",
    host,
    loadState: () => host.loadState(),
    saveState: (state) => host.saveState(state),
  };
}

export function chooseHosts(mode: RunMode): PaneHosts {
  return mode === "excel" ? excelHosts() : browserHosts();
}
