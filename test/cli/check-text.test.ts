import packageJson from "../../package.json";
import { SEED_REPORT_TEXT } from "../../samples/taojiang-kegongju-2022-report";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

// The 2022 report of 桃江县科工局, retold with its figures and faults (samples/), as a file.
let SEED: string;

const FINDING_KEYS = ["rule", "severity", "message", "where", "expected", "actual", "difference", "tolerance"];
const FINDING_END = ["suggestion", "fingerprint"];

interface Where {
  paragraph: number;
  offset: number;
  quote: string;
}
interface TextFindingJson {
  rule: string;
  severity: string;
  message: string;
  where: Where;
  expected?: string;
  actual?: string;
  difference?: string;
  fingerprint: string;
  cells?: string[];
}

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
  SEED = await dir.write("taojiang-kegongju-2022-report.txt", SEED_REPORT_TEXT);
});
afterAll(() => dir.remove());

describe("jixiao check-text --json on the seed report", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  let findings: TextFindingJson[];
  let code: number;
  beforeAll(async () => {
    const r = await cli("check-text", SEED, "--json");
    code = r.code;
    expect(r.stderr).toBe("");
    json = JSON.parse(r.stdout);
    findings = json.findings;
  });

  it("has tool, version, input, summary, findings and skipped, and exits 0 (no error finding)", () => {
    expect(Object.keys(json)).toEqual(["tool", "version", "input", "summary", "findings", "skipped"]);
    expect(json).toMatchObject({ tool: packageJson.name, version: packageJson.version, input: SEED });
    expect(json.summary).toEqual({ error: 0, warning: 1, info: 3, readyToSubmit: true });
    expect(code).toBe(0);
  });

  it("gives each finding check's keys with `where` in the place of `cells`", () => {
    for (const f of findings) {
      const keys = Object.keys(f);
      expect(keys).not.toContain("cells");
      expect(keys.slice(0, 4)).toEqual(["rule", "severity", "message", "where"]);
      for (const k of keys) expect([...FINDING_KEYS, ...FINDING_END]).toContain(k);
      expect(keys[keys.length - 1]).toBe("fingerprint");
      expect(Object.keys(f.where)).toEqual(["paragraph", "offset", "quote"]);
      expect(typeof f.message).toBe("string");
    }
  });

  it("reports the 项目支出 尾差 499.91 against 499.90 as info, quoting the sentence", () => {
    const sum = findings.find((f) => f.rule === "TXT-SUM")!;
    expect(sum).toMatchObject({ severity: "info", expected: "499.90", actual: "499.91" });
    expect(sum.message).toContain("尾差");
    expect(sum.where.quote).toMatch(/^项目支出499\.91万元。其中科学技术支出225\.21万元/);
  });

  it("reports the cut-off last paragraph of （三）5 as TXT-TRUNC", () => {
    const trunc = findings.filter((f) => f.rule === "TXT-TRUNC");
    expect(trunc).toHaveLength(1);
    expect(trunc[0].severity).toBe("warning");
    expect(trunc[0].where.quote).toMatch(/定期召开安全生产工作会议，$/);
  });

  it("reports the reversed quotation marks around 12345 as TXT-QUOTE", () => {
    const quotes = findings.filter((f) => f.rule === "TXT-QUOTE");
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.where.quote).toContain("”12345”");
  });

  it("does not flag 基本支出 696.39 = 603.83 + 92.56", () => {
    expect(findings.filter((f) => /696\.39|603\.83|92\.56/.test(f.where.quote + f.message))).toEqual([]);
  });

  it("says TXT-DATA did not run without --workbook", () => {
    expect(json.skipped.map((s: { rule: string }) => s.rule)).toContain("TXT-DATA");
  });
});

describe("jixiao check-text: readable output", () => {
  it("prints each finding with its rule, severity, paragraph, quoted sentence and figures", async () => {
    const r = await cli("check-text", SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("错误 0 · 警告 1 · 提示 3 —— 可以提交");
    const lines = r.stdout.split("\n");
    const head = lines.findIndex((l) => /^ {2}提示\s+TXT-SUM\s.*第 \d+ 段第 \d+ 字$/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toContain("尾差");
    expect(lines[head + 2]).toMatch(/^ {6}原文：项目支出499\.91万元。其中/);
    expect(lines[head + 3]).toBe("      应为 499.90，实为 499.91，相差 0.01（容差 0.01）");
    expect(r.stdout).toMatch(/警告\s+TXT-TRUNC/);
  });

  it("speaks English with --lang en-US", async () => {
    const r = await cli("check-text", SEED, "--lang", "en-US");
    expect(r.stdout).toMatch(/TXT-SUM .*paragraph \d+, character \d+/);
    expect(r.stdout).toContain("expected 499.90, stated 499.91");
  });
});

// 基本支出696.39万元，其中人员经费支出603.83万元，日常公用经费92.66万元。 in GBK (two bytes a character).
const GBK_WRONG_SUM = Buffer.from(
  "bbf9b1bed6a7b3f63639362e3339cdf2d4aaa3acc6e4d6d0c8cbd4b1beadb7d1d6a7b3f63630332e3833cdf2d4aaa3acc8d5b3a3b9abd3c3beadb7d139322e3636cdf2d4aaa1a3",
  "hex",
);
const WRONG_SUM = "基本支出696.39万元，其中人员经费支出603.83万元，日常公用经费92.66万元。";

describe("jixiao check-text: encodings and unreadable files", () => {
  async function quotes(file: string): Promise<{ code: number; quotes: string[] }> {
    const r = await cli("check-text", file, "--json");
    return { code: r.code, quotes: JSON.parse(r.stdout).findings.map((f: TextFindingJson) => f.where.quote) };
  }

  it("reads a GBK file, finds 696.39 ≠ 603.83 + 92.66 and exits 1", async () => {
    const r = await quotes(await dir.write("gbk.txt", GBK_WRONG_SUM));
    expect(r).toEqual({ code: 1, quotes: [WRONG_SUM] });
  });

  it("reads UTF-8 with and without a BOM, and UTF-16 with a BOM, alike", async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WRONG_SUM, "utf8")]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WRONG_SUM, "utf16le")]);
    for (const [name, bytes] of [
      ["utf8.txt", Buffer.from(WRONG_SUM, "utf8")],
      ["bom.txt", bom],
      ["utf16.txt", utf16],
    ] as const) {
      expect(await quotes(await dir.write(name, bytes))).toEqual({ code: 1, quotes: [WRONG_SUM] });
    }
  });

  it("exits 2 with one line for a missing, an empty or a binary file", async () => {
    const missing = dir.path("absent.txt");
    expect(await cli("check-text", missing)).toEqual({
      code: 2,
      stdout: "",
      stderr: `无法读取 ${missing}：文件不存在\n`,
    });
    const empty = await dir.write("empty.txt", "");
    expect((await cli("check-text", empty)).stderr).toBe(`无法读取 ${empty}：文件是空的（0 字节）\n`);
    const docx = await dir.write("report.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    const r = await cli("check-text", docx);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `无法读取 ${docx}：不是纯文本文件（Word 文档请先另存为 .txt）\n`,
    });
  });
});

describe("jixiao check-text --workbook", () => {
  it("compares the text's figures with the workbook: 基本支出 700.00 against 696.39 is TXT-DATA", async () => {
    const workbook = await workbookFile(dir, "示范局.xlsx", balancedDepartment());
    const report = await dir.write("draft.txt", "一、部门整体支出情况\n2022年度基本支出700.00万元。\n");
    const r = await cli("check-text", report, "--workbook", workbook, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const data = json.findings.find((f: TextFindingJson) => f.rule === "TXT-DATA");
    expect(data).toMatchObject({ severity: "error", where: { paragraph: 2, quote: "2022年度基本支出700.00万元。" } });
    expect(data.message).toContain("696.39");
    expect(Object.keys(data)).not.toContain("cells");
    expect(json.skipped.map((s: { rule: string }) => s.rule)).not.toContain("TXT-DATA");
    const readable = await cli("check-text", report, "--workbook", workbook);
    expect(readable.stdout).toContain(`文中数字已与工作簿 ${workbook} 核对`);
    expect(readable.stdout).toMatch(/单元格：收支总表!D\d+/);
  });

  it("exits 2 when the workbook cannot be read", async () => {
    const report = await dir.write("short.txt", "基本支出696.39万元。");
    const r = await cli("check-text", report, "--workbook", dir.path("none.xlsx"));
    expect(r).toEqual({ code: 2, stdout: "", stderr: `无法读取 ${dir.path("none.xlsx")}：文件不存在\n` });
  });
});
