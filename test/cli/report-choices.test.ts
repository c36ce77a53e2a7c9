import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { SAMPLE_FILE, sampleWorkbook } from "../../samples";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli } from "./run";

/**
 * The report's choices on the command line: the sample's 报告素材 holds the paragraph cut off
 * after “，” (TXT-TRUNC), which is held out by default and printed marked with --flagged mark;
 * --omit-todo leaves the 待补充清单 out of the Word document.
 */

let dir: TempDir;
let sample: string;
beforeAll(async () => {
  dir = await tempDir();
  sample = await dir.write(SAMPLE_FILE, await sampleWorkbook());
});
afterAll(() => dir.remove());

async function docxText(...options: string[]): Promise<string> {
  const out = dir.path(`report-${options.join("_") || "default"}.docx`);
  const r = await cli("check", sample, "--docx", out, "--force", ...options);
  expect(r.stderr).toBe("");
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))["word/document.xml"]);
  return xml.replace(/<[^>]+>/g, "");
}

const CUT_OFF = "定期召开安全生产工作会议，";

describe("check --flagged and --omit-todo", () => {
  it("holds the cut-off 报告素材 paragraph out of the body by default and lists it to fill", async () => {
    const text = await docxText();
    const body = text.slice(0, text.search(/附件\s*1：/));
    expect(body.length).toBeGreaterThan(1000);
    expect(body).not.toContain(CUT_OFF);
    expect(text).not.toContain("【待核实");
    expect(text).toContain("待补充清单");
  }, 60_000);

  it("prints it marked 【待核实】 with the finding under --flagged mark", async () => {
    const text = await docxText("--flagged", "mark");
    const body = text.slice(0, text.search(/附件\s*1：/));
    expect(body).toContain(`${CUT_OFF}【待核实：`);
  }, 60_000);

  it("leaves the 待补充清单 appendix out of the Word report under --omit-todo", async () => {
    const withTodo = await docxText();
    const without = await docxText("--omit-todo");
    expect(withTodo).toMatch(/附件\s*\d+：待补充清单/);
    expect(without).not.toMatch(/附件\s*\d+：待补充清单/);
  }, 60_000);

  it("refuses another --flagged value before any work, with exit 2 and the values it takes", async () => {
    const r = await cli("check", sample, "--flagged", "show");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe(
      "--flagged 只能是 hold（移出，列入待补充清单）或 mark（照印并标注【待核实】），不能是 show\n",
    );
  });
});
