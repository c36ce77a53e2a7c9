import type { TemplateData } from "../../src/core/template-layout";
import { layoutTemplate } from "../../src/core/template-layout";
import type { SheetKey } from "../../src/core/model";
import { main } from "../../src/cli/main";
import { workbookFromLayout } from "../../src/hosts/file/write";
import type { TempDir } from "../hosts/file/files";

/** Runs the command line in-process and collects what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/** A template workbook file filled with `data`, optionally without some sheets. */
export async function workbookFile(
  dir: TempDir,
  name: string,
  data: TemplateData,
  without: SheetKey[] = [],
): Promise<string> {
  const sheets = layoutTemplate(data).filter((s) => !without.includes(s.key));
  return dir.write(name, await workbookFromLayout(sheets));
}
