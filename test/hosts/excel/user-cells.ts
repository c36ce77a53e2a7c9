import type { FakeWorkbook } from "./fake-office";
import type { Rect } from "./fake-office/model";

/**
 * Everything of the user's sheets a write must leave alone: each cell's value, formula,
 * number format and format, and the conditional formats the user made (not the add-in's).
 */
export function userCells(model: FakeWorkbook, ownSheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of model.sheets) {
    if (ownSheets.includes(sheet.name)) continue;
    for (const [k, c] of sheet.cells) out[`${sheet.name}!${k}`] = JSON.stringify(c);
    out[`${sheet.name}#merges`] = JSON.stringify(sheet.merges);
    out[`${sheet.name}#visibility`] = sheet.visibility;
  }
  return out;
}

export function userFormats(model: FakeWorkbook, addinIds: string[]): string[] {
  return model.sheets.flatMap((s) =>
    s.conditionalFormats.filter((f) => !addinIds.includes(`${s.id}|${f.id}`)).map((f) => `${s.name}|${f.id}`),
  );
}

/** A conditional format of the user's own on `sheet` (id `{USER-1}`): no write may touch it. */
export function addUserFormat(model: FakeWorkbook, sheet: string, area: Rect): void {
  model.sheets
    .find((s) => s.name === sheet)!
    .conditionalFormats.push({
      id: "{USER-1}",
      areas: [area],
      type: "Custom",
      props: {},
    });
}
