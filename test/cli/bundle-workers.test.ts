import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { promisify } from "node:util";
import { buildCli } from "../../bench/build-cli";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { workbookFile } from "./run";

/**
 * `batch --jobs N` from the command line bundled into one file (as it ships): the worker
 * threads load that same file and serve, and the main thread's command line does not run twice.
 */

const run = promisify(execFile);

let dir: TempDir;
let cli: string;
beforeAll(async () => {
  dir = await tempDir();
  cli = buildCli();
  await mkdir(dir.path("folder"));
  const broken = balancedDepartment();
  broken.summary!.本年支出合计 = { ...broken.summary!.本年支出合计, 决算数: 1206.29 };
  for (const [name, data] of [
    ["a.xlsx", balancedDepartment()],
    ["b.xlsx", broken],
    ["c.xlsx", balancedDepartment()],
  ] as const)
    await workbookFile(dir, `folder/${name}`, data);
}, 60_000);
afterAll(() => dir.remove());

async function batch(jobs: number): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [
      cli,
      "batch",
      dir.path("folder"),
      "--jobs",
      String(jobs),
      "--json",
    ]);
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; code: number };
    return { stdout: err.stdout, code: err.code };
  }
}

describe("the bundled command line", () => {
  it("checks a batch on worker threads with the same result as one thread", async () => {
    const one = await batch(1);
    const three = await batch(3);
    expect(one.code).toBe(1);
    expect(three).toEqual(one);
    expect(JSON.parse(three.stdout).totals).toMatchObject({ files: 3, readyToSubmit: 2, needsChanges: 1 });
  }, 60_000);
});
