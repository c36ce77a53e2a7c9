import { FakeObject, recorder } from "./base";
import { FakeRichApiError } from "./context";
import { overlaps, type FakeConditionalFormat as FormatData, type FakeSheet } from "./model";
import type { RangeTarget } from "./range";

/** Conditional formats of a range: the add-in's marks, and the user's own ones beside them. */

let nextFormatId = 1;

class FakeConditionalFormat extends FakeObject<{ sheet: FakeSheet; format: FormatData }> {
  protected readonly entity = "ConditionalFormat";
  protected read(t: { format: FormatData }, p: string): unknown {
    if (p === "id") return t.format.id;
    if (p === "type") return t.format.type;
    throw new FakeRichApiError("InvalidArgument", `ConditionalFormat.${p} is not part of the fake`);
  }
  get id(): string {
    return this.get("id");
  }
  get custom(): Record<string, unknown> {
    return recorder((path, value) => this.command((t) => (t.format.props[path] = value), value));
  }
  delete(): void {
    this.command((t) => (t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.format)));
  }
}

export class FakeConditionalFormats extends FakeObject<RangeTarget> {
  protected readonly entity = "ConditionalFormatCollection";
  private items_: FakeConditionalFormat[] = [];
  protected read(t: RangeTarget): unknown {
    return t.sheet.conditionalFormats
      .filter((f) => f.areas.some((a) => t.rects.some((r) => overlaps(a, r))))
      .map((f) => ({ id: f.id }));
  }
  get items(): { id: string }[] {
    return this.get("items");
  }
  add(type: string): FakeConditionalFormat {
    let created: FormatData | undefined;
    const made = new FakeConditionalFormat(this.context, () => {
      const t = this.target();
      return t && created ? { sheet: t.sheet, format: created } : null;
    });
    this.command((t) => {
      const format: FormatData = { id: `{CF-${nextFormatId++}}`, areas: t.rects, type, props: {} };
      created = format;
      t.sheet.conditionalFormats.unshift(format);
    }, type);
    return made;
  }
  getItemOrNullObject(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const t = this.target();
      const format = t?.sheet.conditionalFormats.find((f) => f.id === id);
      return t && format ? { sheet: t.sheet, format } : null;
    });
  }
}
