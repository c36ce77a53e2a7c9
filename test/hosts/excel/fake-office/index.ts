import { FakeObject } from "./base";
import { FakeContext, type ChangeEvent, type FakeOptions, type FakeStats } from "./context";
import { key, parseRect, type FakeWorkbook } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheets } from "./worksheet";

/**
 * A fake of the part of office-js the add-in uses, over a FakeWorkbook. Install it on any
 * global object — `globalThis` in Jest, `window` in a page — with `installFakeOffice`; the
 * handle it returns lets a test inspect the workbook, count syncs and payloads, and type into
 * cells as a user would. Self-contained (no Node API), so a bundler can put it in a page.
 */

export type { FakeWorkbook, FakeSheet, FakeCell } from "./model";
export type { FakeStats, FakeOptions, ChangeEvent } from "./context";
export { newSheet, key } from "./model";

export interface FakeOffice {
  model: FakeWorkbook;
  stats: FakeStats;
  options: FakeOptions;
  /** A user's edit: sets the cell and fires the change event. */
  userEdit(sheet: string, address: string, value: string | number): void;
  /** Resolves when the change events queued so far have been delivered. */
  settle(): Promise<void>;
}

const ENUMS = {
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  ConditionalFormatType: { custom: "Custom" },
  ChartType: { pie: "Pie", columnClustered: "ColumnClustered" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  PaperType: { a4: "A4" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
};

function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

class FakeWorkbookObject extends FakeObject<FakeWorkbook> {
  protected readonly entity = "Workbook";
  readonly worksheets: FakeWorksheets;
  constructor(context: FakeContext, handlers: ((e: ChangeEvent) => unknown)[]) {
    super(context, () => context.model);
    this.worksheets = new FakeWorksheets(context, handlers);
  }
  protected read(): unknown {
    return null;
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sel = this.context.model.selection;
        const sheet = sel && this.context.model.sheets.find((s) => s.id === sel.sheetId);
        return sel && sheet ? { sheet, rects: sel.areas } : null;
      },
      true,
    );
  }
}

export function installFakeOffice(
  target: Record<string, unknown>,
  model: FakeWorkbook,
  options: Partial<FakeOptions> = {},
): FakeOffice {
  const opts: FakeOptions = { platform: "PC", apiVersion: "1.18", payloadLimit: 5 * 1024 * 1024, ...options };
  const stats: FakeStats = { runs: 0, syncs: 0, requestBytes: [], responseBytes: [], runOptions: [] };
  const handlers: ((e: ChangeEvent) => unknown)[] = [];
  let delivering: Promise<unknown> = Promise.resolve();
  const emit = (events: ChangeEvent[]): void => {
    for (const e of events) for (const h of [...handlers]) delivering = delivering.then(() => h(e));
  };
  const makeContext = (): FakeContext =>
    new FakeContext(model, stats, opts, emit, (ctx) => new FakeWorkbookObject(ctx, handlers));

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (ctx: FakeContext) => Promise<T>;
    const context = args[0] instanceof FakeContext ? args[0] : makeContext();
    stats.runs += 1;
    stats.runOptions.push(args.length > 1 && !(args[0] instanceof FakeContext) ? args[0] : undefined);
    const result = await batch(context);
    if (context.pending()) await context.sync();
    return result;
  }

  target.Excel = { run, ...ENUMS };
  target.Office = {
    context: {
      platform: opts.platform,
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && compareVersions(version, opts.apiVersion) <= 0,
      },
    },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: opts.platform }),
    actions: {
      associate: (name: string, fn: unknown) => (((target.__fakeActions ??= {}) as Record<string, unknown>)[name] = fn),
    },
  };

  return {
    model,
    stats,
    options: opts,
    userEdit(sheetName, address, value) {
      const sheet = model.sheets.find((s) => s.name === sheetName);
      const r = parseRect(address);
      if (!sheet || !r) throw new Error(`no cell ${sheetName}!${address}`);
      const cell = sheet.cells.get(key(r.top, r.left)) ?? { value: "" };
      sheet.cells.set(key(r.top, r.left), { ...cell, value, formula: undefined });
      emit([{ worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" }]);
    },
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await delivering;
    },
  };
}
