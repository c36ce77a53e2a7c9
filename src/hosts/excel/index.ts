import type { AddinState, ApplyResult, Host, HostCapabilities, ReadProgress, WritePlan } from "../../app/host";
import { HostError } from "../../app/host";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { HOST_MESSAGES } from "./errors";
import { goToCells } from "./go-to";
import { queueAddMarks, queueRemoveMarks } from "./marks";
import { readWorkbook, WEB_CELLS_PER_SYNC } from "./read";
import { queueReportSheet } from "./report-sheet";
import { excelRun, isExcelOnTheWeb, supports } from "./run";
import { loadedState, queueLoadState, queueSaveState } from "./state-sheet";
import { queueSummaryLook, queueSummaryWrite, summaryTargetOccupied } from "./summary";

/**
 * The Excel host: the open workbook through office-js. Reads in a fixed number of syncs and
 * applies each write plan in one sync (marks need one more, to keep the ids Excel gave them;
 * the summary one before, to look at its cell). Tells the pane about the user's changes but
 * not about its own writes.
 */

/** ExcelApi versions of the optional features; the manifest requires 1.9. */
export const API = { minimum: "1.9", merges: "1.13", marks: "1.14", notes: "1.18" } as const;

function capabilities(): HostCapabilities {
  const marks = supports(API.marks);
  return {
    goTo: true,
    marks,
    writeReportSheet: true,
    insertSummary: true,
    download: false,
    ...(!marks && { unavailable: { marks: HOST_MESSAGES.marksUnsupported } }),
  };
}

export function createExcelHost(): Host {
  /** Sheets the add-in writes (report, state): their change events are its own. */
  const ownSheets = new Set<string>();
  /** `worksheetId|address` of cells the add-in just wrote on the user's sheets. */
  const ownCells = new Set<string>();
  /** Change events wait for a write in flight, so that its sheet ids are known. */
  let inFlight: Promise<unknown> = Promise.resolve();

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight = p.catch(() => undefined);
    return p;
  };

  /**
   * When the summary's cell holds something and the plan does not say to overwrite it,
   * nothing of the plan is written: the pane asks, then applies it again.
   */
  async function apply(plan: WritePlan): Promise<ApplyResult> {
    if (plan.marks && !supports(API.marks)) throw new HostError(HOST_MESSAGES.marksUnsupported, "ExcelApi");
    return excelRun(async (context) => {
      // The look at the summary's target, before anything is written.
      const look = plan.summary ? queueSummaryLook(context, supports(API.merges)) : undefined;
      if (look) {
        await context.sync();
        if (summaryTargetOccupied(look) && !plan.summary?.overwrite) return { summaryNeedsConfirmation: true };
      }

      const result: ApplyResult = {};
      const report = plan.reportSheet ? queueReportSheet(context, plan.reportSheet, supports(API.notes)) : undefined;
      report?.activate();
      if (look && plan.summary) ownCells.add(queueSummaryWrite(look, plan.summary.text));
      const added = plan.marks ? queueAddMarks(context, plan.marks) : undefined;
      const state = plan.marks ? queueLoadState(context) : undefined;
      await context.sync();
      if (report) {
        ownSheets.add(report.id);
        result.reportSheetName = report.name;
      }
      if (added && state) {
        // The new marks are in; the earlier ones go as their ids make way for the new ids.
        const previous = loadedState(state);
        queueRemoveMarks(context, previous.markIds);
        const saved = queueSaveState(context, { ...previous, markIds: added.ids() }, !state.sheet.isNullObject);
        await context.sync();
        ownSheets.add(saved.id);
      }
      return result;
    });
  }

  async function saveState(next: AddinState): Promise<void> {
    await excelRun(async (context) => {
      const current = queueLoadState(context);
      await context.sync();
      // The marks' ids are the host's: a pane's older copy must not lose track of marks.
      const markIds = loadedState(current).markIds;
      const ws = queueSaveState(context, { ...next, markIds }, !current.sheet.isNullObject);
      await context.sync();
      ownSheets.add(ws.id);
    });
  }

  function onChanged(listener: () => void): () => void {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    let removed = false;
    const onEvent = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
      await inFlight;
      const cell = `${e.worksheetId}|${e.address}`;
      if (ownSheets.has(e.worksheetId)) return;
      if (ownCells.delete(cell)) return;
      listener();
    };
    void excelRun(async (context) => {
      handler = context.workbook.worksheets.onChanged.add(onEvent);
      await context.sync();
      if (removed) {
        handler.remove();
        await context.sync();
      }
    }).catch(() => undefined);
    return () => {
      removed = true;
      const h = handler;
      if (!h) return;
      // An event handler is removed in a batch on the context it was added with.
      void Excel.run(h.context, async (context) => {
        h.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  return {
    kind: "excel",
    capabilities: capabilities(),
    readSnapshot: (progress?: (step: ReadProgress) => void): Promise<WorkbookSnapshot> =>
      excelRun((context) =>
        readWorkbook(
          context,
          { cellsPerSync: isExcelOnTheWeb() ? WEB_CELLS_PER_SYNC : Infinity, merges: supports(API.merges) },
          progress,
        ),
      ),
    apply: (plan) => track(apply(plan)),
    goTo: (cells) => excelRun((context) => goToCells(context, cells)),
    loadState: () =>
      excelRun(async (context) => {
        const state = queueLoadState(context);
        await context.sync();
        return loadedState(state);
      }),
    saveState: (state) => track(saveState(state)),
    onChanged,
  };
}

/**
 * 清除标记 from the ribbon: it runs in its own runtime without the pane, so the ids of the
 * marks come from the state sheet. Removes exactly those and keeps the rest of the state.
 */
export async function clearAddinMarks(): Promise<void> {
  await excelRun(async (context) => {
    const read = queueLoadState(context);
    await context.sync();
    const state = loadedState(read);
    if (state.markIds.length === 0) return;
    queueRemoveMarks(context, state.markIds);
    queueSaveState(context, { ...state, markIds: [] }, !read.sheet.isNullObject);
    await context.sync();
  });
}
