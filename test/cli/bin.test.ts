import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import packageJson from "../../package.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require("../../scripts/build-cli.js") as { buildCli: () => Promise<unknown> };

const run = promisify(execFile);
const BIN = join(__dirname, "../../bin/jixiao.js");

/** The bin runs the bundled JavaScript of lib/cli.js (`npm run build:cli`), not TypeScript. */
beforeAll(() => buildCli(), 60_000);

describe("bin/jixiao.js", () => {
  it("is the package's bin and prints its version", async () => {
    expect(packageJson.bin.jixiao).toBe("bin/jixiao.js");
    const { stdout } = await run(process.execPath, [BIN, "--version"]);
    expect(stdout).toBe(`${packageJson.version}\n`);
  }, 30_000);

  it("checks a workbook without loading exceljs's streaming reader and writer, which it never uses", async () => {
    // Start-up is part of every check: `require("exceljs")` would also load unzipper, archiver
    // and the CSV modules (about half the start-up time).
    const dir = mkdtempSync(join(tmpdir(), "jixiao-bin-"));
    try {
      const hook = join(dir, "list-modules.cjs");
      writeFileSync(hook, `process.on("exit", () => process.stderr.write(Object.keys(require.cache).join("\\n")));`);
      const sample = join(dir, "sample.xlsx");
      await run(process.execPath, [BIN, "sample", sample]);
      const { stderr } = await run(process.execPath, ["-r", hook, BIN, "check", sample]).catch(
        (e: { stderr: string }) => e,
      );
      expect(stderr).toMatch(/exceljs[\\/]lib[\\/]xlsx[\\/]xlsx\.js/);
      expect(stderr).not.toMatch(/exceljs[\\/]lib[\\/]stream|[\\/]unzipper[\\/]|[\\/]archiver[\\/]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("exits 2 with one line on stderr for a missing file", async () => {
    const failure = await run(process.execPath, [BIN, "check", "no-such-file.xlsx"]).catch(
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2, stdout: "", stderr: "无法读取 no-such-file.xlsx：文件不存在\n" });
  }, 30_000);

  it("stops quietly when its reader has gone (`jixiao … | head`): no EPIPE stack trace", async () => {
    // `true` exits without reading: the bin's first write finds the pipe closed.
    const { stderr } = await run("sh", ["-c", `"${process.execPath}" "${BIN}" check --help | true`]);
    expect(stderr).toBe("");
  }, 30_000);
});
