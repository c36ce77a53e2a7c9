import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { layoutTemplate } from "../src/core/template-layout";
import { workbookFromLayout } from "../src/hosts/file/write";
import { buildCli } from "./build-cli";
import { machine, median } from "./machine";
import { WORKLOADS } from "./workbooks";

/**
 * `npx tsx bench/side-by-side.ts [--sizes 1000,10000,50000] [--runs 5]`: `jixiao check` end to
 * end (process start, read, check, JSON out) against exceljs merely loading the same file, each
 * in a fresh process, alternating, at growing 项目支出 sizes. Prints the medians and the ratios
 * (targets: time ≤ 1.3×, peak memory ≤ 2×).
 */

/** Preloaded into each measured process: its peak resident set size, written at exit. */
const PEAK_RSS = `process.on("exit", () =>
  require("node:fs").writeFileSync(process.env.JIXIAO_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024)));`;

/** The reference: exceljs loading the workbook file and nothing else. */
const LOAD_ONLY = `const { Workbook } = require(${JSON.stringify(require.resolve("exceljs"))});
new Workbook().xlsx.load(require("node:fs").readFileSync(process.argv[2])).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});`;

let peakRss = "";
let loadOnly = "";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

interface Sample {
  ms: number;
  rssMB: number;
}

function measure(args: string[], dir: string): Sample {
  const rssFile = join(dir, "rss");
  const start = performance.now();
  const r = spawnSync(process.execPath, ["-r", peakRss, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, JIXIAO_BENCH_RSS: rssFile },
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { ms, rssMB: Number(readFileSync(rssFile, "utf8")) / 2 ** 20 };
}

async function main(): Promise<void> {
  const sizes = option("sizes", "1000,10000,50000").split(",").map(Number);
  const runs = Number(option("runs", "5"));
  const cli = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
  peakRss = join(dir, "peak-rss.cjs");
  loadOnly = join(dir, "load-exceljs.cjs");
  writeFileSync(peakRss, PEAK_RSS);
  writeFileSync(loadOnly, LOAD_ONLY);
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `projects-${size}.xlsx`);
      writeFileSync(file, await workbookFromLayout(layoutTemplate(WORKLOADS.projects.build(size))));
      const load: Sample[] = [];
      const check: Sample[] = [];
      measure([loadOnly, file], dir); // warm the disk cache
      for (let i = 0; i < runs; i++) {
        load.push(measure([loadOnly, file], dir));
        check.push(measure([cli, "check", file, "--json"], dir));
      }
      const lm = median(load.map((s) => s.ms));
      const cm = median(check.map((s) => s.ms));
      const lr = median(load.map((s) => s.rssMB));
      const cr = median(check.map((s) => s.rssMB));
      rows.push(
        [size, lm, cm, cm / lm, lr, cr, cr / lr].map((v, j) =>
          j === 0 ? String(v) : v.toFixed(j === 3 || j === 6 ? 2 : 0),
        ),
      );
      process.stderr.write(`${size} done\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const head = ["项目支出 rows", "load ms", "check ms", "time ×", "load MB", "check MB", "memory ×"];
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]): string => cells.map((c, j) => c.padStart(widths[j])).join("  ");
  console.log(machine());
  console.log(`runs: ${runs} per size, medians; each run a fresh process\n`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

void main();
