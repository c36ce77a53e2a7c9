import type { JobResult, Mode } from "./child";
import { WORKLOADS, type WorkloadName } from "./workbooks";

/** Medians, ratios to the smallest size, growth exponents; the table and the JSON. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Row {
  workload: WorkloadName;
  mode: Mode;
  size: number;
  cells: number;
  bytes?: number;
  medianMs: number;
  /** file mode: snapshotFromBuffer alone. */
  readMedianMs?: number;
  baselineMedianMs: number;
  /** size / smallest size of the same case. */
  sizeRatio: number;
  /** median / median of the smallest size of the same case. */
  timeRatio: number;
  /** k in time ∝ size^k between this size and the previous one (1 linear, 2 quadratic). */
  exponent?: number;
  peakHeapMB: number;
  heapBeforeMB: number;
  peakRssMB: number;
  findings: number;
  skipped: number;
  samplesMs: number[];
  baselineSamplesMs: number[];
}

const MB = 1024 * 1024;

export function toRows(results: readonly JobResult[]): Row[] {
  const rows: Row[] = [];
  const groups = new Map<string, JobResult[]>();
  for (const r of results) {
    const key = `${r.job.workload}/${r.job.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.job.size - b.job.size);
    const first = sorted[0];
    const firstMs = median(first.case.ms);
    sorted.forEach((r, i) => {
      const ms = median(r.case.ms);
      const base = median(r.baseline.ms);
      const prev = sorted[i - 1];
      const exponent =
        prev && r.job.size !== prev.job.size
          ? Math.log(ms / median(prev.case.ms)) / Math.log(r.job.size / prev.job.size)
          : undefined;
      rows.push({
        workload: r.job.workload,
        mode: r.job.mode,
        size: r.job.size,
        cells: r.cells,
        ...(r.bytes !== undefined && { bytes: r.bytes }),
        medianMs: ms,
        ...(r.case.readMs.length > 0 && { readMedianMs: median(r.case.readMs) }),
        baselineMedianMs: base,
        sizeRatio: r.job.size / first.job.size,
        timeRatio: ms / firstMs,
        ...(exponent !== undefined && { exponent }),
        peakHeapMB: r.peakHeapBytes / MB,
        heapBeforeMB: r.heapBeforeBytes / MB,
        peakRssMB: r.peakRssBytes / MB,
        findings: r.findings,
        skipped: r.skipped,
        samplesMs: r.case.ms,
        baselineSamplesMs: r.baseline.ms,
      });
    });
  }
  return rows;
}

function fixed(x: number | undefined, digits: number): string {
  return x === undefined || !Number.isFinite(x) ? "" : x.toFixed(digits);
}

function ms(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A compact, aligned text table (ASCII headers, so CJK widths never skew the columns). */
export function formatTable(rows: readonly Row[], runs: number): string {
  const header = [
    "case",
    "size",
    "cells",
    "median ms",
    "read ms",
    "x size",
    "x time",
    "exp",
    "base ms",
    "heap MB",
    "rss MB",
    "find/skip",
  ];
  const body = rows.map((r) => [
    `${r.workload}/${r.mode}`,
    String(r.size),
    String(r.cells),
    ms(r.medianMs),
    ms(r.readMedianMs),
    fixed(r.sizeRatio, 0),
    fixed(r.timeRatio, 1),
    fixed(r.exponent, 2),
    ms(r.baselineMedianMs),
    fixed(r.peakHeapMB, 0),
    fixed(r.peakRssMB, 0),
    `${r.findings}/${r.skipped}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const units = [...new Set(rows.map((r) => r.workload))].map((w) => `${w}: size = ${WORKLOADS[w].unit}`);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    `median of ${runs} run${runs === 1 ? "" : "s"} after warm-up; x = ratio to the smallest size of the same case; ` +
      `exp = k in time ~ size^k since the previous size (1 linear, 2 quadratic); ` +
      `base = the balanced department, run in the same process.`,
    ...units,
  ].join("\n");
}
