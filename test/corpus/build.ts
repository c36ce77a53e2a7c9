import type { CellInput, SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { templateSnapshot, type TemplateData } from "../../src/core/template-layout";
import { balancedDepartment } from "../fixtures/department";
import { withCells } from "../core/reader/helpers";

/** Ways of spoiling the balanced department's workbook, for the bad-input corpus. */

export const changed = (change: (d: TemplateData) => void) => (): WorkbookSnapshot => {
  const d = balancedDepartment();
  change(d);
  return templateSnapshot(d);
};

export const patched = (sheet: string, cells: Record<string, CellInput>) => (): WorkbookSnapshot =>
  withCells(templateSnapshot(balancedDepartment()), sheet, cells);

export const renamedTo = (from: string, to: string) => (): WorkbookSnapshot => {
  const s = templateSnapshot(balancedDepartment());
  s.sheets = s.sheets.map((x) => (x.name === from ? { ...x, name: to } : x));
  return s;
};

export function mapSheet(sheet: string, f: (s: SnapshotSheet) => SnapshotSheet) {
  return (): WorkbookSnapshot => {
    const s = templateSnapshot(balancedDepartment());
    s.sheets = s.sheets.map((x) => (x.name === sheet ? f(x) : x));
    return s;
  };
}

const SUMMARY_AMOUNTS = ["B", "C", "D", "E"];
export const everyAmount = (value: CellInput): Record<string, CellInput> => {
  const cells: Record<string, CellInput> = {};
  for (let r = 4; r <= 26; r++) for (const c of SUMMARY_AMOUNTS) cells[`${c}${r}`] = value;
  return cells;
};
