import { EMPTY_STATE, type AddinState } from "../../app/host";
import type { StateStore } from "./host";

/**
 * Where the browser mode keeps the add-in's state: settings in the browser's storage, so they
 * hold across visits; 已说明 reasons with the page until a file is open (the file host then keeps
 * that file's own, and writes them into the result workbook).
 * Apart from the exceljs code, so the pane reads its settings before any workbook is open.
 */

const SETTINGS_KEY = "jixiao-ziping.settings";

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** `null`: no storage (turned off in the browser); the settings then last as long as the page. */
export function browserStore(storage: Storage | null = defaultStorage()): StateStore {
  let settingsHere: AddinState["settings"] | undefined;
  let explanations: AddinState["explanations"] = [];
  return {
    load() {
      let settings = settingsHere ?? EMPTY_STATE.settings;
      try {
        const raw = storage?.getItem(SETTINGS_KEY);
        if (raw) settings = JSON.parse(raw) as AddinState["settings"];
      } catch {
        // Unreadable: the settings of this page, or the defaults, rather than a failure.
      }
      return { settings, explanations, markIds: [] };
    },
    save(state) {
      explanations = state.explanations;
      settingsHere = state.settings;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(state.settings));
      } catch {
        // Storage full or off: the settings hold for this page only.
      }
    },
  };
}
