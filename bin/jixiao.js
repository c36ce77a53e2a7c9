#!/usr/bin/env node
"use strict";
// The command line, bundled to JavaScript by `npm run build:cli` (scripts/build-cli.js).
const path = require("node:path");
const fs = require("node:fs");

const built = path.join(__dirname, "..", "lib", "cli.js");
if (fs.existsSync(built)) {
  require(built).run();
} else {
  process.stderr.write(
    "jixiao 尚未构建：请先运行 npm run build:cli（jixiao is not built yet: run npm run build:cli）\n",
  );
  process.exitCode = 2;
}
