// End-to-end run of the built task pane in headless Chromium, as a plain page (browser mode):
// open the sample workbook, read the findings, download and reopen the results, check a text;
// then inside a fake Excel (test/e2e/excel.ts).
// `npm run test:e2e` (builds dist/ first when it is missing); screenshots go to test-output/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Page } from "playwright-core";
import { withExplanations } from "../../src/cli/explanations";
import { checkWorkbook } from "../../src/core/check";
import { snapshotFromBuffer } from "../../src/hosts/file/read";
import { checkManifest, folderReader } from "../../scripts/manifest-check";
import { SAMPLE_FILE, sampleWorkbook } from "../../samples";
import { excelScenario } from "./excel";
import { assert, assertClean, check, CHROMIUM_ARGS, chromiumPath, outcomes, serve, watch } from "./harness";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const outputDir = join(root, "test-output");
const TIMEOUT_MS = 60_000;
/** 1100 / 1190 is 92.44%, not 95.12%: the text check must say so. */
const REASON = "年中追加科技专项，已报财政批复";
const WRONG_SHARE = "2022年度本单位收入合计1190.00万元，其中财政拨款收入1100.00万元，占本年收入的95.12%。";

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
}

async function download(page: Page, button: string, folder: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT_MS }),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function scenario(page: Page, origin: string, work: string): Promise<void> {
  const samplePath = join(work, SAMPLE_FILE);
  const sample = await sampleWorkbook();
  writeFileSync(samplePath, sample);
  const fileInput = page.locator("input[type=file][accept^='.xlsx']");

  await check("first open: the page says what it does and offers 打开 .xlsx", async () => {
    const response = await page.goto(`${origin}/taskpane.html`, { waitUntil: "load", timeout: TIMEOUT_MS });
    assert(response?.ok(), `HTTP ${response?.status()}`);
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor({ timeout: TIMEOUT_MS });
    await page.getByText("校验部门决算工作簿，计算绩效指标和自评得分。").waitFor();
    await page.getByRole("button", { name: "打开 .xlsx" }).waitFor();
    await shot(page, "01-first-open");
  });

  await check("opening the sample shows the progress, then the findings and the status", async () => {
    await fileInput.setInputFiles(samplePath);
    await page
      .getByRole("progressbar")
      .waitFor({ timeout: 2_000 })
      .then(() => shot(page, "02-running"))
      .catch(() => undefined); // A fast machine may be done before the bar is seen.
    await page.getByRole("region", { name: "待说明" }).waitFor({ timeout: TIMEOUT_MS });
    await page.getByText("桃江县科工局 · 2022 年度").waitFor();
    const status = await page.locator("header [role=status]").innerText();
    assert(/需说明：4 处待说明/.test(status), `status line says “${status}”`);
    await shot(page, "03-findings");
  });

  await check("the pane fits 320 px without horizontal scrolling", async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the page is ${overflow} px wider than the window`);
  });

  await check("the keyboard alone switches tabs and opens a finding", async () => {
    await page.getByRole("tab", { name: "问题" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "指标评分", selected: true }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    const first = page.getByRole("button", { name: "展开" }).first();
    await first.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "收起", expanded: true }).first().waitFor();
    await page.keyboard.press("Enter");
  });

  await check("a finding opens to its formula and figures", async () => {
    const warnings = page.getByRole("region", { name: "待说明" });
    const item = warnings.getByRole("listitem").filter({ hasText: "预算调整率" });
    await item.getByRole("button", { name: "展开" }).click();
    await item.getByText("公式").waitFor();
    await item.getByRole("button", { name: "标记已说明" }).click();
    await item.getByLabel("说明理由").fill(REASON);
    await shot(page, "04-finding-open");
    await item.getByRole("button", { name: "保存" }).click();
    await page.getByRole("region", { name: "已说明" }).waitFor();
  });

  await check("指标评分 shows the indicators, the total and the grade", async () => {
    await page.getByRole("tab", { name: "指标评分" }).click();
    await page
      .getByRole("cell", { name: /在职人员控制率/ })
      .first()
      .waitFor();
    await page.getByLabel("等级").waitFor();
    await shot(page, "05-score");
  });

  await check("下载结果工作簿: the report sheet is added, the original sheets unchanged", async () => {
    await page.getByRole("tab", { name: "报告" }).click();
    await page.getByText("摘要").waitFor();
    await shot(page, "06-report");
    const result = await download(page, "下载结果工作簿", work);
    assert(result.name.endsWith("-绩效评价报告.xlsx"), `downloaded ${result.name}`);
    const before = await snapshotFromBuffer(sample);
    const after = await snapshotFromBuffer(result.bytes);
    const names = after.sheets.map((s) => s.name);
    assert(names.includes("绩效评价报告"), `sheets: ${names.join(", ")}`);
    for (const sheet of before.sheets) {
      const same = after.sheets.find((s) => s.name === sheet.name);
      assert(JSON.stringify(same?.cells) === JSON.stringify(sheet.cells), `sheet ${sheet.name} changed`);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes.slice().buffer as ExcelJS.Buffer);
    const images = wb.getWorksheet("绩效评价报告")?.getImages() ?? [];
    assert(images.length > 0, "the report sheet has no chart images");
    // What `jixiao check` and `batch` show as 已说明: the reason given in the pane.
    const explained = withExplanations(checkWorkbook(after), after).explanations;
    const reasons = [...(explained?.values() ?? [])].map((x) => x.reason);
    assert(reasons.includes(REASON), `已说明 in the result workbook: ${reasons.join(", ") || "none"}`);
  });

  await check("下载 Word: a .docx with the report text and its charts", async () => {
    const docx = await download(page, "下载 Word", work);
    assert(docx.name.endsWith(".docx"), `downloaded ${docx.name}`);
    const parts = unzipSync(docx.bytes);
    const body = strFromU8(parts["word/document.xml"]);
    assert(body.includes("桃江县"), "the document does not name the department");
    const media = Object.keys(parts).filter((p) => p.startsWith("word/media/") && p.endsWith(".png"));
    assert(media.length > 0, "the document has no chart images");
    writeFileSync(join(outputDir, "chart-from-docx.png"), parts[media[0]]);
  });

  await check("文数一致 finds the wrong percentage and highlights it", async () => {
    await page.getByRole("tab", { name: "文数一致" }).click();
    await page.getByLabel("粘贴报告文字").fill(WRONG_SHARE);
    await page.getByRole("button", { name: "核对文字" }).click();
    const mark = page.locator("mark", { hasText: "95.12" });
    await mark.waitFor();
    await page.getByText("（应为 92.44）").or(page.getByText("(应为 92.44)")).first().waitFor();
    await shot(page, "07-text-check");
  });

  await check("规则 lists the catalogue by family", async () => {
    await page.getByRole("tab", { name: "规则" }).click();
    await page.getByRole("heading", { name: "基本平衡" }).waitFor();
    await shot(page, "08-rules");
  });

  await check("设置 switches the pane to English and back", async () => {
    await page.getByRole("button", { name: "设置" }).click();
    await shot(page, "09-settings");
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("tab", { name: "Findings" }).click();
    await shot(page, "10-english");
    await page.reload();
    await page.getByRole("heading", { name: "Performance Self-Evaluation" }).waitFor();
    await fileInput.setInputFiles(samplePath);
    await page.getByRole("region", { name: "To explain" }).waitFor({ timeout: TIMEOUT_MS });
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文" }).check();
    await page.getByRole("button", { name: "完成" }).click();
  });

  await check("a file that is no workbook: a MessageBar in words, details folded", async () => {
    const bad = join(work, "说明.xlsx");
    writeFileSync(bad, "这不是工作簿");
    await fileInput.setInputFiles(bad);
    await page
      .getByText("无法读取这个文件：不是 Excel 工作簿（.xlsx）", { exact: false })
      .waitFor({ timeout: TIMEOUT_MS });
    await shot(page, "11-error");
    await page.getByRole("button", { name: "关闭" }).click();
  });

  await check("a workbook without template sheets offers 下载空白模板", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "备忘";
    const empty = join(work, "空白.xlsx");
    writeFileSync(empty, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await fileInput.setInputFiles(empty);
    await page.getByText("这个工作簿里没有模板工作表").waitFor({ timeout: TIMEOUT_MS });
    assert(await page.getByRole("button", { name: "校验" }).isEnabled(), "校验 stays disabled after the check");
    await shot(page, "12-empty");
    const template = await download(page, "下载空白模板", work);
    const names = (await snapshotFromBuffer(template.bytes)).sheets.map((s) => s.name);
    assert(names.includes("基本情况") && names.includes("收支总表"), `template sheets: ${names.join(", ")}`);
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("dist/ has no build; running npm run build");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  mkdirSync(outputDir, { recursive: true });
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const work = mkdtempSync(join(tmpdir(), "jixiao-e2e-"));
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: 720 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  try {
    console.log("task pane (taskpane.html, browser mode)");
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const seen = watch(page, origin);
    await scenario(page, origin, work);
    await check("no page error, no failed request, nothing requested off the page's origin", () => assertClean(seen));
    for (const b of seen.blocked) console.log(`  note: blocked by the page's CSP: ${b.split(". ")[0]}`);

    console.log("task pane inside Excel (the fake Office/Excel of test/hosts/excel/fake-office)");
    await excelScenario(context, origin, work, shot);

    console.log("function file (commands.html)");
    const commands = await context.newPage();
    const commandsSeen = watch(commands, origin);
    await check("commands.html loads and registers its functions without error", async () => {
      const response = await commands.goto(`${origin}/commands.html`, { waitUntil: "load", timeout: TIMEOUT_MS });
      assert(response?.ok(), `HTTP ${response?.status()}`);
      await commands.waitForTimeout(500);
      assertClean(commandsSeen);
    });

    console.log("production build (dist/)");
    await check("ships no source maps, and taskpane.html has its CSP and no inline script", () => {
      const maps = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith(".map"));
      assert(maps.length === 0, `source maps in dist/: ${maps.join(", ")}`);
      const html = readFileSync(join(dist, "taskpane.html"), "utf8");
      assert(/http-equiv="?Content-Security-Policy"?[^>]*script-src 'self'/.test(html), "no CSP meta");
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\bsrc=/.test(m[1]));
      assert(inline.length === 0, `${inline.length} inline script(s)`);
      // A policy covers only what follows it: it must come before office.js in both pages.
      for (const page of ["taskpane.html", "commands.html"]) {
        const head = readFileSync(join(dist, page), "utf8");
        const csp = head.search(/http-equiv="?Content-Security-Policy/);
        assert(csp >= 0 && csp < head.indexOf("office.js"), `${page}: the CSP is not before office.js`);
      }
    });
    await check("passes the manifest checks with the icons in dist/assets", () => {
      const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
      const problems = checkManifest(xml, { readFile: folderReader(dist) });
      assert(problems.length === 0, problems.join("; "));
      assert(!xml.includes("localhost"), "still points at localhost: build with --mode production");
    });
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    outcomes.push({ name: "end-to-end run", error: String(error) });
    console.error(error);
  })
  .finally(() => {
    const failed = outcomes.filter((outcome) => outcome.error !== undefined).length;
    console.log(`screenshots: test-output/`);
    console.log(`${outcomes.length - failed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  });
