import type { AddinState, ApplyResult, Host, WritePlan } from "../../app/host";
import { EMPTY_STATE, HostError } from "../../app/host";
import { stateFromSnapshot } from "../../app/state";
import { text } from "../../core/i18n";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { FILE_HOST_CAPABILITIES } from "./capabilities";
import { WorkbookReadError } from "./errors";
import { snapshotFromBuffer } from "./read";
import { addReportSheet } from "./report-workbook";

/**
 * The file host: a workbook the user opened as a file, read and extended with exceljs. Shared
 * by Node (the command line) and the browser (the pane's browser mode); neither side's own
 * APIs appear here. It never writes into the file: results are new files to save or download.
 */

export interface FileSource {
  /** The file's name, for the names of the files made from it. */
  name: string;
  bytes: Uint8Array;
}

/** Where the add-in's settings and 已说明 reasons live between runs. */
export interface StateStore {
  load(): AddinState | Promise<AddinState>;
  save(state: AddinState): void | Promise<void>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function memoryStore(initial: AddinState = EMPTY_STATE): StateStore {
  let state = initial;
  return {
    load: () => state,
    save: (next) => {
      state = next;
    },
  };
}

/** `决算.xlsx` → `决算-绩效评价报告.xlsx`: beside the original, never over it. */
export function resultFileName(input: string, sheetName: string): string {
  const base = input.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "") || "workbook";
  return `${base}-${sheetName}.xlsx`;
}

function readFailure(e: unknown): HostError {
  if (e instanceof WorkbookReadError) {
    const { "zh-CN": zh, "en-US": en } = e.localized;
    return new HostError(
      text(
        `无法读取这个文件：${zh}。请选择用 Excel 保存的 .xlsx 工作簿。`,
        `This file cannot be read: ${en}. Choose a workbook saved by Excel as .xlsx.`,
      ),
      e.kind,
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError(
    text(
      "无法读取这个工作簿：文件可能已损坏。请在 Excel 中打开并另存为 .xlsx 后再试。",
      "This workbook cannot be read: the file may be damaged. Open it in Excel, save it as .xlsx and try again.",
    ),
    detail,
  );
}

export interface FileHostOptions {
  store?: StateStore;
  /** Prepares the bytes for reading only (the browser adds the Chinese built-in date formats). */
  prepareRead?: (bytes: Uint8Array) => Uint8Array;
  /**
   * The browser mode: the 已说明 reasons belong to this file. They start as the file's state
   * sheet holds them and go into the result workbook, where `jixiao check` reads them.
   */
  explanationsInFile?: boolean;
}

export function createFileHost(source: FileSource, opts: FileHostOptions = {}): Host {
  const store = opts.store ?? memoryStore();
  let snapshot: Promise<WorkbookSnapshot> | undefined;
  let explanations: AddinState["explanations"] | undefined;
  const readSnapshot = (): Promise<WorkbookSnapshot> => {
    // The file does not change under us: one read serves every run.
    snapshot ??= Promise.resolve()
      .then(() => snapshotFromBuffer(opts.prepareRead ? opts.prepareRead(source.bytes) : source.bytes))
      .catch((e: unknown) => {
        snapshot = undefined;
        throw readFailure(e);
      });
    return snapshot;
  };
  const loadState = async (): Promise<AddinState> => {
    const stored = await store.load();
    if (!opts.explanationsInFile) return stored;
    // A file that cannot be read has no reasons; the check says why it cannot be read.
    explanations ??= await readSnapshot().then(
      (s) => stateFromSnapshot(s).explanations,
      () => [],
    );
    return { ...stored, explanations };
  };
  return {
    kind: "file",
    capabilities: FILE_HOST_CAPABILITIES,
    readSnapshot,
    async apply(plan: WritePlan): Promise<ApplyResult> {
      if (!plan.reportSheet) return {};
      const sheetName = plan.reportSheet.sheetName;
      let bytes: Uint8Array;
      try {
        const state = opts.explanationsInFile ? await loadState() : undefined;
        bytes = await addReportSheet(source.bytes, plan.reportSheet, plan.chartImages, state);
      } catch (e) {
        throw new HostError(
          text(
            "无法生成结果工作簿：exceljs 无法重新写出这个文件。报告仍可下载为 Word。",
            "The result workbook could not be made: exceljs cannot write this file back. The report can still be downloaded as Word.",
          ),
          e instanceof Error ? e.message : String(e),
        );
      }
      return {
        reportSheetName: sheetName,
        files: [{ name: resultFileName(source.name, sheetName), mime: XLSX_MIME, bytes }],
      };
    },
    async goTo() {
      // Addresses are shown as text in this mode (capabilities.goTo is false).
    },
    loadState,
    async saveState(state) {
      if (opts.explanationsInFile) explanations = state.explanations;
      await store.save(state);
    },
  };
}
