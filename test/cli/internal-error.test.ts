import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

jest.mock("../../src/core/check", () => ({
  checkWorkbook: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'value')\n    at somewhere.ts:1:1");
  },
}));

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

describe("jixiao: an unexpected internal error", () => {
  it("is one line 内部错误：… on stderr with exit 2, not a stack trace and not silence", async () => {
    const path = await workbookFile(dir, "any.xlsx", balancedDepartment());
    const r = await cli("check", path);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("内部错误：Cannot read properties of undefined (reading 'value')\n");
  });
});
