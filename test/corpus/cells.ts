import type { Finding } from "../../src/core/findings";
import { parseA1, type WorkbookSnapshot } from "../../src/core/snapshot";

/** Every finding names cells (or ranges) of sheets the workbook has, at addresses that parse. */
export function cellsExist(snapshot: WorkbookSnapshot, findings: readonly Finding[]): string[] {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  const bad: string[] = [];
  for (const f of findings) {
    for (const cell of f.cells) {
      const bang = cell.lastIndexOf("!");
      const ends = cell.slice(bang + 1).split(":");
      if (bang < 0 || !names.has(cell.slice(0, bang)) || ends.length > 2 || !ends.every((a) => parseA1(a)))
        bad.push(`${f.rule} ${cell}`);
    }
  }
  return bad;
}
