import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
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

function run(cli: string, args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function main(): void {
  const files = Number(option("files", "200"));
  const runs = Number(option("runs", "3"));
  const jobs = Number(option("jobs", "2"));
  const cli = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "jixiao-batch-"));
  try {
    const sample = join(dir, "sample.xlsx");
    run(cli, ["sample", sample]);
    const folder = join(dir, "folder");
    run(cli, ["template", join(folder, "template.xlsx")]);
    rmSync(join(folder, "template.xlsx"));
    for (let i = 0; i < files; i++) copyFileSync(sample, join(folder, `dept-${String(i).padStart(4, "0")}.xlsx`));
    const one: number[] = [];
    const many: number[] = [];
    let same = true;
    for (let i = 0; i < runs; i++) {
      const a = run(cli, ["batch", folder, "--jobs", "1"]);
      const b = run(cli, ["batch", folder, "--jobs", String(jobs)]);
      one.push(a.ms);
      many.push(b.ms);
      same &&= a.stdout === b.stdout;
    }
    const m1 = median(one);
    const mn = median(many);
    console.log(machine());
    console.log(`runs: ${runs}, medians; ${files} copies of the bundled sample\n`);
    console.log(`--jobs 1        ${m1.toFixed(0).padStart(7)} ms   ${((files / m1) * 1000).toFixed(1)} workbooks/s`);
    console.log(
      `--jobs ${jobs}        ${mn.toFixed(0).padStart(7)} ms   ${((files / mn) * 1000).toFixed(1)} workbooks/s`,
    );
    console.log(
      `throughput × ${(m1 / mn).toFixed(2)} (target ≥ 1.6 with 2 jobs on 2 cores); summary table ${same ? "identical" : "DIFFERENT"}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
