import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";

/** Real .xlsx files for tests, made in code in a temporary folder (never committed). */

export interface TempDir {
  path(name: string): string;
  write(name: string, bytes: Uint8Array | string): Promise<string>;
  workbook(name: string, build: (wb: Workbook) => void): Promise<string>;
  remove(): Promise<void>;
}

export async function tempDir(): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-test-"));
  const path = (name: string) => join(dir, name);
  const write = async (name: string, bytes: Uint8Array | string) => {
    await writeFile(path(name), bytes);
    return path(name);
  };
  return {
    path,
    write,
    async workbook(name, build) {
      const wb = new Workbook();
      build(wb);
      return write(name, new Uint8Array(await wb.xlsx.writeBuffer()));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
