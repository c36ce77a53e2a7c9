import { normalizeSheetName } from "../normalize";
import type { SheetKey } from "../model";
import type { SnapshotSheet, WorkbookSnapshot } from "../snapshot";
import { TEMPLATE, type SheetDef } from "../template";

/** The names a template sheet is looked for by: its canonical name, then its aliases. */
export function sheetNames(def: SheetDef): string[] {
  return [def.key, ...def.aliases];
}

/**
 * The workbook's sheets by template key, found by normalised name or alias (`“三公”经费`,
 * `公开03表`); order does not matter and other sheets are ignored. When two sheets match one
 * key, the one named exactly like the template wins, else the first.
 */
export function locateSheets(snapshot: WorkbookSnapshot): Map<SheetKey, SnapshotSheet> {
  const found = new Map<SheetKey, SnapshotSheet>();
  const sheets = snapshot.sheets ?? [];
  for (const def of TEMPLATE) {
    const names = new Set(sheetNames(def).map(normalizeSheetName));
    const canonical = normalizeSheetName(def.key);
    const matches = sheets.filter((s) => names.has(normalizeSheetName(s.name)));
    const best = matches.find((s) => normalizeSheetName(s.name) === canonical) ?? matches[0];
    if (best) found.set(def.key, best);
  }
  return found;
}
