import type { FakeWorkbook } from "./model";

/**
 * The request context of the fake: commands queue up and run only at `sync()`, properties are
 * readable only once loaded and synced, and every sync is counted with the size of what went
 * to Excel and what came back, against Excel on the web's 5 MB when the platform is the web.
 */

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Bytes of JSON sent and received, per sync. */
  requestBytes: number[];
  responseBytes: number[];
  runOptions: unknown[];
}

export interface FakeOptions {
  /** `OfficeOnline` enforces the 5 MB limits. */
  platform: "PC" | "Mac" | "OfficeOnline";
  /** ExcelApi versions up to this one are supported. */
  apiVersion: string;
  payloadLimit: number;
  /** Sheets whose `values` come back null, as a failed read would. */
  nullValuesFor?: string[];
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: "Local" | "Remote";
  type: "WorksheetChanged";
}

const encoder = new TextEncoder();

/** UTF-8 length of a value's JSON. */
export function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v) ?? "").length;
}

type Op = { run: () => void; request: unknown };

export class FakeContext {
  private queue: Op[] = [];
  private response = 0;
  private afterSync: (() => void)[] = [];
  /** Bumped at every sync; proxies remember the one they were made in. */
  generation = 0;
  readonly workbook: unknown;

  constructor(
    readonly model: FakeWorkbook,
    readonly stats: FakeStats,
    readonly options: FakeOptions,
    readonly emit: (events: ChangeEvent[]) => void,
    makeWorkbook: (ctx: FakeContext) => unknown,
  ) {
    this.workbook = makeWorkbook(this);
  }

  enqueue(run: () => void, request: unknown = null): void {
    this.queue.push({ run, request });
  }

  /** Runs after the current sync's commands, when the results are handed back. */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  respond(data: unknown): void {
    this.response += jsonBytes(data);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  private events: ChangeEvent[] = [];

  changed(e: ChangeEvent): void {
    this.events.push(e);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const after = this.afterSync;
    this.queue = [];
    this.afterSync = [];
    this.response = 0;
    this.events = [];
    this.stats.syncs += 1;
    const request = ops.reduce((n, op) => n + jsonBytes(op.request), 0);
    this.stats.requestBytes.push(request);
    const web = this.options.platform === "OfficeOnline";
    if (web && request > this.options.payloadLimit) {
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    for (const op of ops) op.run();
    this.stats.responseBytes.push(this.response);
    if (web && this.response > this.options.payloadLimit) {
      throw new FakeRichApiError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    this.generation += 1;
    for (const fn of after) fn();
    const events = this.events;
    if (events.length > 0) setTimeout(() => this.emit(events), 0);
    await Promise.resolve();
  }
}

export function notLoaded(entity: string, property: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' of ${entity} is not available. Call load and context.sync() before reading it.`,
  );
}
