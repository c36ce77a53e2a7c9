import { fillLocalized } from "../../core/i18n";
import { HostError } from "../../app/host";
import { HOST_MESSAGES } from "./errors";
import { splitRef } from "./marks";

/**
 * Takes the user to the cells of a finding: every visible sheet it touches gets its cells
 * selected, the first sheet last so that it is the one shown. A cross-sheet finding thus has
 * both ends selected, each on its own sheet. Hidden sheets cannot be shown; when all are
 * hidden, the user is told which one to unhide.
 */
export async function goToCells(context: Excel.RequestContext, cells: readonly string[]): Promise<void> {
  const bySheet = new Map<string, string[]>();
  for (const ref of cells) {
    const where = splitRef(ref);
    if (!where) continue;
    bySheet.set(where.sheet, [...(bySheet.get(where.sheet) ?? []), where.address]);
  }
  const sheets = [...bySheet].map(([name, addresses]) => ({
    name,
    addresses,
    ws: context.workbook.worksheets.getItem(name),
  }));
  for (const s of sheets) s.ws.load("visibility");
  await context.sync();
  const visible = sheets.filter((s) => s.ws.visibility === Excel.SheetVisibility.visible);
  if (visible.length === 0 && sheets.length > 0) {
    throw new HostError(fillLocalized(HOST_MESSAGES.hiddenSheet, { sheet: sheets[0].name }), "SheetHidden");
  }
  for (const s of [...visible].reverse()) {
    s.ws.activate();
    s.ws.getRanges(s.addresses.join(",")).select();
  }
  await context.sync();
}
