import { HyperFormula, type RawCellContent } from "hyperformula";
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/check";
import type { CellInput } from "../src/core/snapshot";
import { layoutTemplate, laidOutToSnapshotSheet } from "../src/core/template-layout";
import { machine, median } from "./machine";
import { WORKLOADS } from "./workbooks";

/**
 * `npx tsx bench/hyperformula.ts [--size 10000] [--runs 5] [--no-dup]`: the core's checks against a
 * spreadsheet engine evaluating the same checks written as formulas, the way an accountant
 * builds an 审核表 today: per project 年末结转结余 = 调整后预算数 − 实际支出数 (BAL-PRJ-ROW),
 * 实际支出数 / 调整后预算数 < 90% (IND-PRJ-EXEC), the name listed once (DATA-DUP); the 合计
 * row per column (BAL-PRJ-TOTAL); Σ projects against 收支总表 (XS-PRJ) and by 类 against
 * 支出明细 (XS-PRJ-CLASS); the 收支总表 balances (BAL-INC, BAL-EXP, BAL-GRAND…). Both start
 * from the cells in memory; preparing them is not timed.
 */

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function raw(v: CellInput): RawCellContent {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return "date" in v ? v.date : "value" in v ? (v.value ?? null) : null;
  return v;
}

/** The 审核表: one formula per check, TRUE when the check passes. */
function auditFormulas(
  projectRows: number,
  classes: string[],
  detailRowOf: Map<string, number>,
  duplicates: boolean,
): string[][] {
  const P = "'项目支出'";
  const S = "'收支总表'";
  const first = 4;
  const last = first + projectRows - 1;
  const total = last + 1;
  const rows: string[][] = [];
  for (let r = first; r <= last; r++) {
    rows.push([
      `=ABS(${P}!G${r}-(${P}!D${r}-${P}!E${r}))<=0.01`,
      `=IF(${P}!D${r}=0,TRUE(),${P}!E${r}/${P}!D${r}>=0.9)`,
      ...(duplicates ? [`=COUNTIF(${P}!A$${first}:A$${last},${P}!A${r})=1`] : []),
    ]);
  }
  for (const col of ["D", "E", "G"])
    rows.push([`=ABS(${P}!${col}${total}-SUM(${P}!${col}${first}:${col}${last}))<=0.01`]);
  rows.push([`=ABS(SUM(${P}!E${first}:E${last})-${S}!D19)<=0.01`]);
  for (const cls of classes) {
    const detailRow = detailRowOf.get(cls);
    if (detailRow === undefined) continue;
    rows.push([
      `=ARRAYFORMULA(ABS(SUMPRODUCT((LEFT(${P}!B${first}:B${last},3)="${cls}")*${P}!E${first}:E${last})-'支出明细'!F${detailRow})<=0.01)`,
    ]);
  }
  // As the core skips a balance whose total is blank, so does the careful 审核表.
  const unlessBlank = (total: string, test: string): string => `=IF(ISBLANK(${S}!${total}),TRUE(),${test})`;
  for (const c of ["B", "C", "D", "E"]) {
    rows.push([
      unlessBlank(`${c}12`, `ABS(${S}!${c}12-SUM(${S}!${c}4:${c}11))<=0.01`),
      unlessBlank(`${c}15`, `ABS(${S}!${c}15-(${S}!${c}12+${S}!${c}13+${S}!${c}14))<=0.01`),
      unlessBlank(`${c}16`, `ABS(${S}!${c}16-(${S}!${c}17+${S}!${c}18))<=0.01`),
      unlessBlank(`${c}23`, `ABS(${S}!${c}23-(${S}!${c}16+SUM(${S}!${c}19:${c}22)))<=0.01`),
      unlessBlank(`${c}26`, `ABS(${S}!${c}26-(${S}!${c}23+${S}!${c}24+${S}!${c}25))<=0.01`),
      unlessBlank(`${c}15`, `ABS(${S}!${c}15-${S}!${c}26)<=0.01`),
    ]);
  }
  return rows;
}

function main(): void {
  const size = Number(option("size", "10000"));
  const runs = Number(option("runs", "5"));
  const laid = layoutTemplate(WORKLOADS.projects.build(size));
  const snapshot = { sheets: laid.map(laidOutToSnapshotSheet) };
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of laid) sheets[s.name] = s.rows.map((r) => r.map(raw));
  const projects = laid.find((s) => s.key === "项目支出")!;
  const projectRows = projects.rows.length - 4; // title, unit, header … 合计
  const detail = laid.find((s) => s.key === "支出明细")!;
  const detailRowOf = new Map<string, number>();
  detail.rows.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0].length === 3) detailRowOf.set(r[0], i + 1);
  });
  const classes = [...detailRowOf.keys()];
  // --no-dup leaves out the per-project COUNTIF (DATA-DUP), which grows as rows²: the rest alone.
  const duplicates = !process.argv.includes("--no-dup");
  sheets["审核表"] = auditFormulas(projectRows, classes, detailRowOf, duplicates);
  const formulas = sheets["审核表"].reduce((n, r) => n + r.length, 0);

  const core: number[] = [];
  const engine: number[] = [];
  let findings = 0;
  let failing = 0;
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    findings = checkWorkbook(snapshot).findings.length;
    const c = performance.now() - t;
    t = performance.now();
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    const values = hf.getSheetValues(hf.getSheetId("审核表")!);
    failing = values.flat().filter((v) => v === false || (typeof v === "object" && v !== null)).length;
    if (process.env.JIXIAO_BENCH_DEBUG)
      values.forEach((r, i) =>
        r.forEach((v, j) => v !== true && console.error(i + 1, j + 1, v, sheets["审核表"][i][j])),
      );
    const e = performance.now() - t;
    hf.destroy();
    if (i === 0) continue; // warm-up
    core.push(c);
    engine.push(e);
  }
  const cm = median(core);
  const em = median(engine);
  console.log(machine());
  console.log(
    `runs: ${runs} (after one warm-up), medians; ${size} projects, ${formulas} formulas in the 审核表${duplicates ? "" : " (no COUNTIF for DATA-DUP)"}\n`,
  );
  console.log(`core checkWorkbook   ${cm.toFixed(0).padStart(7)} ms   (${findings} findings)`);
  console.log(`HyperFormula         ${em.toFixed(0).padStart(7)} ms   (${failing} formulas false or in error)`);
  console.log(`core is ${(em / cm).toFixed(1)}× faster (target ≥ 50×)`);
}

main();
