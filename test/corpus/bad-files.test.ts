import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { readRegularFile } from "../../src/hosts/file/node";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "../cli/run";

/** Files that are no workbook at all: `check` exits 2 with one line saying why. */

let dir: TempDir;
let good: Uint8Array;
beforeAll(async () => {
  dir = await tempDir();
  good = await readRegularFile(await workbookFile(dir, "good.xlsx", balancedDepartment()));
});
afterAll(() => dir.remove());

/** The zip with its first central-directory entry declaring 1.5 GB. */
function bomb(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      view.setUint32(view.getUint32(i + 16, true) + 24, 1536 * 1024 * 1024, true);
      return copy;
    }
  }
  throw new Error("no end of central directory");
}

const CASES: { name: string; make: () => Promise<string>; says: string }[] = [
  { name: "an empty file", make: () => dir.write("empty.xlsx", new Uint8Array()), says: "文件是空的（0 字节）" },
  { name: "plain text named .xlsx", make: () => dir.write("text.xlsx", "单位名称,局\n"), says: "不是 Excel 工作簿" },
  {
    name: "random bytes",
    make: () =>
      dir.write(
        "random.xlsx",
        Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251),
      ),
    says: "不是 Excel 工作簿",
  },
  {
    name: "an old .xls (OLE container)",
    make: () => dir.write("old.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    says: "文件已加密或为旧版 .xls",
  },
  {
    name: "a workbook cut in half",
    make: () => dir.write("half.xlsx", good.slice(0, Math.floor(good.length / 2))),
    says: "不是 Excel 工作簿",
  },
  { name: "a zip bomb", make: () => dir.write("bomb.xlsx", bomb(good)), says: "解压后超过 200 MB" },
  {
    name: "a FIFO",
    make: async () => {
      execFileSync("mkfifo", [dir.path("fifo.xlsx")]);
      return dir.path("fifo.xlsx");
    },
    says: "不是普通文件",
  },
  {
    name: "a folder",
    make: async () => {
      await mkdir(dir.path("folder.xlsx"));
      return dir.path("folder.xlsx");
    },
    says: "不是普通文件",
  },
  { name: "a missing file", make: async () => dir.path("none.xlsx"), says: "文件不存在" },
];

describe("files that are no workbook", () => {
  for (const c of CASES) {
    it(`${c.name}: exit 2, one line`, async () => {
      const path = await c.make();
      const r = await cli("check", path);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.startsWith(`无法读取 ${path}：`)).toBe(true);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(c.says);
    });
  }
});
