import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import type { CellInput, CellRange, SnapshotCell, WorkbookSnapshot } from "../../src/core/snapshot";
import { toSnapshotCell } from "../../src/core/snapshot";
import { templateSnapshot } from "../../src/core/template-layout";
import { balancedDepartment } from "../fixtures/department";
import { cellsExist } from "./cells";

/**
 * Property: whatever a workbook holds, the core reads and checks it without throwing, and every
 * finding names cells of sheets that exist. Workbooks are the balanced template with cells
 * overwritten by generated values, merges laid over them, sheets renamed, and report drafts of
 * generated text.
 */

const WORDS = [
  "合计",
  "本年收入合计",
  "基本支出",
  "其中：",
  "一、",
  "（一）",
  "万元",
  "元",
  "%",
  "约",
  "-",
  "—",
  "/",
  "增长",
  "下降",
  "占",
  "收入总计",
  "支出总计",
  "，",
  "。",
  "“",
  "”",
  "\u202e",
  "\u0000",
  "=SUM(A1)",
  "<b>",
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.integer().map(String)), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

const cellInput: fc.Arbitrary<CellInput> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -0, 1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY, 5e-324),
  text,
  fc.boolean(),
  fc.constantFrom<CellInput>(
    { error: "#REF!" },
    { error: "#DIV/0!" },
    { error: "#N/A" },
    { formula: "SUM(D4:D11)" },
    { formula: "A1", value: "文本" },
    { date: "2022-11-15" },
    { date: "1899-12-31" },
    { value: 0.95, numFmt: "0%" },
    null,
  ),
);

const SHEET_NAMES = ["基本情况", "收支总表", "支出明细", "三公经费", "项目支出", "绩效目标", "其他指标", "自评打分"];

const edit = fc.record({
  sheet: fc.nat(SHEET_NAMES.length - 1),
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 12 }),
  value: cellInput,
});

const merge: fc.Arbitrary<{ sheet: number; range: CellRange }> = fc
  .record({
    sheet: fc.nat(SHEET_NAMES.length - 1),
    top: fc.integer({ min: 1, max: 30 }),
    left: fc.integer({ min: 1, max: 10 }),
    height: fc.integer({ min: 0, max: 5 }),
    width: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ sheet, top, left, height, width }) => ({
    sheet,
    range: { top, left, bottom: top + height, right: left + width },
  }));

const workbook = fc
  .record({
    edits: fc.array(edit, { maxLength: 40 }),
    merges: fc.array(merge, { maxLength: 4 }),
    renames: fc.array(fc.tuple(fc.nat(SHEET_NAMES.length - 1), fc.constantFrom(...SHEET_NAMES, "Sheet1", "")), {
      maxLength: 2,
    }),
    draft: fc.option(fc.array(text, { maxLength: 6 })),
  })
  .map(({ edits, merges, renames, draft }): WorkbookSnapshot => {
    const data = balancedDepartment();
    if (draft) data.draft = draft;
    const snapshot = templateSnapshot(data);
    for (const e of edits) {
      const sheet = snapshot.sheets.find((s) => s.name === SHEET_NAMES[e.sheet]);
      if (!sheet) continue;
      sheet.cells = sheet.cells.filter((c) => c.row !== e.row || c.col !== e.col);
      const cell: SnapshotCell | undefined = toSnapshotCell(e.row, e.col, e.value);
      if (cell) sheet.cells.push(cell);
    }
    for (const m of merges) snapshot.sheets.find((s) => s.name === SHEET_NAMES[m.sheet])?.merges.push(m.range);
    for (const [i, name] of renames) {
      const sheet = snapshot.sheets.find((s) => s.name === SHEET_NAMES[i]);
      if (sheet) sheet.name = name;
    }
    return snapshot;
  });

describe("any workbook", () => {
  it("is checked without an exception, and every finding names cells that exist", () => {
    fc.assert(
      fc.property(workbook, (snapshot) => {
        const result = checkWorkbook(snapshot);
        expect(cellsExist(snapshot, result.findings)).toEqual([]);
        for (const f of result.findings) {
          expect(f.message["zh-CN"]).not.toBe("");
          expect(f.message["en-US"]).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });
});
