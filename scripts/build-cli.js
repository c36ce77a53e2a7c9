#!/usr/bin/env node
"use strict";
// Bundles the command line into lib/cli.js (CommonJS, dependencies left external), so that
// `jixiao` starts on plain Node without compiling TypeScript and without dev dependencies.
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

function buildCli(outfile = path.join(ROOT, "lib", "cli.js")) {
  return esbuild.build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    legalComments: "none",
    logLevel: "warning",
  });
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli().catch(() => {
    process.exitCode = 1;
  });
}
