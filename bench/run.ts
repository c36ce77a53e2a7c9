import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { TemplateData } from "../src/core/template-layout";
import { layoutTemplate } from "../src/core/template-layout";
import { workbookFromLayout } from "../src/hosts/file/write";
import type { Job, JobResult, Mode } from "./child";
import { formatTable, toRows } from "./stats";
import { baselineDepartment, WORKLOADS, type WorkloadName } from "./workbooks";

/**
 * `npm run bench [-- options]`: how checking grows with the size of the workbook.
 * Not a test: nothing here passes or fails on time. See bench/README.md.
 */

const USAGE = `usage: npm run bench -- [options]

  --case <list>     workloads: expenditure, projects (default: both)
  --mode <list>     core (checkWorkbook on a snapshot), file (snapshotFromBuffer + check) (default: both)
  --sizes <list>    sizes for the chosen workloads, e.g. 200,2000 (default: expenditure 200,2000,20000;
                    projects 100,1000,10000)
  --runs <n>        timed runs per size (default 5); the median is reported
  --warmup <n>      untimed runs first (default 1)
  --json            print JSON instead of the table
  --help`;

interface Options {
  workloads: WorkloadName[];
  modes: Mode[];
  sizes?: number[];
  runs: number;
  warmup: number;
  json: boolean;
}

class UsageError extends Error {}

function list<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T[] {
  const items = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = items.filter((s) => !allowed.includes(s as T));
  if (items.length === 0 || bad.length > 0) throw new UsageError(`${flag}: expected some of ${allowed.join(", ")}`);
  return [...new Set(items)] as T[];
}

function count(value: string | undefined, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag}: expected an integer ≥ ${min}`);
  return n;
}

export function parseArgs(argv: readonly string[]): Options | "help" {
  const options: Options = {
    workloads: ["expenditure", "projects"],
    modes: ["core", "file"],
    runs: 5,
    warmup: 1,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case "--help":
      case "-h":
        return "help";
      case "--json":
        options.json = true;
        break;
      case "--case":
        options.workloads = list(value(), Object.keys(WORKLOADS) as WorkloadName[], flag);
        break;
      case "--mode":
        options.modes = list(value(), ["core", "file"] as const, flag);
        break;
      case "--sizes":
        options.sizes = [...new Set((value() ?? "").split(",").map((s) => count(s.trim().replace(/_/g, ""), flag, 1)))];
        break;
      case "--runs":
        options.runs = count(value(), flag, 1);
        break;
      case "--warmup":
        options.warmup = count(value(), flag, 0);
        break;
      default:
        throw new UsageError(`unknown argument ${arg}`);
    }
  }
  for (const w of options.workloads) {
    const { minSize, maxSize } = WORKLOADS[w];
    const wrong = (options.sizes ?? []).filter((s) => s < minSize || s > maxSize);
    if (wrong.length > 0) throw new UsageError(`--sizes: ${w} takes sizes from ${minSize} to ${maxSize}`);
  }
  return options;
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function writeWorkbook(dir: string, name: string, data: TemplateData): Promise<string> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await workbookFromLayout(layoutTemplate(data)));
  return path;
}

function runChild(job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, "child.ts"), [JSON.stringify(job)], {
      // tsx's loader flags, plus a gc() to start every timed run from a collected heap.
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: JobResult | undefined;
    child.on("message", (m) => (result = m as JobResult));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`bench child for ${job.workload}/${job.mode} ${job.size} exited with ${code}`));
    });
  });
}

async function bench(options: Options): Promise<JobResult[]> {
  const results: JobResult[] = [];
  const dir = options.modes.includes("file") ? mkdtempSync(join(tmpdir(), "jixiao-bench-")) : undefined;
  try {
    const baselineFile = dir && (await writeWorkbook(dir, "baseline", baselineDepartment()));
    for (const name of options.workloads) {
      const workload = WORKLOADS[name];
      const sizes = [...(options.sizes ?? workload.defaultSizes)].sort((a, b) => a - b);
      for (const mode of options.modes) {
        for (const size of sizes) {
          let caseFile: string | undefined;
          if (mode === "file" && dir) {
            progress(`${name}/${mode} ${size}: writing the .xlsx (not measured)…`);
            caseFile = await writeWorkbook(dir, `${name}-${size}`, workload.build(size));
          }
          progress(`${name}/${mode} ${size}: measuring…`);
          const job: Job = {
            workload: name,
            mode,
            size,
            runs: options.runs,
            warmup: options.warmup,
            baselineFile,
            caseFile,
          };
          results.push(await runChild(job));
        }
      }
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const rows = toRows(await bench(options));
  if (options.json) {
    const machine = { node: process.version, platform: process.platform, arch: process.arch, cpus: cpus().length };
    const out = { machine, runs: options.runs, warmup: options.warmup, results: rows };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatTable(rows, options.runs)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
