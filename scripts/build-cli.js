#!/usr/bin/env node
"use strict";
// Bundles the command line into lib/cli.js (CommonJS, dependencies left external), so that
// `jixiao` starts on plain Node without compiling TypeScript and without dev dependencies.
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

const DEFAULT_OUTFILE = path.join(ROOT, "lib", "cli.js");

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
    logLevel: "warning",
  };
}

function buildCli(outfile = DEFAULT_OUTFILE) {
  return esbuild.build(options(outfile));
}

/** The same build, synchronous; returns the path of the bundle. */
function buildCliSync(outfile = DEFAULT_OUTFILE) {
  esbuild.buildSync(options(outfile));
  return outfile;
}

module.exports = { buildCli, buildCliSync };

if (require.main === module) {
  buildCli().catch(() => {
    process.exitCode = 1;
  });
}
