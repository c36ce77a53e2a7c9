#!/usr/bin/env node
"use strict";
// The command line runs from its TypeScript source through tsx, so that a plain
// `npm install` (with ignore-scripts) is enough: there is no compile step.
require("tsx/cjs");
require("../src/cli/main.ts").run();
