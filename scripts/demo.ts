import { join } from "node:path";
import { main, nodeIO } from "../src/cli/main";
import { SAMPLE_FILE } from "../samples";

/**
 * `npm run demo`: writes the bundled sample (桃江县科工局 2022) to out/demo/ and checks it,
 * exactly as a user would with `jixiao sample` and `jixiao check`.
 */
async function demo(): Promise<number> {
  const path = join("out", "demo", SAMPLE_FILE);
  const io = nodeIO();
  const written = await main(["sample", path, "--force"], io);
  if (written !== 0) return written;
  io.stdout("\n");
  return main(["check", path], io);
}

demo().then((code) => {
  process.exitCode = code;
});
