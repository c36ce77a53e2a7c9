import { execFileSync } from "node:child_process";
import { mkdir, symlink } from "node:fs/promises";
import { decodeText } from "../../src/cli/input";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

/** Arguments and inputs that used to give raw system codes or the wrong reason: each gets one clear line. */

let dir: TempDir;
let book: string;
beforeAll(async () => {
  dir = await tempDir();
  book = await workbookFile(dir, "book.xlsx", balancedDepartment());
});
afterAll(() => dir.remove());

async function refused(...argv: string[]): Promise<string> {
  const r = await cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  return r.stderr.trim();
}

describe("clear messages", () => {
  it("--report under a file: names the file that stands in the way", async () => {
    const file = await dir.write("note.txt", "x");
    expect(await refused("check", book, "--report", `${file}/out.xlsx`)).toBe(
      `无法写入 ${file}/out.xlsx：${file} 是文件，不是文件夹`,
    );
    expect(await refused("check", book, "--report", `${file}/sub/out.xlsx`, "--lang", "en-US")).toBe(
      `cannot write ${file}/sub/out.xlsx: ${file} is a file, not a folder`,
    );
  });

  it("--tolerance -1: says the value is wrong, not missing", async () => {
    expect(await refused("check", book, "--tolerance", "-1")).toBe("--tolerance 应为非负数（如 0.01），而不是 “-1”");
  });

  it("a folder as --profile: not a file, rather than not valid JSON", async () => {
    await mkdir(dir.path("profile.json"));
    const line = await refused("check", book, "--profile", dir.path("profile.json"));
    expect(line).toContain("不是普通文件（是文件夹、管道或设备）");
  });

  it("a FIFO as the workbook or as check-text input: refused at once", async () => {
    const fifo = dir.path("fifo.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await refused("check", fifo)).toContain("不是普通文件");
    expect(await refused("check-text", fifo)).toContain("不是普通文件");
  });
});

describe("batch and links", () => {
  it("does not follow a symbolic link to a FIFO: the link is listed as not a regular file, the batch goes on", async () => {
    await mkdir(dir.path("folder"));
    execFileSync("mkfifo", [dir.path("pipe")]);
    await symlink(dir.path("pipe"), dir.path("folder/a-link.xlsx"));
    await workbookFile(dir, "folder/b-book.xlsx", balancedDepartment());
    const r = await cli("batch", dir.path("folder"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a-link\.xlsx\s+无法读取：不是普通文件（是文件夹、管道或设备）/);
    expect(r.stdout).toMatch(/b-book\.xlsx\s+示范县工业和信息化局/);
  });
});

describe("UTF-16 text without a byte-order mark", () => {
  const text = "一、部门基本情况\n本年收入合计1190.00万元。\n";
  const le = new Uint8Array(Buffer.from(text, "utf16le"));
  const be = le.slice();
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];

  it("is decoded as UTF-16 (little- and big-endian), not called 'not plain text'", () => {
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
  });

  it("still refuses binary with NUL bytes (a .docx given by mistake)", () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]))).toBeUndefined();
  });

  it("is checked by check-text", async () => {
    const path = await dir.write("utf16.txt", le);
    const r = await cli("check-text", path, "--json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toHaveProperty("findings");
  });
});
