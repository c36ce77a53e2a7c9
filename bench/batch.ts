import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCli } from "./build-cli";
import { machine, median } from "./machine";

/**
 * `npx tsx bench/batch.ts [--files 200] [--runs 3] [--jobs 2]`: `jixiao batch` over a folder of
 * sample-sized workbooks (the bundled sample, copied), with --jobs 1 and --jobs N, alternating.
 * Prints the medians, the throughput ratio (target on 2 cores: ≥ 1.6× with 2 jobs) and whether
 * the summary table is the same.
 */

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/**
 * Preloaded into each measured process: the CPU time of all its threads (V8's compiler and
 * garbage collector run beside the main thread), written at exit.
 */
const CPU_TIME = `process.on("exit", () => {
  const u = process.cpuUsage();
  require("node:fs").writeFileSync(process.env.JIXIAO_BENCH_CPU, String((u.user + u.system) / 1000));
});`;

interface Run {
  ms: number;
  /** CPU milliseconds of every thread of the process. */
  cpuMs: number;
  stdout: string;
}

function run(cli: string, args: string[], dir: string): Run {
  const preload = join(dir, "cpu-time.cjs");
  writeFileSync(preload, CPU_TIME);
  const cpuFile = join(dir, "cpu");
  const start = performance.now();
  const r = spawnSync(process.execPath, ["-r", preload, cli, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, JIXIAO_BENCH_CPU: cpuFile },
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { ms, cpuMs: Number(readFileSync(cpuFile, "utf8")), stdout: r.stdout };
}

function main(): void {
  const files = Number(option("files", "200"));
  const runs = Number(option("runs", "3"));
  const jobs = Number(option("jobs", "2"));
  const cli = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "jixiao-batch-"));
  try {
    const sample = join(dir, "sample.xlsx");
    run(cli, ["sample", sample], dir);
    const folder = join(dir, "folder");
    run(cli, ["template", join(folder, "template.xlsx")], dir);
    rmSync(join(folder, "template.xlsx"));
    for (let i = 0; i < files; i++) copyFileSync(sample, join(folder, `dept-${String(i).padStart(4, "0")}.xlsx`));
    const one: Run[] = [];
    const many: Run[] = [];
    let same = true;
    for (let i = 0; i < runs; i++) {
      const a = run(cli, ["batch", folder, "--jobs", "1"], dir);
      const b = run(cli, ["batch", folder, "--jobs", String(jobs)], dir);
      one.push(a);
      many.push(b);
      same &&= a.stdout === b.stdout;
    }
    const m1 = median(one.map((r) => r.ms));
    const mn = median(many.map((r) => r.ms));
    // CPU time over wall time: how many cores a run kept busy (above 1 with one job: V8's
    // compiler and garbage collector working beside the main thread).
    const cores = (rs: Run[]): string => median(rs.map((r) => r.cpuMs / r.ms)).toFixed(2);
    const line = (label: string, ms: number, rs: Run[]): string =>
      `${label.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms   ${((files / ms) * 1000).toFixed(1)} workbooks/s   ${cores(rs)} cores busy`;
    console.log(machine());
    console.log(`runs: ${runs}, medians; ${files} copies of the bundled sample\n`);
    console.log(line("--jobs 1", m1, one));
    console.log(line(`--jobs ${jobs}`, mn, many));
    console.log(
      `throughput × ${(m1 / mn).toFixed(2)} (target ≥ 1.6 with 2 jobs on 2 cores); summary table ${same ? "identical" : "DIFFERENT"}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
