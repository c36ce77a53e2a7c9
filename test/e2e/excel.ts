// The built pane as Excel runs it: office.js replaced by the fake Office/Excel of
// test/hosts/excel/fake-office over the sample workbook. 校验 → go to a cell → marks →
// 标记已说明 → 生成报告 → 插入摘要 → 清除标记, each checked in the fake workbook.
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { STATE_SHEET } from "../../src/app/state";
import { sampleWorkbook } from "../../samples";
import { bundleFakeOffice } from "../hosts/excel/fake-office/bundle";
import { fakeFromXlsx } from "../hosts/excel/fake-office/from-xlsx";
import { rectAddress, type Rect } from "../hosts/excel/fake-office/model";
import { workbookToJson } from "../hosts/excel/fake-office/serial";
import { assert, assertClean, check, watch } from "./harness";

const REASON = "年中追加科技专项，已报财政批复";

/** What the test reads back from the fake workbook in the page. */
interface Look {
  sheets: string[];
  active?: string;
  selection?: { sheet: string; areas: Rect[] };
  /** Conditional formats on every sheet, by id. */
  formats: string[];
  /** The state sheet's cells, row by row. */
  state: string[][];
  cell?: unknown;
}

// In-page code as plain JavaScript text: the test runner's transform would add helpers to a
// function passed to page.evaluate that do not exist in the page.
const LOOK = `(({ stateSheet, cell }) => {
  const model = window.__fakeOffice.model;
  const nameOf = (id) => model.sheets.find((s) => s.id === id)?.name;
  const state = [];
  for (const [key, c] of model.sheets.find((s) => s.name === stateSheet)?.cells ?? []) {
    const [row, col] = key.split(",").map(Number);
    (state[row - 1] ??= [])[col - 1] = String(c.value);
  }
  const target = cell && model.sheets.find((s) => s.name === cell.sheet);
  return {
    sheets: model.sheets.map((s) => s.name),
    active: nameOf(model.activeSheetId),
    selection: model.selection && { sheet: nameOf(model.selection.sheetId), areas: model.selection.areas },
    formats: model.sheets.flatMap((s) => s.conditionalFormats.map((f) => s.id + "|" + f.id)),
    state: state.filter((r) => r !== undefined),
    cell: target ? target.cells.get(cell.row + "," + cell.col)?.value : undefined,
  };
})`;

const SELECT = `(({ sheet, area }) => {
  const model = window.__fakeOffice.model;
  const id = model.sheets.find((s) => s.name === sheet).id;
  model.activeSheetId = id;
  model.selection = { sheetId: id, areas: [area] };
})`;

function look(page: Page, cell?: { sheet: string; row: number; col: number }): Promise<Look> {
  return page.evaluate(`${LOOK}(${JSON.stringify({ stateSheet: STATE_SHEET, cell })})`) as Promise<Look>;
}

/** Selects cells in the fake as the user would, on the active sheet. */
async function select(page: Page, sheet: string, area: Rect): Promise<void> {
  await page.evaluate(`${SELECT}(${JSON.stringify({ sheet, area })})`);
}

async function until(page: Page, what: string, test: (l: Look) => boolean): Promise<Look> {
  for (let i = 0; i < 100; i += 1) {
    const l = await look(page);
    if (test(l)) return l;
    await page.waitForTimeout(100);
  }
  throw new Error(`the fake workbook never showed ${what}`);
}

export async function excelScenario(
  context: BrowserContext,
  origin: string,
  work: string,
  shot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const json = workbookToJson(await fakeFromXlsx(await sampleWorkbook()));
  const bundle = readFileSync(await bundleFakeOffice(work), "utf8");
  const page = await context.newPage();
  const seen = watch(page, origin);
  // The page's own office.js would replace the fake: it is answered with an empty script.
  await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.addInitScript({ content: `window.__JIXIAO_FAKE_WORKBOOK__=${JSON.stringify(json)};\n${bundle}` });
  const userFormats = json.sheets.flatMap((s) => s.conditionalFormats.map((f) => `${s.id}|${f.id}`));
  const markIds = (l: Look) => l.state.filter((r) => r[0] === "mark").map((r) => r[1]);

  await check("inside Excel: the pane offers 校验 on the open workbook, no file to open", async () => {
    const response = await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    assert(response?.ok(), `HTTP ${response?.status()}`);
    await page.getByRole("button", { name: "校验" }).waitFor();
    assert((await page.getByRole("button", { name: "打开 .xlsx" }).count()) === 0, "offers to open a file");
    await shot(page, "excel-01-open");
  });

  await check("校验 reads the open workbook and lists the findings", async () => {
    await page.getByRole("button", { name: "校验" }).click();
    await page.getByRole("region", { name: "待说明" }).waitFor();
    const status = await page.locator("header [role=status]").innerText();
    assert(/需说明：4 处待说明/.test(status), `status line says “${status}”`);
  });

  await check("the cells of the findings are marked with the add-in's own conditional formats", async () => {
    const l = await until(page, "marks", (x) => x.state.some((r) => r[0] === "mark"));
    const marks = markIds(l);
    assert(
      marks.every((id) => l.formats.includes(id)),
      `mark ids ${marks.join(", ")} not among the formats`,
    );
    await shot(page, "excel-02-findings");
  });

  await check("an address in a finding goes to its cell: the fake records the selection", async () => {
    const link = page
      .getByRole("region", { name: "待说明" })
      .getByRole("button", { name: /^转到 / })
      .first();
    const ref = (await link.innerText()).trim();
    await link.click();
    const [sheet, address] = ref.split("!");
    const l = await until(page, `the selection ${ref}`, (x) => x.selection?.sheet === sheet.replace(/^'|'$/g, ""));
    assert(l.active === l.selection?.sheet, `active sheet ${l.active}`);
    assert(rectAddress(l.selection!.areas[0]) === address, `selected ${rectAddress(l.selection!.areas[0])}`);
    await shot(page, "excel-03-go-to");
  });

  await check("标记已说明 keeps the reason in the workbook's state sheet", async () => {
    const item = page.getByRole("region", { name: "待说明" }).getByRole("listitem").filter({ hasText: "预算调整率" });
    const before = markIds(await look(page));
    await item.getByRole("button", { name: "标记已说明" }).click();
    await item.getByLabel("说明理由").fill(REASON);
    await item.getByRole("button", { name: "保存" }).click();
    await until(page, "the reason", (x) => x.state.some((r) => r[0] === "explanation" && r[3] === REASON));
    // The explained warning's mark goes: the marks are made again without it.
    await until(page, "new marks", (x) => markIds(x).length > 0 && !markIds(x).includes(before[0]));
    const status = await page.locator("header [role=status]").innerText();
    assert(/需说明：3 处待说明/.test(status), `status line says “${status}”`);
    const explained = page.getByRole("region", { name: "已说明" });
    await explained.getByRole("button", { name: "已说明 (1)" }).click();
    await explained.getByText(`说明：${REASON}`, { exact: false }).waitFor();
    await shot(page, "excel-04-explained");
  });

  await check("生成报告 writes the report sheet into the workbook and shows it", async () => {
    await page.getByRole("tab", { name: "报告" }).click();
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByText("已写入工作表“绩效评价报告”").waitFor();
    const l = await look(page);
    assert(l.sheets.includes("绩效评价报告"), `sheets: ${l.sheets.join(", ")}`);
    assert(l.active === "绩效评价报告", `active sheet ${l.active}`);
    await shot(page, "excel-05-report");
  });

  await check("插入摘要 refuses a range, writes into an empty cell, asks before overwriting", async () => {
    await select(page, "绩效评价报告", { top: 300, left: 1, bottom: 301, right: 2 });
    await page.getByRole("button", { name: "插入摘要" }).click();
    await page.getByText("请先选中一个单元格，再插入摘要（当前选中了 4 个单元格）。").waitFor();
    await shot(page, "excel-06-summary-refused");
    await page.getByRole("button", { name: "关闭" }).click();
    await select(page, "绩效评价报告", { top: 300, left: 1, bottom: 300, right: 1 });
    await page.getByRole("button", { name: "插入摘要" }).click();
    await page.getByText("摘要已插入所选单元格").waitFor();
    const summary = await page.locator("p").filter({ hasText: "桃江县" }).first().innerText();
    const written = await look(page, { sheet: "绩效评价报告", row: 300, col: 1 });
    assert(written.cell === summary, `A300 holds “${String(written.cell).slice(0, 40)}…”`);
    // The same cell again: it now holds something, so the pane asks first.
    await page.getByRole("button", { name: "插入摘要" }).click();
    await page.getByText("所选单元格已有内容，要用摘要覆盖吗？").waitFor();
    await shot(page, "excel-07-summary-confirm");
    await page.getByRole("button", { name: "覆盖" }).click();
    await page.getByText("摘要已插入所选单元格").waitFor();
    const l = await look(page, { sheet: "绩效评价报告", row: 300, col: 1 });
    assert(l.cell === summary, `A300 holds “${String(l.cell).slice(0, 40)}…”`);
  });

  await check("清除标记 removes exactly the add-in's marks", async () => {
    const marks = markIds(await look(page));
    assert(marks.length > 0, "no marks to clear");
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除本加载项的标记").waitFor();
    const l = await look(page);
    assert(!l.state.some((r) => r[0] === "mark"), "mark ids left in the state sheet");
    assert(
      marks.every((id) => !l.formats.includes(id)),
      "marks left",
    );
    assert(
      userFormats.every((id) => l.formats.includes(id)),
      "a conditional format of the user's is gone",
    );
    assert(
      l.state.some((r) => r[0] === "explanation" && r[3] === REASON),
      "the reason is gone",
    );
    await shot(page, "excel-08-cleared");
  });

  await check("an edit of the user's after the check shows 数据已修改, the add-in's own writes did not", async () => {
    assert((await page.getByText("数据已修改，请重新校验").count()) === 0, "the banner came from the add-in's writes");
    await page.evaluate(`window.__fakeOffice.userEdit("收支总表", "C5", 1)`);
    await page.getByText("数据已修改，请重新校验").waitFor();
    await shot(page, "excel-09-stale");
  });

  await check("inside Excel: no page error, no failed request, nothing off the origin", () => assertClean(seen));
  await page.close();
}
