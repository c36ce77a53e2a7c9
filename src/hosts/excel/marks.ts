import type { Severity } from "../../core/findings";
import type { Mark } from "../../app/host";

/**
 * Marks are conditional formats the add-in adds over the cells of findings, one per sheet and
 * severity. Their ids (`worksheetId|formatId`) are kept in the state sheet, so that 清除标记 —
 * in the pane or from the ribbon, another runtime — deletes exactly those and never the user's
 * own fills or conditional formats.
 */

export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
/** Added lowest first: each new format goes on top, so an error shows over a warning. */
const ADD_ORDER: Severity[] = ["info", "warning", "error"];
/** Addresses per format, well under the length Excel accepts for a multi-area address. */
const ADDRESSES_PER_FORMAT = 200;
const ALWAYS = "=TRUE";

/** `收支总表!D15` or `'a b'!D15` → sheet and local address. */
export function splitRef(ref: string): { sheet: string; address: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

/** Deletes the marks by id; ids whose sheet or format is gone are skipped by Excel. */
export function queueRemoveMarks(context: Excel.RequestContext, ids: readonly string[]): void {
  for (const id of ids) {
    const [sheetId, formatId] = id.split("|");
    if (!sheetId || !formatId) continue;
    context.workbook.worksheets
      .getItemOrNullObject(sheetId)
      .getRange()
      .conditionalFormats.getItemOrNullObject(formatId)
      .delete();
  }
}

interface Added {
  sheet: Excel.Worksheet;
  format: Excel.ConditionalFormat;
}

/** Queues the new marks; after the sync, `ids()` are the ids to keep in the state sheet. */
export function queueAddMarks(context: Excel.RequestContext, marks: readonly Mark[]): { ids(): string[] } {
  const groups = new Map<string, Map<Severity, Set<string>>>();
  for (const mark of marks) {
    for (const ref of mark.cells) {
      const where = splitRef(ref);
      if (!where) continue;
      const bySeverity = groups.get(where.sheet) ?? new Map<Severity, Set<string>>();
      groups.set(where.sheet, bySeverity);
      const set = bySeverity.get(mark.severity) ?? new Set<string>();
      bySeverity.set(mark.severity, set);
      set.add(where.address);
    }
  }
  const added: Added[] = [];
  for (const [sheetName, bySeverity] of groups) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("id");
    for (const severity of ADD_ORDER) {
      const addresses = [...(bySeverity.get(severity) ?? [])];
      for (let i = 0; i < addresses.length; i += ADDRESSES_PER_FORMAT) {
        const area = sheet.getRanges(addresses.slice(i, i + ADDRESSES_PER_FORMAT).join(","));
        const format = area.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = ALWAYS;
        format.custom.format.fill.color = MARK_FILL[severity];
        format.load("id");
        added.push({ sheet, format });
      }
    }
  }
  return {
    ids: () => added.filter((a) => !a.sheet.isNullObject).map((a) => `${a.sheet.id}|${a.format.id}`),
  };
}
