import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../src/core/check";
import { layoutTemplate, type TemplateData } from "../src/core/template-layout";
import { reportDocx } from "../src/app/docx";
import { chartImages } from "../src/app/outputs";
import { composeOutputs } from "../src/app/pipeline";
import { chartPng } from "../src/hosts/file/charts/png";
import { writeBytes } from "../src/hosts/file/node";
import { addReportSheet } from "../src/hosts/file/report-workbook";
import { snapshotFromBuffer } from "../src/hosts/file/read";
import { workbookFromLayout } from "../src/hosts/file/write";
import { SAMPLE } from "../samples";

/**
 * `npm run render:report`: writes the report of the sample and of a sparse workbook (the
 * sample with only 基本情况, 收支总表, 支出明细 and 项目支出) as .docx and as the report sheet,
 * converts both with LibreOffice (`soffice --headless --convert-to pdf`) and the PDFs into page
 * images (`pdftoppm -png`) under out/render/, so every page can be looked at before release.
 * Needs Debian `libreoffice-writer libreoffice-calc poppler-utils`.
 */

const OUT = join("out", "render");
const DATE = "2023-03-31";

function sparse(data: TemplateData): TemplateData {
  const { info, staffing, staffingTotal, summary, expenditure, projects } = data;
  return { info, staffing, staffingTotal, summary, expenditure, projects };
}

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
}

async function render(name: string, data: TemplateData): Promise<string[]> {
  const bytes = await workbookFromLayout(layoutTemplate(data, "given"));
  const snapshot = await snapshotFromBuffer(bytes);
  const result = checkWorkbook(snapshot);
  const report = composeOutputs(
    result,
    snapshot.sheets.map((s) => s.name),
    "zh-CN",
    { today: DATE },
  );
  const docx = join(OUT, `${name}.docx`);
  const xlsx = join(OUT, `${name}-报告.xlsx`);
  const images = await chartImages(report, chartPng);
  await writeBytes(docx, await reportDocx(report, images, new Date(`${DATE}T00:00:00Z`)));
  await writeBytes(xlsx, await addReportSheet(bytes, report.layout, images));
  // LibreOffice prints every sheet: the print copy holds the report sheet alone, applied from
  // the same plan (a copy re-saved by exceljs would lose its page breaks).
  const print = join(OUT, `${name}-报告页.xlsx`);
  await writeBytes(print, await addReportSheet(await blankWorkbook(), report.layout, images));
  return [docx, print];
}

/** A workbook whose only sheet is hidden, to add the report sheet to. */
async function blankWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("_", { state: "hidden" });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = [...(await render("sample", SAMPLE)), ...(await render("sparse", sparse(SAMPLE)))];
  for (const file of files) {
    run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, file]);
    const pdf = file.replace(/\.(docx|xlsx)$/, ".pdf");
    run("pdftoppm", ["-png", "-r", "60", pdf, pdf.replace(/\.pdf$/, "")]);
  }
  const pages = readdirSync(OUT).filter((f) => f.endsWith(".png"));
  process.stdout.write(`${pages.length} page images in ${OUT}/\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
