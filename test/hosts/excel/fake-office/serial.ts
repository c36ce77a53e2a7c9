import type { FakeCell, FakeSheet, FakeWorkbook } from "./model";

/** The fake workbook as JSON, to hand from a Node test to a page (`page.addInitScript`). */

export type FakeSheetJson = Omit<FakeSheet, "cells"> & { cells: [string, FakeCell][] };
export interface FakeWorkbookJson extends Omit<FakeWorkbook, "sheets"> {
  sheets: FakeSheetJson[];
}

export function workbookToJson(model: FakeWorkbook): FakeWorkbookJson {
  return { ...model, sheets: model.sheets.map((s) => ({ ...s, cells: [...s.cells] })) };
}

export function workbookFromJson(json: FakeWorkbookJson): FakeWorkbook {
  return { ...json, sheets: json.sheets.map((s) => ({ ...s, cells: new Map(s.cells) })) };
}
