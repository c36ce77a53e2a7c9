import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { checkWorkbook } from "../../src/core/check";
import { composeReport, type ReportDocument } from "../../src/core/report";
import type { TemplateData } from "../../src/core/template-layout";
import { layoutTemplate } from "../../src/core/template-layout";
import { addReportSheet } from "../../src/hosts/file/report-workbook";
import { snapshotFromBuffer } from "../../src/hosts/file/read";
import { workbookFromLayout } from "../../src/hosts/file/write";
import { renderDocx } from "../../src/render/docx";
import { layoutReportSheet } from "../../src/render/layout";
import { SAMPLE } from "../../samples";

/**
 * The two files a department hands in, read back as files: the .docx and the report sheet of
 * the sample and of a sparse workbook (only 基本情况, 收支总表, 支出明细 and 项目支出). A
 * reviewer adds up the scorecard, follows the numbering, reads the body for cut-off sentences
 * and placeholders, looks for the 落款, and prints.
 */

const DATE = "2023-03-31";

function sparse(d: TemplateData): TemplateData {
  const { info, staffing, staffingTotal, summary, expenditure, projects } = d;
  return { info, staffing, staffingTotal, summary, expenditure, projects };
}

interface Files {
  doc: ReportDocument;
  docx: { paragraphs: { text: string; xml: string }[]; tables: string[][][]; xml: string; footer: string };
  sheet: ExcelJS.Worksheet;
}

function texts(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

async function files(data: TemplateData): Promise<Files> {
  const bytes = await workbookFromLayout(layoutTemplate(data, "given"));
  const snapshot = await snapshotFromBuffer(bytes);
  const doc = composeReport(checkWorkbook(snapshot), { date: DATE });
  const entries = unzipSync(await renderDocx(doc));
  const xml = strFromU8(entries["word/document.xml"]);
  // Paragraphs outside tables, in order; tables as rows of cell texts.
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = [...outside.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: texts(m[0]),
  }));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => texts(c[0])),
    ),
  );
  const footerName = Object.keys(entries).find((k) => /^word\/footer\d*\.xml$/.test(k))!;
  const plan = layoutReportSheet(doc, { sheetName: "绩效评价报告", lang: "zh-CN" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await addReportSheet(bytes, plan)).slice().buffer as ExcelJS.Buffer);
  return {
    doc,
    docx: { paragraphs, tables, xml, footer: strFromU8(entries[footerName]) },
    sheet: wb.getWorksheet("绩效评价报告")!,
  };
}

/** The sheet's rows as the texts and numbers of their cells, left to right. */
function sheetRows(ws: ExcelJS.Worksheet): { row: number; cells: { col: number; value: string }[] }[] {
  const out: { row: number; cells: { col: number; value: string }[] }[] = [];
  ws.eachRow((r, row) => {
    const cells: { col: number; value: string }[] = [];
    r.eachCell((c, col) => {
      if (c.isMerged && c.master !== c) return;
      const v = c.value;
      const value = typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v ?? "");
      if (value !== "") cells.push({ col, value });
    });
    out.push({ row, cells });
  });
  return out;
}

const SCORE = /^-?\d+\.\d{2}$/;

/** Every 小计 is the sum of the item scores above it (未评分 counts 0), the 合计 the sum of the 小计. */
function expectSubtotalsAdd(rows: { first: string; score: string; isItem: boolean }[]): number {
  let items = 0;
  let subtotals = 0;
  let checked = 0;
  for (const r of rows) {
    if (r.first.endsWith("小计")) {
      expect(Number(r.score)).toBeCloseTo(items, 2);
      subtotals += Number(r.score);
      items = 0;
      checked += 1;
    } else if (r.first === "合计") {
      expect(Number(r.score)).toBeCloseTo(subtotals, 2);
      checked += 1;
    } else if (r.isItem && SCORE.test(r.score)) {
      items += Number(r.score);
    }
  }
  return checked;
}

/** Items `1、2、3…` run on within each part; a `一、` or `（一）` heading starts a new run. */
function expectNumberingRuns(lines: string[]): number {
  let last = 0;
  let seen = 0;
  for (const line of lines) {
    if (/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(line)) last = 0;
    const m = /^(\d+)、/.exec(line);
    if (!m) continue;
    expect(`${Number(m[1])}: ${line.slice(0, 20)}`).toBe(`${last + 1}: ${line.slice(0, 20)}`);
    last += 1;
    seen += 1;
  }
  return seen;
}

describe.each([
  ["the sample", SAMPLE],
  ["a sparse workbook", sparse(SAMPLE)],
])("the report files of %s", (_name, data) => {
  let f: Files;
  beforeAll(async () => {
    f = await files(data);
  }, 60_000);

  const body = (): string[] => {
    const end = f.docx.paragraphs.findIndex((p) => p.xml.includes("<w:pageBreakBefore/>"));
    return f.docx.paragraphs.slice(0, end < 0 ? undefined : end).map((p) => p.text);
  };

  it("docx: every 小计 and the 合计 of the scorecard and of the 一级 table add up from their printed rows", () => {
    const card = f.docx.tables.find((t) => t[0].join("|").startsWith("一级指标|二级指标|三级指标"));
    const summary = f.docx.tables.find((t) => t[0].join("|") === "一级指标|分值|得分");
    expect(expectSubtotalsAdd(card!.slice(1).map((r) => ({ first: r[0], score: r[5], isItem: r[2] !== "" })))).toBe(5);
    const sum = summary!.slice(1, -1).reduce((a, r) => a + Number(r[2]), 0);
    expect(Number(summary!.at(-1)![2])).toBeCloseTo(sum, 2);
    expect(summary!.at(-1)![2]).toBe(card!.find((r) => r[0] === "合计")![5]);
  });

  it("docx: numbering runs 1, 2, 3… within every part; no body paragraph ends with ， or says 无法计算", () => {
    const lines = body();
    expect(expectNumberingRuns(lines)).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).not.toMatch(/[，,]$/);
      expect(line).not.toContain("无法计算");
    }
  });

  it("docx: ends the body with the 落款 (department, date) flush right, then the attachments and the 待补充清单", () => {
    const lines = body().filter((l) => l !== "");
    expect(lines.slice(-2)).toEqual(["桃江县科工局", "2023年3月31日"]);
    const sign = f.docx.paragraphs.find((p) => p.text === "2023年3月31日")!;
    expect(sign.xml).toContain('<w:jc w:val="right"/>');
    const attachments = f.docx.paragraphs.filter((p) => p.xml.includes("<w:pageBreakBefore/>")).map((p) => p.text);
    expect(attachments.length).toBeGreaterThan(1);
    expect(attachments.at(-1)).toMatch(/^附件\d+：待补充清单$/);
  });

  it("docx: is set on A4 with the page number in the footer", () => {
    expect(f.docx.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(f.docx.footer).toMatch(/PAGE/);
  });

  it("sheet: prints A4 portrait at 90 % or more with page numbers, amounts as #,##0.00", () => {
    expect(f.sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    expect(f.sheet.pageSetup.scale).toBeGreaterThanOrEqual(90);
    expect(f.sheet.pageSetup.fitToPage).toBeFalsy();
    expect(f.sheet.headerFooter.oddFooter).toContain("&P");
    const numbers: string[] = [];
    f.sheet.eachRow((r) => r.eachCell((c) => c.type === ExcelJS.ValueType.Number && numbers.push(c.numFmt)));
    expect(numbers.length).toBeGreaterThan(0);
    for (const fmt of numbers) expect(["#,##0.00", "0.00%", "#,##0"]).toContain(fmt);
  });

  it("sheet: the scorecard adds up, the numbering runs, the body has no placeholder, and each row is tall enough", () => {
    const rows = sheetRows(f.sheet);
    const firstAttachment = rows.findIndex((r) => /^附件\d+：/.test(r.cells[0]?.value ?? ""));
    const bodyRows = rows.slice(0, firstAttachment < 0 ? undefined : firstAttachment);
    const lines = bodyRows.flatMap((r) => (r.cells.length === 1 ? [r.cells[0].value] : []));
    expect(expectNumberingRuns(lines)).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).not.toMatch(/[，,]$/);
      expect(line).not.toContain("无法计算");
    }
    const header = rows.findIndex((r) =>
      r.cells
        .map((c) => c.value)
        .join("|")
        .startsWith("一级指标|二级指标"),
    );
    expect(header).toBeGreaterThan(0);
    {
      const cols = Object.fromEntries(rows[header].cells.map((c) => [c.value, c.col]));
      const card = [];
      // The table ends at the first empty row (eachRow skips it, so the numbering jumps).
      let previous = rows[header].row;
      for (const r of rows.slice(header + 1)) {
        if (r.cells.length === 0 || r.row !== previous + 1) break;
        previous = r.row;
        const at = (name: string): string => r.cells.find((c) => c.col === cols[name])?.value ?? "";
        card.push({ first: at("一级指标"), score: at("得分"), isItem: at("三级指标") !== "" });
      }
      expect(
        expectSubtotalsAdd(card.map((c) => ({ ...c, score: c.score === "" ? "" : Number(c.score).toFixed(2) }))),
      ).toBe(5);
    }
    // A wrapped paragraph of about 140 characters needs more than two lines of 15 pt.
    const long = bodyRows.find((r) => r.cells.length === 1 && r.cells[0].value.length > 140)!;
    expect(f.sheet.getRow(long.row).height).toBeGreaterThan(30);
  });
});
