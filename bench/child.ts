import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { GCProfiler } from "node:v8";
import { checkWorkbook } from "../src/core/check";
import type { CheckResult } from "../src/core/result";
import type { WorkbookSnapshot } from "../src/core/snapshot";
import { templateSnapshot } from "../src/core/template-layout";
// Loaded as the command line loads it: node.ts gives exceljs the zh-CN built-in date formats.
import "../src/hosts/file/node";
import { snapshotFromBuffer } from "../src/hosts/file/read";
import { baselineDepartment, WORKLOADS, type WorkloadName } from "./workbooks";

/**
 * One measurement, in a fresh process forked by run.ts: the baseline and one size of one case,
 * so that each size starts from a clean heap and its peak RSS is its own.
 */

export type Mode = "core" | "file";

export interface Job {
  workload: WorkloadName;
  mode: Mode;
  size: number;
  runs: number;
  warmup: number;
  /** file mode: the .xlsx files run.ts wrote (writing is not measured). */
  baselineFile?: string;
  caseFile?: string;
}

export interface Timing {
  /** Whole run (file mode: read + check). */
  ms: number[];
  /** file mode: snapshotFromBuffer alone. */
  readMs: number[];
}

export interface JobResult {
  job: Job;
  /** Non-empty cells in the case's snapshot. */
  cells: number;
  /** file mode: size of the .xlsx. */
  bytes?: number;
  case: Timing;
  baseline: Timing;
  /** Highest V8 heap used seen during the timed runs of the case (before each GC and at the end). */
  peakHeapBytes: number;
  /** Heap used after a full GC just before the run: modules and the input. */
  heapBeforeBytes: number;
  /** Peak resident set size of this process (input built in it + the runs). */
  peakRssBytes: number;
  findings: number;
  skipped: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

type Input = { kind: "core"; snapshot: WorkbookSnapshot } | { kind: "file"; bytes: Uint8Array };

async function runOnce(input: Input, timing: Timing): Promise<CheckResult> {
  const start = performance.now();
  let snapshot: WorkbookSnapshot;
  if (input.kind === "file") {
    snapshot = await snapshotFromBuffer(input.bytes);
    timing.readMs.push(performance.now() - start);
  } else {
    snapshot = input.snapshot;
  }
  const result = checkWorkbook(snapshot);
  timing.ms.push(performance.now() - start);
  return result;
}

function countCells(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((n, s) => n + s.cells.length, 0);
}

async function measure(job: Job): Promise<JobResult> {
  const workload = WORKLOADS[job.workload];
  let baseline: Input;
  let subject: Input;
  let cells: number;
  let bytes: number | undefined;
  if (job.mode === "file") {
    if (!job.baselineFile || !job.caseFile) throw new Error("file mode needs the workbook files");
    baseline = { kind: "file", bytes: new Uint8Array(readFileSync(job.baselineFile)) };
    const data = new Uint8Array(readFileSync(job.caseFile));
    subject = { kind: "file", bytes: data };
    bytes = data.byteLength;
    cells = countCells(await snapshotFromBuffer(data));
  } else {
    baseline = { kind: "core", snapshot: templateSnapshot(baselineDepartment()) };
    const snapshot = templateSnapshot(workload.build(job.size));
    subject = { kind: "core", snapshot };
    cells = countCells(snapshot);
  }

  const discard: Timing = { ms: [], readMs: [] };
  for (let i = 0; i < job.warmup; i++) {
    await runOnce(baseline, discard);
    await runOnce(subject, discard);
  }

  const caseTiming: Timing = { ms: [], readMs: [] };
  const baselineTiming: Timing = { ms: [], readMs: [] };
  let peakHeap = 0;
  let heapBefore = 0;
  let last: CheckResult | undefined;
  // Baseline and case alternate, so that a slow patch on a shared machine hits both.
  for (let i = 0; i < job.runs; i++) {
    gc();
    await runOnce(baseline, baselineTiming);
    gc();
    heapBefore = Math.max(heapBefore, process.memoryUsage().heapUsed);
    const profiler = new GCProfiler();
    profiler.start();
    last = await runOnce(subject, caseTiming);
    const after = process.memoryUsage().heapUsed;
    const stats = profiler.stop();
    peakHeap = Math.max(peakHeap, after, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  }
  return {
    job,
    cells,
    ...(bytes !== undefined && { bytes }),
    case: caseTiming,
    baseline: baselineTiming,
    peakHeapBytes: peakHeap,
    heapBeforeBytes: heapBefore,
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    findings: last?.findings.length ?? 0,
    skipped: last?.skipped.length ?? 0,
  };
}

function main(): void {
  const job = JSON.parse(process.argv[2] ?? "null") as Job | null;
  if (!job || !process.send) {
    process.stderr.write("bench/child.ts is started by bench/run.ts\n");
    process.exitCode = 2;
    return;
  }
  measure(job).then(
    (result) => process.send?.(result, () => process.disconnect()),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
      process.disconnect();
    },
  );
}

main();
