#!/usr/bin/env node
"use strict";
// Bundles the command line into lib/cli.js (CommonJS, dependencies left external), so that
// `jixiao` starts on plain Node without compiling TypeScript and without dev dependencies.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

const DEFAULT_OUTFILE = path.join(ROOT, "lib", "cli.js");

/** `import … from "exceljs"` in the bundle: the workbook alone, without the streaming modules. */
const EXCELJS_LITE = path.join(ROOT, "src", "hosts", "file", "exceljs-lite.cjs");
const exceljsLite = {
  name: "exceljs-lite",
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: EXCELJS_LITE }));
  },
};

// CommonJS, one file: batch workers start `new Worker(__filename)`, which must be this bundle.
function options(outfile) {
  return {
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    legalComments: "none",
    plugins: [exceljsLite],
    logLevel: "warning",
  };
}

function buildCli(outfile = DEFAULT_OUTFILE) {
  return esbuild.build(options(outfile));
}

/**
 * The same build, synchronous (for the benchmarks): esbuild takes plugins only in its
 * asynchronous API, so this runs this script in a child process. Returns the bundle's path.
 */
function buildCliSync(outfile = DEFAULT_OUTFILE) {
  execFileSync(process.execPath, [__filename, outfile], { stdio: "inherit" });
  return outfile;
}

module.exports = { buildCli, buildCliSync };

if (require.main === module) {
  buildCli(process.argv[2] ?? DEFAULT_OUTFILE).catch(() => {
    process.exitCode = 1;
  });
}
