import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { snapshotFromFile } from "../../src/hosts/file/node";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

const HEADINGS = [
  "一、基本情况",
  "二、部门整体支出情况",
  "三、绩效情况及自评结果",
  "四、存在的问题及原因",
  "五、改进措施和建议",
  "六、评价结果应用",
];
const TITLE = "示范县工业和信息化局2022年度部门整体支出绩效评价报告";

let dir: TempDir;
let input: string;
beforeAll(async () => {
  dir = await tempDir();
  input = await workbookFile(dir, "示范局.xlsx", balancedDepartment());
});
afterAll(() => dir.remove());

/** The text of every string cell of a sheet, one per line. */
function sheetText(snapshot: WorkbookSnapshot, name: string): string {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet.cells.flatMap((c) => (c.value.type === "string" ? [c.value.value] : [])).join("\n");
}

function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The input workbook's bytes with extra zip parts, as Excel would have saved them. */
async function withParts(name: string, parts: Record<string, string>): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(input));
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return dir.write(name, await zip.generateAsync({ type: "uint8array" }));
}

describe("jixiao check --report", () => {
  let result: Awaited<ReturnType<typeof cli>>;
  let before: Buffer;
  const out = () => dir.path("报告/示范局-报告.xlsx");
  beforeAll(async () => {
    before = await readFile(input);
    result = await cli("check", input, "--report", out());
  }, 60_000);

  it("exits with the check's code, says where it wrote the copy and gives the summary paragraph", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`已写出报告工作簿（新增工作表 “绩效评价报告”，原文件未改动）：${out()}`);
    expect(result.stdout).toMatch(/报告摘要：\n {2}示范县工业和信息化局2022年度.*696\.39万元/);
  });

  it("keeps every original sheet as it read (values, formulas, formats, merges) and adds 绩效评价报告", async () => {
    const original = await snapshotFromFile(input);
    const copy = await snapshotFromFile(out());
    expect(copy.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), "绩效评价报告"]);
    expect(copy.sheets.slice(0, -1)).toEqual(original.sheets);
  });

  it("has the title, the five sections and 696.39 on the report sheet", async () => {
    const copy = await snapshotFromFile(out());
    const report = sheetText(copy, "绩效评价报告");
    expect(report).toContain(TITLE);
    for (const h of HEADINGS) expect(report).toContain(h);
    expect(report).toContain("696.39");
  });

  it("embeds each chart as a PNG of the plan's anchor size (600×340) at twice the pixels", async () => {
    const entries = zipEntries(await readFile(out()));
    const pngs = Object.entries(entries).filter(([p]) => /^xl\/media\/.+\.png$/.test(p));
    expect(pngs.length).toBeGreaterThan(0);
    for (const [, png] of pngs) {
      const header = Buffer.from(png);
      expect(header.subarray(1, 4).toString()).toBe("PNG");
      expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1200, 680]);
    }
    const drawing = Object.keys(entries).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
    expect(strFromU8(entries[drawing]).match(/<xdr:pic>/g)).toHaveLength(pngs.length);
  });

  it("never changes the input file", async () => {
    expect(await readFile(input)).toEqual(before);
  });

  it("names the sheet 绩效评价报告(2) when the workbook already has one, leaving that one as it was", async () => {
    const again = dir.path("second.xlsx");
    expect((await cli("check", out(), "--report", again)).code).toBe(0);
    const copy = await snapshotFromFile(again);
    expect(copy.sheets.map((s) => s.name).slice(-2)).toEqual(["绩效评价报告", "绩效评价报告(2)"]);
    expect(sheetText(copy, "绩效评价报告")).toBe(sheetText(await snapshotFromFile(out()), "绩效评价报告"));
  }, 60_000);

  it("writes the report in English with --lang en-US", async () => {
    const en = dir.path("report-en.xlsx");
    const r = await cli("check", input, "--report", en, "--lang", "en-US");
    expect(r.stdout).toContain(
      `Wrote the report workbook (new sheet '绩效评价报告'; the original is unchanged): ${en}`,
    );
    const report = sheetText(await snapshotFromFile(en), "绩效评价报告");
    expect(report).toContain("Basic information");
    expect(report).not.toContain("一、基本情况");
  }, 60_000);

  it("keeps stdout one JSON document with --json, saying what it wrote on stderr", async () => {
    const path = dir.path("json-report.xlsx");
    const r = await cli("check", input, "--report", path, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.error).toBe(0);
    expect(r.stderr).toContain(path);
    expect((await snapshotFromFile(path)).sheets.some((s) => s.name === "绩效评价报告")).toBe(true);
  }, 60_000);
});

describe("jixiao check --report on a workbook with errors", () => {
  it("still writes the report (the check ran), and exits 1", async () => {
    const broken = balancedDepartment();
    broken.summary!.本年支出合计 = { ...broken.summary!.本年支出合计, 决算数: 1206.29 };
    const path = await workbookFile(dir, "errors.xlsx", broken);
    const out = dir.path("errors-report.xlsx");
    const r = await cli("check", path, "--report", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("需修改");
    expect(sheetText(await snapshotFromFile(out), "绩效评价报告")).toContain("四、存在的问题");
  }, 60_000);
});

describe("jixiao check --docx", () => {
  it("writes a .docx whose document has the title, the five sections and 696.39, with --report in one run", async () => {
    const docx = dir.path("word/示范局.docx");
    const xlsx = dir.path("word/示范局.xlsx");
    const r = await cli("check", input, "--docx", docx, "--report", xlsx);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出 Word 报告：${docx}`);
    const entries = zipEntries(await readFile(docx));
    const xml = strFromU8(entries["word/document.xml"]);
    expect(xml).toContain(TITLE);
    for (const h of HEADINGS) expect(xml).toContain(h);
    expect(xml).toContain("696.39");
    // The same chart images in both files.
    const images = (prefix: string, e: Record<string, Uint8Array>) =>
      Object.entries(e)
        .filter(([p]) => p.startsWith(prefix) && p.endsWith(".png"))
        .map(([, b]) => Buffer.from(b).toString("base64"))
        .sort();
    const inDocx = images("word/media/", entries);
    expect(inDocx.length).toBeGreaterThan(0);
    expect(images("xl/media/", zipEntries(await readFile(xlsx)))).toEqual(inDocx);
  }, 60_000);
});

describe("jixiao check --report/--docx: names that look like formulas", () => {
  it("writes a 单位名称, project, unit and target named =…, +…, -…, @… as text, never as a formula", async () => {
    const d = balancedDepartment();
    d.info = { ...d.info, 单位名称: '=HYPERLINK("http://x","点我")' };
    d.staffing![1] = { ...d.staffing![1], 机构名称: "+新型工业化事务中心" };
    d.staffing![2] = { ...d.staffing![2], 机构名称: "-综合执法大队" };
    // A late project, a slow one and a missed target: their names go into 四、存在的问题.
    d.projects!.rows[3] = { ...d.projects!.rows[3], 项目名称: "@5G基站建设补助", 指标下达日期: "2022-11-15" };
    d.projects!.rows[2] = { ...d.projects!.rows[2], 项目名称: "-乡村振兴帮扶", 调整后预算数: 20, 年末结转结余: 17.96 };
    d.projects!.total = { 调整后预算数: 530.0, 实际支出数: 499.9, 年末结转结余: 30.1 };
    d.targets![0] = { ...d.targets![0], 指标名称: "=SUM(A1:A2)建成5G宏基站", 实际值: 170 };
    d.materials = [{ 章节: "主要职责", 内容: "+需要加强管理。" }];
    const path = await workbookFile(dir, "formula-names.xlsx", d);
    const out = dir.path("formula-names-report.xlsx");
    const docx = dir.path("formula-names.docx");
    expect((await cli("check", path, "--report", out, "--docx", docx)).code).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
    const cells: ExcelJS.Cell[] = [];
    // Cells of their own: the rest of a merge repeats its top-left value.
    wb.getWorksheet("绩效评价报告")!.eachRow((row) =>
      row.eachCell((c) => (c.type === ExcelJS.ValueType.Merge ? undefined : cells.push(c))),
    );
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    const starting = (prefix: string) => cells.filter((c) => String(c.value).startsWith(prefix));
    for (const prefix of ['=HYPERLINK("http://x","点我")', "+需要加强管理"]) {
      expect(starting(prefix).length).toBeGreaterThan(0);
      for (const c of starting(prefix)) expect(c.type).toBe(ExcelJS.ValueType.String);
    }
    const text = cells.map((c) => String(c.value)).join("\n");
    for (const name of [
      "+新型工业化事务中心",
      "-综合执法大队",
      "“@5G基站建设补助”",
      "“-乡村振兴帮扶”",
      "=SUM(A1:A2)建成5G宏基站",
    ]) {
      expect(text).toContain(name);
    }
    // Excel reads a cell's XML: no <f> element anywhere in the report sheet.
    const entries = zipEntries(await readFile(out));
    const sheetXml = Object.keys(entries)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .map((p) => strFromU8(entries[p]))
      .find((x) => x.includes("<drawing"))!;
    expect(sheetXml).not.toContain("<f>");

    const xml = strFromU8(zipEntries(await readFile(docx))["word/document.xml"]);
    expect(xml).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;点我&quot;)2022年度部门整体支出绩效评价报告");
    expect(xml).toContain("@5G基站建设补助");
  }, 60_000);
});

describe("jixiao check --report: what the copy cannot carry", () => {
  it("warns on stderr, in one line naming the charts, and still writes the copy", async () => {
    const charted = await withParts("with-chart.xlsx", { "xl/charts/chart1.xml": "<c:chartSpace/>" });
    const out = dir.path("with-chart-report.xlsx");
    const r = await cli("check", charted, "--report", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`注意：原工作簿中的图表无法复制，${out} 中将没有这些内容；原文件 ${charted} 未作任何改动\n`);
    expect((await snapshotFromFile(out)).sheets.some((s) => s.name === "绩效评价报告")).toBe(true);
  }, 60_000);

  it("names pivot tables and macros too, in English with --lang en-US", async () => {
    const rich = await withParts("with-pivot.xlsx", {
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
      "xl/vbaProject.bin": "VBA",
    });
    const r = await cli("check", rich, "--report", dir.path("with-pivot-report.xlsx"), "--lang", "en-US");
    expect(r.stderr).toMatch(/^note: the original workbook's pivot tables, macros \(VBA\) cannot be copied/);
  }, 60_000);

  it("says nothing when the workbook has nothing that would be lost, and with --docx alone", async () => {
    const charted = await withParts("chart-for-docx.xlsx", { "xl/charts/chart1.xml": "<c:chartSpace/>" });
    const r = await cli("check", charted, "--docx", dir.path("with-chart.docx"));
    expect(r.stderr).toBe("");
  }, 60_000);
});

describe("jixiao check --report/--docx: refusals and failures, one line and exit 2", () => {
  async function expectRefused(argv: string[], line: string): Promise<void> {
    const r = await cli(...argv);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `${line}\n` });
  }

  it("refuses to write the copy onto the input itself, even with --force", async () => {
    const before = await readFile(input);
    await expectRefused(
      ["check", input, "--report", input, "--force"],
      `--report 的输出文件不能是输入文件本身：${input}`,
    );
    await expectRefused(
      ["check", input, "--report", `${dir.path("")}/./示范局.xlsx`],
      `--report 的输出文件不能是输入文件本身：${dir.path("")}/./示范局.xlsx`,
    );
    expect(await readFile(input)).toEqual(before);
  });

  it("does not overwrite an existing file without --force", async () => {
    const mine = await dir.write("mine.xlsx", "my own file");
    await expectRefused(["check", input, "--report", mine], `${mine} 已存在；加 --force 覆盖`);
    expect(await readFile(mine, "utf8")).toBe("my own file");
    expect((await cli("check", input, "--report", mine, "--force")).code).toBe(0);
    expect((await snapshotFromFile(mine)).sheets.some((s) => s.name === "绩效评价报告")).toBe(true);
  }, 60_000);

  it("asks for .xlsx and .docx names", async () => {
    await expectRefused(
      ["check", input, "--report", dir.path("r.xls")],
      `输出文件应以 .xlsx 结尾：${dir.path("r.xls")}`,
    );
    await expectRefused(["check", input, "--docx", dir.path("r.doc")], `输出文件应以 .docx 结尾：${dir.path("r.doc")}`);
  });

  it("reports a folder that cannot be made as one line naming the file in the way", async () => {
    const blocker = await dir.write("blocker", "a file where a folder should be");
    const target = `${blocker}/sub/report.xlsx`;
    await expectRefused(["check", input, "--report", target], `无法写入 ${target}：${blocker} 是文件，不是文件夹`);
  }, 60_000);

  it("writes nothing when the profile is malformed: the ProfileError line and exit 2", async () => {
    const profile = await dir.write("bad.json", JSON.stringify({ name: "x", totalPoints: 100, items: "none" }));
    const out = dir.path("never.xlsx");
    const r = await cli("check", input, "--profile", profile, "--report", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^评分方案有误：[^\n]+\n$/);
    await expect(readFile(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("writes nothing when the input is not a workbook", async () => {
    const garbage = await dir.write("garbage.xlsx", "not a workbook");
    const out = dir.path("never-2.xlsx");
    await expectRefused(["check", garbage, "--report", out], `无法读取 ${garbage}：不是 Excel 工作簿（.xlsx）`);
    await expect(readFile(out)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
