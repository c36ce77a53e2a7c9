import { FakeRichApiError, notLoaded, type FakeContext } from "./context";

/**
 * What every proxy of the fake shares: a lazily resolved target (looked up when a command
 * runs, as Excel does), loaded properties readable only after the sync, and null objects on
 * which commands do nothing.
 */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;
  private synced = false;
  private captured?: { target: T | null };

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    /** Bound once, at the first command (the selected range, a sheet just added). */
    private readonly stable = false,
  ) {
    // Whether it is a null object is known from the next sync on, and looked up when asked.
    context.onSynced(() => (this.synced = true));
  }

  protected abstract readonly entity: string;

  /** The target now; null for a null object; throws ItemNotFound for a missing `getItem`. */
  target(): T | null {
    if (this.stable && this.captured) return this.captured.target;
    const t = this.resolver();
    if (this.stable) this.captured = { target: t };
    return t;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined && !this.synced) throw notLoaded(this.entity, "isNullObject");
    if (this.nullState === undefined) {
      try {
        this.nullState = this.target() === null;
      } catch {
        this.nullState = true;
      }
    }
    return this.nullState;
  }

  protected get<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(this.entity, property);
    return this.loaded.get(property) as V;
  }

  /** What a loaded property reads as, from the target. */
  protected abstract read(target: T, property: string): unknown;

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (list.length === 0) throw new FakeRichApiError("InvalidArgument", `${this.entity}: load() names no property`);
    this.context.enqueue(() => {
      const t = this.target();
      const data = t === null ? Object.fromEntries(list.map((p) => [p.split("/")[0], null])) : this.readAll(t, list);
      for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
      this.context.respond(data);
    });
    return this;
  }

  /** The loaded properties by top-level name; collections override it to load their items. */
  protected readAll(t: T, list: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of list) data[p.split("/")[0]] = this.read(t, p);
    return data;
  }

  /** Loads at once, inside a sync: the items a collection's load brings back. */
  loadNow(list: string[]): this {
    const t = this.target();
    this.nullState = t === null;
    if (t !== null) for (const [name, value] of Object.entries(this.readAll(t, list))) this.loaded.set(name, value);
    return this;
  }

  /** Queues a command on the target; a null object ignores it. */
  protected command(run: (target: T) => void, request: unknown = null): void {
    this.context.enqueue(() => {
      const t = this.target();
      if (t !== null) run(t);
    }, request);
  }
}

/** Records writes to nested properties (`format.font.bold = true`) as paths. */
export function recorder(write: (path: string, value: unknown) => void, prefix = ""): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, k) => {
      if (typeof k !== "string") return undefined;
      if (k === "getItem") return (name: string) => recorder(write, `${prefix}${name}.`);
      return recorder(write, `${prefix}${k}.`);
    },
    set: (_t, k, value) => {
      write(`${prefix}${String(k)}`, value);
      return true;
    },
  });
}
