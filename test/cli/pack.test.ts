import { execFile } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import packageJson from "../../package.json";
import { tempDir, type TempDir } from "../hosts/file/files";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require("../../scripts/build-cli.js") as { buildCli: () => Promise<unknown> };

const run = promisify(execFile);
const ROOT = join(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * What a user gets from the packed package: `npm pack`, installed into an empty folder with
 * production dependencies only, runs `jixiao sample` and `jixiao check` on plain Node.
 */
describe("the packed command line", () => {
  let dir: TempDir;
  let project: string;
  const jixiao = (...args: string[]) =>
    run(process.execPath, [join(project, "node_modules", ".bin", "jixiao"), ...args], { cwd: project });

  beforeAll(async () => {
    dir = await tempDir();
    await buildCli();
    const { stdout } = await run(NPM, ["pack", "--json", "--ignore-scripts", "--pack-destination", dir.path(".")], {
      cwd: ROOT,
    });
    const [{ filename, files }] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["bin/jixiao.js", "lib/cli.js"]));
    expect(files.some((f) => f.path.startsWith("src/"))).toBe(false);
    project = dir.path("user");
    await run("mkdir", ["-p", project]);
    await writeFile(join(project, "package.json"), JSON.stringify({ name: "user", private: true }));
    await run(NPM, ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", join(dir.path(filename))], {
      cwd: project,
    });
  }, 600_000);
  afterAll(() => dir?.remove());

  it("installs without dev dependencies: no TypeScript compiler, no tsx", async () => {
    const installed = await readdir(join(project, "node_modules"));
    expect(installed).toContain(packageJson.name);
    expect(installed).not.toContain("tsx");
    expect(installed).not.toContain("typescript");
    expect(installed).not.toContain("react");
  });

  it("writes the sample and checks it with the summary and exit code 0", async () => {
    await jixiao("sample", "sample.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(project, "sample.xlsx"));
    expect(workbook.getWorksheet("收支总表")).toBeDefined();

    const { stdout, stderr } = await jixiao("check", "sample.xlsx", "--report", "report.xlsx", "--docx", "report.docx");
    expect(stderr).toBe("");
    expect(stdout).toContain("桃江县科工局");
    expect(stdout).toMatch(/自评得分\s*[\d.]+/);
    expect(await readdir(project)).toEqual(expect.arrayContaining(["report.xlsx", "report.docx"]));
  }, 120_000);
});
