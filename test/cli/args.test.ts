import packageJson from "../../package.json";
import { cli } from "./run";

/** Bad arguments: exit 2, one line on stderr, nothing on stdout, never a stack trace. */
async function expectBadArguments(argv: string[], line: string | RegExp): Promise<void> {
  const r = await cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  if (typeof line === "string") expect(r.stderr.trimEnd()).toBe(line);
  else expect(r.stderr).toMatch(line);
}

describe("jixiao: help and version", () => {
  it("prints the help with every command and exits 0", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const c of [
      "check <workbook.xlsx>",
      "check-text <report.txt>",
      "batch <folder>",
      "template <out.xlsx>",
      "sample <out.xlsx>",
      "退出码",
    ])
      expect(r.stdout).toContain(c);
  });

  it("prints the help in English with --lang en-US before or after", async () => {
    expect((await cli("--lang", "en-US", "--help")).stdout).toContain("Exit codes");
    expect((await cli("--help", "--lang=en-US")).stdout).toContain("Exit codes");
  });

  it("prints a command's options with <command> --help", async () => {
    const r = await cli("check", "--help");
    expect(r.code).toBe(0);
    for (const o of [
      "--json",
      "--report <out.xlsx>",
      "--docx <out.docx>",
      "--tolerance <n>",
      "--profile <profile.json>",
      "--force",
      "--lang <zh-CN|en-US>",
    ])
      expect(r.stdout).toContain(o);
  });

  it("prints the options of check-text and batch, and batch's own exit codes", async () => {
    const text = await cli("check-text", "--help", "--lang", "en-US");
    expect(text.stdout).toContain("jixiao check-text <report.txt> [--workbook <workbook.xlsx>] [--json]");
    const batch = await cli("batch", "--help");
    expect(batch.stdout).toContain("jixiao batch <folder> [--json] [--jobs <N>]");
    expect(batch.stdout).toContain("1 至少一个工作簿有错误或无法读取");
  });

  it("prints the package version", async () => {
    for (const flag of ["--version", "-v"])
      expect(await cli(flag)).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });
});

describe("jixiao: bad arguments", () => {
  it("rejects no command", () => expectBadArguments([], "缺少命令；用法见 jixiao --help"));
  it("rejects an unknown command", () =>
    expectBadArguments(["chek", "a.xlsx"], "未知命令 “chek”；用法见 jixiao --help"));
  it("rejects an unknown option", () =>
    expectBadArguments(["check", "a.xlsx", "--jsn"], "未知选项 --jsn；用法见 jixiao check --help"));
  it("rejects an option without its value", () =>
    expectBadArguments(["check", "a.xlsx", "--tolerance"], "选项 --tolerance 需要一个值"));
  it("rejects a missing workbook path", () =>
    expectBadArguments(["check", "--json"], /^缺少参数 <workbook\.xlsx>；用法：jixiao check <workbook\.xlsx>/));
  it("rejects an extra argument", () => expectBadArguments(["check", "a.xlsx", "b.xlsx"], /^多余的参数 “b\.xlsx”/));
  it("rejects an unknown language", () =>
    expectBadArguments(["check", "a.xlsx", "--lang", "fr"], "--lang 只能是 zh-CN 或 en-US，而不是 “fr”"));
  it("rejects a tolerance that is not a non-negative number", async () => {
    await expectBadArguments(
      ["check", "a.xlsx", "--tolerance", "约0.01"],
      "--tolerance 应为非负数（如 0.01），而不是 “约0.01”",
    );
    await expectBadArguments(["check", "a.xlsx", "--tolerance=-1"], "--tolerance 应为非负数（如 0.01），而不是 “-1”");
  });
  it("says it in English with --lang en-US", () =>
    expectBadArguments(
      ["check", "a.xlsx", "--jsn", "--lang", "en-US"],
      "unknown option --jsn; see jixiao check --help",
    ));
});
