import { checkWorkbook, verdictOf } from "../../src/core/check";
import { BAD_INPUTS } from "./cases";
import { cellsExist } from "./cells";

describe("the bad-input corpus", () => {
  it("holds at least 40 inputs", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
  });

  for (const input of BAD_INPUTS) {
    it(input.name, () => {
      const snapshot = input.build();
      const result = checkWorkbook(snapshot);
      for (const e of input.expect) {
        const located = result.findings.filter(
          (f) => f.rule === e.rule && (e.cell === undefined ? true : f.cells.includes(e.cell)),
        );
        expect([e.rule, e.cell, located.length > 0]).toEqual([e.rule, e.cell, true]);
      }
      if (result.findings.some((f) => f.severity === "error")) expect(verdictOf(result.findings).ready).toBe(false);
      expect(cellsExist(snapshot, result.findings)).toEqual([]);
      for (const f of result.findings) expect(f.message["zh-CN"].length).toBeLessThan(200_000);
    });
  }
});
