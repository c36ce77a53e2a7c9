"use strict";
// `npm run demo`: writes the bundled sample (桃江县科工局 2022) to out/demo/, checks it and writes
// its report as a workbook and as a .docx, exactly as a user would with `jixiao sample` and
// `jixiao check --report --docx` — through the built command line (lib/cli.js).
const path = require("node:path");
const { main, nodeIO, SAMPLE_FILE } = require("../lib/cli.js");

async function demo() {
  const folder = path.join("out", "demo");
  const stem = SAMPLE_FILE.replace(/\.xlsx$/, "");
  const workbook = path.join(folder, SAMPLE_FILE);
  const io = nodeIO();
  const written = await main(["sample", workbook, "--force"], io);
  if (written !== 0) return written;
  io.stdout("\n");
  const report = path.join(folder, `${stem}-报告.xlsx`);
  const docx = path.join(folder, `${stem}-绩效评价报告.docx`);
  return main(["check", workbook, "--report", report, "--docx", docx, "--force"], io);
}

demo().then((code) => {
  process.exitCode = code;
});
