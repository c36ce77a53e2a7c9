import { buildSync } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The command line as it ships: src/cli/main.ts bundled into one CommonJS file, dependencies
 * left external. The benchmarks run this file, so they measure what a user runs (no
 * TypeScript compiled at start-up). Written under node_modules/.cache, where Node finds the
 * dependencies.
 */
export function buildCli(root: string): string {
  const dir = join(root, "node_modules", ".cache", "jixiao-bench");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "cli.js");
  buildSync({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}
