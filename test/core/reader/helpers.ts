import type { Finding } from "../../../src/core/findings";
import type { Amount } from "../../../src/core/model";
import type { ReadResult } from "../../../src/core/reader";
import type { CellInput, SnapshotSheet, WorkbookSnapshot } from "../../../src/core/snapshot";
import { parseA1, toSnapshotCell } from "../../../src/core/snapshot";

/** A copy of the snapshot with cells of one sheet set (`undefined` empties a cell). */
export function withCells(
  snapshot: WorkbookSnapshot,
  sheet: string,
  cells: Record<string, CellInput>,
): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(snapshot);
  const target = sheetOf(copy, sheet);
  for (const [address, input] of Object.entries(cells)) {
    const pos = parseA1(address);
    if (!pos) throw new Error(`bad address ${address}`);
    target.cells = target.cells.filter((c) => c.row !== pos.row || c.col !== pos.col);
    const cell = toSnapshotCell(pos.row, pos.col, input);
    if (cell) target.cells.push(cell);
  }
  return copy;
}

/** A copy of the snapshot with one sheet renamed. */
export function renamed(snapshot: WorkbookSnapshot, from: string, to: string): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(snapshot);
  sheetOf(copy, from).name = to;
  return copy;
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SnapshotSheet {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function findingsOf(result: ReadResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** An amount as a short string: `696.39@收支总表!D16`, `blank@收支总表!B16`, `DATA-NOTNUM@…`. */
export function show(a: Amount | undefined): string {
  if (!a) return "absent";
  if (a.state === "value") return `${a.value.toFixed()}@${a.cell}`;
  if (a.state === "blank") return `blank@${a.cell ?? "-"}`;
  return `${a.rule}@${a.cell}`;
}
