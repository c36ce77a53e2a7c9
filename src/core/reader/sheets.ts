import { normalizeSheetName } from "../normalize";
import type { SheetKey } from "../model";
import type { SnapshotSheet, WorkbookSnapshot } from "../snapshot";
import { TEMPLATE, type SheetDef } from "../template";

/** The names a template sheet is looked for by: its canonical name, then its aliases. */
export function sheetNames(def: SheetDef): string[] {
  return [def.key, ...def.aliases];
}

/** A template sheet matched by more than one sheet: the one read and those left aside. */
export interface DuplicateSheet {
  key: SheetKey;
  used: string;
  ignored: string[];
}

export interface LocatedSheets {
  found: Map<SheetKey, SnapshotSheet>;
  duplicates: DuplicateSheet[];
}

/**
 * The workbook's sheets by template key, found by normalised name or alias (`“三公”经费`,
 * `公开03表`); order does not matter and other sheets are ignored. When two sheets match one
 * key, the one named exactly like the template wins, else the first; the others are listed
 * so the user learns which one was read.
 */
export function locateSheets(snapshot: WorkbookSnapshot): LocatedSheets {
  const found = new Map<SheetKey, SnapshotSheet>();
  const duplicates: DuplicateSheet[] = [];
  const sheets = snapshot.sheets ?? [];
  for (const def of TEMPLATE) {
    const names = new Set(sheetNames(def).map(normalizeSheetName));
    const canonical = normalizeSheetName(def.key);
    const matches = sheets.filter((s) => names.has(normalizeSheetName(s.name)));
    const best = matches.find((s) => normalizeSheetName(s.name) === canonical) ?? matches[0];
    if (!best) continue;
    found.set(def.key, best);
    const ignored = matches.filter((s) => s !== best).map((s) => s.name);
    if (ignored.length > 0) duplicates.push({ key: def.key, used: best.name, ignored });
  }
  return { found, duplicates };
}
