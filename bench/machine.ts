import { execSync } from "node:child_process";
import { availableParallelism, cpus, totalmem } from "node:os";

/** The machine a benchmark ran on, in one line: CPUs, memory, Node, load at the start. */
export function machine(): string {
  const load = (() => {
    try {
      return execSync("cat /proc/loadavg", { encoding: "utf8" }).split(" ").slice(0, 3).join(" ");
    } catch {
      return "n/a";
    }
  })();
  return `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${load}`;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
