import { splitRef } from "./marks";

/**
 * Takes the user to the cells of a finding: every sheet it touches gets its cells selected,
 * the first sheet last so that it is the one shown. A cross-sheet finding thus has both ends
 * selected, each on its own sheet.
 */
export async function goToCells(context: Excel.RequestContext, cells: readonly string[]): Promise<void> {
  const bySheet = new Map<string, string[]>();
  for (const ref of cells) {
    const where = splitRef(ref);
    if (!where) continue;
    bySheet.set(where.sheet, [...(bySheet.get(where.sheet) ?? []), where.address]);
  }
  for (const [sheet, addresses] of [...bySheet].reverse()) {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRanges(addresses.join(",")).select();
  }
  await context.sync();
}
