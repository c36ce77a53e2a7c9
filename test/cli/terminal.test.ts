import { escapeForTerminal } from "../../src/cli/terminal";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

/** Cell text and file names reach the terminal escaped; absurd amounts are reported, not printed in full. */

// eslint-disable-next-line no-control-regex -- looking for raw control characters
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: TempDir;
let path: string;
beforeAll(async () => {
  dir = await tempDir();
  const d = balancedDepartment();
  d.summary!.其他收入 = { 决算数: "\u202e007约\u2066", 上年决算数: 80 };
  d.summary!.上缴上级支出 = { 决算数: 1e300 };
  path = await workbookFile(dir, "hostile\u001b[31m.xlsx", d);
});
afterAll(() => dir.remove());

describe("terminal output", () => {
  it("escapes control characters and bidi overrides from cells and file names", async () => {
    const r = await cli("check", path);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain("“\\u202e007约\\u2066”");
    expect(r.stdout).toContain("hostile\\u001b[31m.xlsx");
  });

  it("reports 1e300 as implausible instead of printing 300 digits", async () => {
    const r = await cli("check", path);
    expect(r.stdout).toContain("的数值 1e+300 大得不合情理（超过 10 万亿）");
    expect(r.stdout).not.toMatch(/\d{40}/);
  });

  it("keeps JSON output valid, the escapes meaning the same characters", async () => {
    const r = await cli("check", path, "--json");
    expect(r.stdout).not.toMatch(RAW);
    const json = JSON.parse(r.stdout) as { findings: { message: string }[] };
    expect(json.findings.some((f) => f.message.includes("\u202e007约\u2066"))).toBe(true);
  });

  it("escapes file names in batch lines and on stderr", async () => {
    const r = await cli("batch", dir.path(""));
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain("hostile\\u001b[31m.xlsx");
  });

  it("leaves tabs, newlines and Chinese text alone", () => {
    expect(escapeForTerminal("收支总表\t合计\n")).toBe("收支总表\t合计\n");
  });
});
