import { join } from "node:path";
import { main, nodeIO } from "../src/cli/main";
import { SAMPLE_FILE } from "../samples";

/**
 * `npm run demo`: writes the bundled sample (桃江县科工局 2022) to out/demo/, checks it and
 * writes its report as a workbook and as a .docx, exactly as a user would with `jixiao sample`
 * and `jixiao check --report --docx`.
 */
async function demo(): Promise<number> {
  const folder = join("out", "demo");
  const stem = SAMPLE_FILE.replace(/\.xlsx$/, "");
  const path = join(folder, SAMPLE_FILE);
  const io = nodeIO();
  const written = await main(["sample", path, "--force"], io);
  if (written !== 0) return written;
  io.stdout("\n");
  const report = join(folder, `${stem}-报告.xlsx`);
  const docx = join(folder, `${stem}-绩效评价报告.docx`);
  return main(["check", path, "--report", report, "--docx", docx, "--force"], io);
}

demo().then((code) => {
  process.exitCode = code;
});
