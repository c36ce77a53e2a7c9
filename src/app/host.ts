import type { Localized } from "../core/i18n";
import type { Severity } from "../core/findings";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { SheetPlan } from "../render/sheet-plan";

/**
 * The seam between the pipeline (and the task pane) and where the workbook lives. Two
 * implementations: the Excel host (office-js, the open workbook) and the file host (exceljs,
 * a file the user opened: Node for the command line, the browser for the pane's browser
 * mode). Nothing above this interface touches Excel or exceljs.
 *
 * Every method rejects only with a `HostError`, whose message the pane shows as it is.
 */
export interface Host {
  readonly kind: "excel" | "file";
  /** What this host can do; the pane offers only these actions. */
  readonly capabilities: HostCapabilities;
  /** The workbook as a snapshot. Reads only; never changes the user's cells. */
  readSnapshot(progress?: (step: ReadProgress) => void): Promise<WorkbookSnapshot>;
  /** Applies a whole write plan (Excel: one sync). */
  apply(plan: WritePlan): Promise<ApplyResult>;
  /** Activates the sheet and selects the cells (`sheet!A1` addresses). */
  goTo(cells: readonly string[]): Promise<void>;
  /** The add-in's settings and 已说明 reasons kept in the workbook (empty state when none). */
  loadState(): Promise<AddinState>;
  /**
   * Keeps the settings and reasons. The ids of marks are the host's own (set by `apply`):
   * a host that marks keeps the ids the workbook holds, whatever `state.markIds` says.
   */
  saveState(state: AddinState): Promise<void>;
  /**
   * Calls the listener when the user changes the workbook (not for the add-in's own writes);
   * returns the unsubscribe function. Absent where the host cannot tell (browser mode).
   */
  onChanged?(listener: () => void): () => void;
}

export interface HostCapabilities {
  goTo: boolean;
  marks: boolean;
  /** Writes the report sheet into the open workbook (Excel) rather than offering a download. */
  writeReportSheet: boolean;
  insertSummary: boolean;
  /** Produces downloadable files (browser mode). */
  download: boolean;
  /**
   * Optional: why an action is off on this host (an older Excel), for the pane to say in its
   * place rather than hide it silently.
   */
  unavailable?: Partial<Record<"goTo" | "marks" | "writeReportSheet" | "insertSummary" | "download", Localized>>;
  /**
   * Embeds the report's charts as images (the file host: exceljs cannot write native charts),
   * so the caller passes `WritePlan.chartImages`. Absent or false: the host draws its own charts.
   */
  chartImages?: boolean;
}

export interface ReadProgress {
  /** Sheets or chunks read so far, and the total when known. */
  done: number;
  total?: number;
}

/** A 已说明 mark: kept by fingerprint (rule + labels), so it survives inserted rows. */
export interface Explanation {
  fingerprint: string;
  rule: string;
  reason: string;
  /** ISO date `yyyy-mm-dd`. */
  date: string;
}

/** The pane's settings, as stored (JSON-safe). */
export interface StoredSettings {
  /** Decimal string in the workbook unit; absent = 0.01 of the coarser unit. */
  tolerance?: string;
  thresholds?: Record<string, number | string>;
  /** A scoring profile in the JSON format of `src/core/scoring/default-profile.json`. */
  profile?: unknown;
  language?: "auto" | "zh-CN" | "en-US";
  marks?: boolean;
  /** 报告素材 with a text-check finding: held out of the report (default) or printed marked 【待核实】. */
  flaggedMaterial?: "hold" | "mark";
  /** Leave the 待补充清单 appendix out of the Word report. */
  omitTodo?: boolean;
}

export interface AddinState {
  settings: StoredSettings;
  explanations: Explanation[];
  /** Ids of the conditional formats the add-in created (Excel host), so 清除标记 removes exactly those. */
  markIds: string[];
}

export const EMPTY_STATE: AddinState = { settings: {}, explanations: [], markIds: [] };

export interface Mark {
  cells: string[];
  severity: Severity;
}

/** Everything one user action writes; a host applies it as one unit. */
export interface WritePlan {
  /** A new sheet (the name in the plan is already unique); never an existing one. */
  reportSheet?: SheetPlan;
  /** The summary paragraph, as text, into the selected cell. */
  summary?: { text: string; overwrite: boolean };
  /** Replaces the add-in's marks with these; `[]` clears them. */
  marks?: Mark[];
  /** PNG by chart id for the report sheet, for hosts with `capabilities.chartImages`. */
  chartImages?: Map<string, Uint8Array>;
}

export interface ApplyResult {
  /** The sheet the report was written to, when one was. */
  reportSheetName?: string;
  /** Set when the summary was not written because the target cell holds something. */
  summaryNeedsConfirmation?: boolean;
  /** Files for the user to download (browser mode): the result workbook, the .docx. */
  files?: { name: string; mime: string; bytes: Uint8Array }[];
}

/** A failure the pane shows: what happened and what to do, in words; the code folded away. */
export class HostError extends Error {
  constructor(
    readonly userMessage: Localized,
    readonly code?: string,
  ) {
    super(userMessage["en-US"]);
    this.name = "HostError";
  }
}
