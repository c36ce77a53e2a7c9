import { EMPTY_STATE, type AddinState } from "../../app/host";
import type { StateStore } from "./host";

/**
 * Where the browser mode keeps the add-in's state: settings in the browser's storage, so they
 * hold across visits; 已说明 reasons with the page, since the file is never written back.
 * Apart from the exceljs code, so the pane reads its settings before any workbook is open.
 */

const SETTINGS_KEY = "jixiao-ziping.settings";

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function browserStore(storage: Storage | undefined = defaultStorage()): StateStore {
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
