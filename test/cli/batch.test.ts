import { mkdir } from "node:fs/promises";
import packageJson from "../../package.json";
import { checkOne } from "../../src/cli/batch-check";
import { checkInWorkers } from "../../src/cli/batch-workers";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

let dir: TempDir;
let folder: string;
beforeAll(async () => {
  dir = await tempDir();
  await mkdir(dir.path("departments/archive"), { recursive: true });
  folder = dir.path("departments");
  await workbookFile(dir, "departments/a-good.xlsx", balancedDepartment());
  const broken = balancedDepartment();
  broken.summary!.本年支出合计 = { ...broken.summary!.本年支出合计, 决算数: 1206.29 };
  await workbookFile(dir, "departments/b-errors.xlsx", broken);
  await dir.write("departments/c-garbage.xlsx", "这不是工作簿");
  // Not checked: Excel's lock file, another kind of file, a subfolder's workbook.
  await dir.write("departments/~$a-good.xlsx", "lock");
  await dir.write("departments/notes.txt", "说明");
  await workbookFile(dir, "departments/archive/old.xlsx", broken);
});
afterAll(() => dir.remove());

describe("jixiao batch --json", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  let r: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    r = await cli("batch", folder, "--json");
    json = JSON.parse(r.stdout);
  }, 60_000);

  it("has one entry per .xlsx of the folder, lock files and subfolders left out, and exits 1", () => {
    expect(r.code).toBe(1);
    expect(Object.keys(json)).toEqual(["tool", "version", "files", "totals"]);
    expect(json.tool).toBe(packageJson.name);
    expect(json.version).toBe(packageJson.version);
    expect(json.files.map((f: { input: string }) => f.input)).toEqual(
      ["a-good.xlsx", "b-errors.xlsx", "c-garbage.xlsx"].map((n) => dir.path(`departments/${n}`)),
    );
  });

  it("gives each readable workbook the object of check --json", async () => {
    const [good, errors] = json.files;
    const single = JSON.parse((await cli("check", dir.path("departments/b-errors.xlsx"), "--json")).stdout);
    expect(errors).toEqual(single);
    expect(good.summary).toEqual({
      error: 0,
      warning: good.summary.warning,
      info: good.summary.info,
      readyToSubmit: true,
    });
    expect(errors.summary.readyToSubmit).toBe(false);
    expect(errors.findings.some((f: { rule: string }) => f.rule === "BAL-EXP")).toBe(true);
  });

  it("gives an unreadable workbook its one-line error, and goes on", () => {
    expect(json.files[2]).toEqual({
      tool: packageJson.name,
      version: packageJson.version,
      input: dir.path("departments/c-garbage.xlsx"),
      error: `无法读取 ${dir.path("departments/c-garbage.xlsx")}：不是 Excel 工作簿（.xlsx）`,
    });
  });

  it("adds up the totals", () => {
    const [good, errors] = json.files;
    const sum = (k: string) => good.summary[k] + errors.summary[k];
    expect(json.totals).toEqual({
      files: 3,
      readyToSubmit: 1,
      needsChanges: 1,
      unreadable: 1,
      error: sum("error"),
      warning: sum("warning"),
      info: sum("info"),
    });
    expect(json.totals.error).toBeGreaterThan(0);
  });

  it("prints a progress line per workbook on stderr", () => {
    expect(r.stderr).toBe("[1/3] a-good.xlsx\n[2/3] b-errors.xlsx\n[3/3] c-garbage.xlsx\n");
  });

  it("gives the same result with --jobs 2", async () => {
    const parallel = await cli("batch", folder, "--json", "--jobs", "2");
    expect(parallel.code).toBe(r.code);
    expect(JSON.parse(parallel.stdout)).toEqual(json);
    expect(parallel.stderr.trimEnd().split("\n").sort()).toEqual(r.stderr.trimEnd().split("\n").sort());
  }, 60_000);
});

describe("jixiao batch: readable output and exit codes", () => {
  it("lists each workbook with its 单位, counts and verdict, then the totals", async () => {
    const r = await cli("batch", folder);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`批量检查 · ${folder}（3 个工作簿）`);
    expect(lines.find((l) => l.includes("a-good.xlsx"))).toMatch(/示范县工业和信息化局 +错误 0 · .*可以提交$/);
    expect(lines.find((l) => l.includes("b-errors.xlsx"))).toMatch(/错误 [1-9]\d* · .*需修改/);
    expect(lines.find((l) => l.includes("c-garbage.xlsx"))).toMatch(/无法读取：不是 Excel 工作簿（\.xlsx）$/);
    expect(r.stdout).toMatch(/合计：3 个工作簿，可以提交 1，需修改 1，无法读取 1；错误 [1-9]/);
  }, 60_000);

  it("exits 0 on a folder whose workbooks have no errors", async () => {
    const ok = dir.path("ok");
    await mkdir(ok);
    await workbookFile(dir, "ok/甲.xlsx", balancedDepartment());
    const r = await cli("batch", ok, "--lang", "en-US");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Total: 1 workbook\(s\), 1 ready to submit/);
  }, 60_000);

  it("exits 2 with one line when the folder cannot be read", async () => {
    const missing = dir.path("nowhere");
    expect(await cli("batch", missing)).toEqual({
      code: 2,
      stdout: "",
      stderr: `无法读取文件夹 ${missing}：文件夹不存在\n`,
    });
    const file = await dir.write("file.xlsx", "x");
    expect((await cli("batch", file)).stderr).toBe(`无法读取文件夹 ${file}：不是文件夹\n`);
  });

  it("rejects a --jobs that is not a positive whole number", async () => {
    for (const bad of ["0", "-1", "two", "1.5"]) {
      expect(await cli("batch", folder, `--jobs=${bad}`)).toEqual({
        code: 2,
        stdout: "",
        stderr: `--jobs 应为正整数（如 2），而不是 “${bad}”\n`,
      });
    }
  });
});

describe("checkInWorkers", () => {
  it("checks on worker threads what one thread checks, in the folder's order", async () => {
    const requests = ["a-good.xlsx", "b-errors.xlsx", "c-garbage.xlsx"].map((n) => ({
      path: dir.path(`departments/${n}`),
      lang: "zh-CN" as const,
      json: true,
    }));
    const started: number[] = [];
    const threaded = await checkInWorkers(requests, 2, (i) => started.push(i));
    expect(started.sort()).toEqual([0, 1, 2]);
    expect(threaded).toEqual(await Promise.all(requests.map(checkOne)));
  }, 60_000);
});
