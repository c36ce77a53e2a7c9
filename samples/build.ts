import { join } from "node:path";
import { writeBytes } from "../src/hosts/file/node";
import { SAMPLE_FILE, sampleWorkbook } from "./index";

/** Writes the sample workbook: `npx tsx samples/build.ts [folder]` (default samples/out/). */
async function build(folder: string): Promise<void> {
  const path = join(folder, SAMPLE_FILE);
  await writeBytes(path, await sampleWorkbook());
  process.stdout.write(`${path}\n`);
}

build(process.argv[2] ?? join(__dirname, "out")).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
