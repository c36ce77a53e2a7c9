import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli } from "./run";

/**
 * What `npm run demo` does (scripts/demo.ts): `jixiao sample`, then `jixiao check --report
 * --docx` on it. The seed's figures must reach the report sheet and the .docx alike.
 */

const HEADINGS = [
  "一、基本情况",
  "二、部门整体支出情况",
  "三、绩效情况及自评结果",
  "四、存在的问题及原因",
  "五、改进措施和建议",
  "六、评价结果应用",
];
const SEED_FIGURES = ["696.39万元", "603.83万元", "92.56万元", "499.91万元"];
const CLASSES = [
  "科学技术支出225.21万元",
  "卫生健康支出200.65万元",
  "农林水支出2.04万元",
  "资源勘探工业信息等支出72.00万元",
];

let dir: TempDir;
let stdout: string;
let code: number;
let sheetTexts: string[];
let docxParagraphs: string[];
let xlsxImages: string[];
let docxImages: string[];

function images(entries: Record<string, Uint8Array>, prefix: string): string[] {
  return Object.entries(entries)
    .filter(([p]) => p.startsWith(prefix) && p.endsWith(".png"))
    .map(([, b]) => Buffer.from(b).toString("base64"))
    .sort();
}

beforeAll(async () => {
  dir = await tempDir();
  const sample = dir.path("taojiang-kegongju-2022.xlsx");
  const report = dir.path("taojiang-kegongju-2022-报告.xlsx");
  const docx = dir.path("taojiang-kegongju-2022-绩效评价报告.docx");
  expect((await cli("sample", sample)).code).toBe(0);
  const r = await cli("check", sample, "--report", report, "--docx", docx);
  stdout = r.stdout;
  code = r.code;

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(report)) as unknown as ExcelJS.Buffer);
  sheetTexts = [];
  wb.getWorksheet("绩效评价报告")!.eachRow((row) =>
    row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.String) sheetTexts.push(String(c.value));
    }),
  );
  const docxEntries = unzipSync(await readFile(docx));
  docxParagraphs = strFromU8(docxEntries["word/document.xml"])
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((t) => t !== "");
  docxImages = images(docxEntries, "word/media/");
  xlsxImages = images(unzipSync(await readFile(report)), "xl/media/");
}, 60_000);
afterAll(() => dir.remove());

describe("the demo: the sample checked, with its report", () => {
  it("prints the 项目支出 尾差 499.91 against 499.90 with both cells, and no error", () => {
    expect(code).toBe(0);
    expect(stdout).toContain("错误 0 ·");
    expect(stdout).toContain(
      "支出明细（项目支出）：合计行 499.91 与 最上级科目之和 499.90 相差 0.01，在容差 0.01 以内，属尾差",
    );
    expect(stdout).toMatch(/单元格：支出明细!F12, 支出明细!F5, 支出明细!F6, 支出明细!F7, 支出明细!F8/);
  });

  it("writes the five sections with the seed's figures and its four function classes on the report sheet", () => {
    const text = sheetTexts.join("\n");
    for (const h of HEADINGS) expect(sheetTexts).toContain(h);
    for (const f of [...SEED_FIGURES, ...CLASSES]) expect(text).toContain(f);
  });

  it("has the indicator table, the score with its grade and the problems the checks found", () => {
    const text = sheetTexts.join("\n");
    expect(sheetTexts).toEqual(
      expect.arrayContaining([
        "附件1：部门整体支出绩效自评评分表",
        "部门整体支出绩效自评得分汇总表",
        "附件4：数据来源",
      ]),
    );
    expect(text).toMatch(/部门整体支出绩效得分\d+\.\d{2}分（满分100分），评价等级为“[优良中差]”/);
    expect(text).toContain("部分预算指标下达偏晚，年终形成资金结余");
    expect(text).toContain("预算调整率19.50%，预算调整幅度偏大，其中年中追加预算199.25万元");
  });

  it("embeds the charts in the workbook and the same images in the .docx", () => {
    expect(xlsxImages.length).toBeGreaterThanOrEqual(3);
    expect(docxImages).toEqual(xlsxImages);
  });

  it("puts the same text in the .docx: every heading, paragraph and indicator of the report sheet", () => {
    // Headings and sentences; the sheet's source column and the charts' data tables stay in Excel.
    const prose = sheetTexts.filter((t) =>
      /。$|^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+、/.test(t),
    );
    expect(prose.length).toBeGreaterThan(30);
    expect(prose.filter((t) => !docxParagraphs.includes(t))).toEqual([]);
    for (const cell of ["在职人员控制率", "95.56%", "本年支出合计决算数÷调整后预算数×100%", "附件4：数据来源"])
      expect(docxParagraphs).toContain(cell);
    for (const f of [...SEED_FIGURES, ...CLASSES]) expect(docxParagraphs.join("\n")).toContain(f);
  });
});
