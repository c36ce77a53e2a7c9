import { EMPTY_STATE, type AddinState, type Host } from "../../app/host";
import { layoutTemplate } from "../../core/template-layout";
import { withChineseBuiltinFormats } from "./browser-formats";
import { createFileHost, XLSX_MIME, type StateStore } from "./host";
import { workbookFromLayout } from "./write";

/**
 * The browser side of the file host (the pane outside Office): a workbook from a File the
 * user picked or dropped. Settings persist in the browser's storage; 已说明 reasons stay with
 * the page, since the file itself is never written back.
 */

const SETTINGS_KEY = "jixiao-ziping.settings";

function browserStore(storage: Storage | undefined): StateStore {
  let explanations: AddinState["explanations"] = [];
  return {
    load() {
      let settings = EMPTY_STATE.settings;
      try {
        const raw = storage?.getItem(SETTINGS_KEY);
        if (raw) settings = JSON.parse(raw) as AddinState["settings"];
      } catch {
        // Storage off or unreadable: start from the defaults rather than fail.
      }
      return { settings, explanations, markIds: [] };
    },
    save(state) {
      explanations = state.explanations;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(state.settings));
      } catch {
        // Storage full or off: the settings hold for this page only.
      }
    },
  };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The browser mode's files: the settings shared by every file opened, and the blank template. */
export interface BrowserFiles {
  store: StateStore;
  open(file: Blob & { name: string }): Promise<Host>;
  blankTemplate(): Promise<{ name: string; mime: string; bytes: Uint8Array }>;
}

export function browserFiles(storageArea: Storage | undefined = storage()): BrowserFiles {
  const store = browserStore(storageArea);
  return {
    store,
    async open(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return createFileHost({ name: file.name, bytes }, { store, prepareRead: withChineseBuiltinFormats });
    },
    async blankTemplate() {
      const bytes = await workbookFromLayout(layoutTemplate({}, "all"));
      return { name: "决算模板.xlsx", mime: XLSX_MIME, bytes };
    },
  };
}
