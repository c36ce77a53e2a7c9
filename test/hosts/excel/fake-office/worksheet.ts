import { FakeObject, recorder } from "./base";
import { FakeRichApiError, type ChangeEvent, type FakeContext } from "./context";
import { MAX_COL, MAX_ROW, newSheet, parseRect, usedRect, type FakeSheet, type FakeWorkbook } from "./model";
import { FakeRange, type RangeTarget } from "./range";

let nextSheetId = 1;

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly entity = "Worksheet";

  protected read(s: FakeSheet, p: string): unknown {
    if (p === "id" || p === "name" || p === "visibility") return s[p];
    throw new FakeRichApiError("InvalidArgument", `Worksheet.${p} is not part of the fake`);
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.command((s) => (s.visibility = v as FakeSheet["visibility"]), v);
  }

  private range(rects: (s: FakeSheet) => RangeTarget["rects"] | undefined): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.target();
      const r = s && rects(s);
      return s && r ? { sheet: s, rects: r } : null;
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(() => {
      if (address === undefined) return [{ top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL }];
      const r = parseRect(address);
      if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${address}`);
      return [r];
    });
  }
  getRanges(address: string): FakeRange {
    return this.range(() =>
      address.split(",").map((a) => {
        const r = parseRect(a.trim());
        if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${a}`);
        return r;
      }),
    );
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.range(() => [{ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }]);
  }
  getUsedRangeOrNullObject(): FakeRange {
    return this.range((s) => {
      const u = usedRect(s);
      return u ? [u] : undefined;
    });
  }
  activate(): void {
    this.command((s) => {
      if (s.visibility !== "Visible")
        throw new FakeRichApiError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.command((s) => (this.context.model.sheets = this.context.model.sheets.filter((x) => x !== s)));
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy: string): Record<string, unknown> } {
    return {
      add: (type, source, seriesBy) => {
        let chart: FakeSheet["charts"][number] | undefined;
        this.command((s) => {
          const t = source.target();
          chart = { type, source: t ? t.rects.map((r) => JSON.stringify(r)).join() : "", props: { seriesBy } };
          s.charts.push(chart);
        }, type);
        const rec = recorder((path, value) => this.command(() => chart && (chart.props[path] = value), value));
        return new Proxy(rec, {
          get: (target, k) =>
            k === "setPosition"
              ? (start: string) => this.command(() => chart && (chart.props.position = start), start)
              : Reflect.get(target, k),
        });
      },
    };
  }
  get pageLayout(): Record<string, unknown> {
    return recorder((path, value) => this.command((s) => (s.props[`pageLayout.${path}`] = value), value));
  }
  /** Manual page breaks, recorded as the addresses given (`A31`). */
  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range) =>
        this.command((s) => {
          const breaks = (s.props.horizontalPageBreaks as string[] | undefined) ?? [];
          s.props.horizontalPageBreaks = [...breaks, range];
        }, range),
    };
  }
  get notes(): { add(address: string, content: string): void } {
    return { add: (address, content) => this.command((s) => s.notes.push({ address, content }), content) };
  }
}

export class FakeWorksheets extends FakeObject<FakeWorkbook> {
  protected readonly entity = "WorksheetCollection";
  private readonly handlers: ((e: ChangeEvent) => unknown)[];

  constructor(context: FakeContext, handlers: ((e: ChangeEvent) => unknown)[]) {
    super(context, () => context.model);
    this.handlers = handlers;
  }

  protected read(): unknown {
    throw new FakeRichApiError("InvalidArgument", "load the worksheets as items/<property>");
  }

  protected override readAll(wb: FakeWorkbook, list: string[]): Record<string, unknown> {
    const props = list.map((p) => p.replace(/^items\//, ""));
    return { items: wb.sheets.map((s) => new FakeWorksheet(this.context, () => s).loadNow(props)) };
  }

  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  private find(key: string): FakeSheet | undefined {
    return this.context.model.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.find(key);
      if (!s) throw new FakeRichApiError("ItemNotFound", `The sheet ${key} does not exist.`);
      return s;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const id = this.context.model.activeSheetId;
      return this.context.model.sheets.find((s) => s.id === id) ?? null;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key) ?? null);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.command((wb) => {
      if (this.find(name)) throw new FakeRichApiError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      created = newSheet(`{WS-NEW-${nextSheetId++}}`, name);
      wb.sheets.push(created);
    }, name);
    return new FakeWorksheet(this.context, () => created ?? null);
  }

  get onChanged(): { add(h: (e: ChangeEvent) => unknown): { context: FakeContext; remove(): void } } {
    return {
      add: (h) => {
        this.command(() => this.handlers.push(h));
        return {
          context: this.context,
          remove: () =>
            this.command(() => {
              const i = this.handlers.indexOf(h);
              if (i >= 0) this.handlers.splice(i, 1);
            }),
        };
      },
    };
  }
}
